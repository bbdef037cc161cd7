package dev.nuggets.render.text;

import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.LoneSurrogates;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.Escaper;
import java.io.IOException;

/**
 * Keeps text on its line: each run of line breaks becomes one space, reported for each text it is in. Nothing else
 * in plain text is markup.
 */
public final class TextEscaper implements Escaper {
  /** The one instance: it holds no state. */
  public static final TextEscaper INSTANCE = new TextEscaper();

  private TextEscaper() {}

  @Override
  public void escape(CharSequence given, Appendable out, RenderContext context) throws IOException {
    CharSequence text = LoneSurrogates.replaced(given, context);
    int start = 0;
    int i = 0;
    boolean joined = false;
    while (i < text.length()) {
      if (isLineBreak(text.charAt(i))) {
        out.append(text, start, i).append(' ');
        while (i < text.length() && isLineBreak(text.charAt(i))) {
          i++;
        }
        start = i;
        joined = true;
      } else {
        i++;
      }
    }
    out.append(text, start, text.length());
    if (joined) {
      context.warning(
          TextRenderCodes.LINE_BREAK_JOINED,
          "the text " + Spaces.quote(text) + " holds line breaks, which the text layout would read as separate"
              + " lines; each run was written as one space");
    }
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }
}
