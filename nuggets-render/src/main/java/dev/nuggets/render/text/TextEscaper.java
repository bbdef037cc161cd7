package dev.nuggets.render.text;

import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.Escaper;
import java.io.IOException;

/**
 * Keeps text on its line: each run of line breaks becomes one space, reported once per render. Nothing else in
 * plain text is markup. One per render.
 */
final class TextEscaper implements Escaper {
  private final RenderContext context;
  private boolean reported;

  TextEscaper(RenderContext context) {
    this.context = context;
  }

  @Override
  public void escape(CharSequence text, Appendable out) throws IOException {
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (isLineBreak(text.charAt(i))) {
        out.append(text, start, i).append(' ');
        while (i < text.length() && isLineBreak(text.charAt(i))) {
          i++;
        }
        start = i;
        report();
      } else {
        i++;
      }
    }
    out.append(text, start, text.length());
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r';
  }

  private void report() {
    if (!reported) {
      reported = true;
      context.warning(
          TextRenderCodes.LINE_BREAK_JOINED,
          "a text field holds line breaks, which the text layout would read as separate lines;"
              + " each run was written as one space");
    }
  }
}
