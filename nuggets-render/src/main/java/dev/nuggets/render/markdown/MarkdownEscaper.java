package dev.nuggets.render.markdown;

import dev.nuggets.core.text.Timecodes;
import dev.nuggets.render.Escaper;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.LoneSurrogates;
import dev.nuggets.render.internal.AutolinkSchemes;
import java.io.IOException;
import java.util.List;

/**
 * Escapes text so that CommonMark reads it back as exactly that text, wherever it stands (a paragraph, a heading,
 * a list item, a link's text):
 *
 * <ul>
 *   <li>the characters that can start markup anywhere ({@code \ ` * _ [ ] < > # | ~}, and {@code &} before what could be a
 *       character reference) get a backslash;
 *   <li>a leading {@code -}, {@code +} or {@code =}, and the {@code .} or {@code )} after leading digits, get a
 *       backslash, so the text never starts a list, a setext underline or a thematic break;
 *   <li>line breaks, and white space at either end (which CommonMark would strip or read as a hard break), become
 *       numeric character references (<code>&amp;#10;</code>, <code>&amp;#32;</code>).
 * </ul>
 *
 * <p>A {@code scheme://} run with a scheme other than {@code http} or {@code https} is written as a code span
 * ({@code `javascript://`}): a consumer's autolinker (GitHub's, commonmark-java's extension) would make a live
 * link of it whatever escapes it carried, and no autolinker reads a code span, which CommonMark reads back as the
 * same characters.
 *
 * <p>The result is always one line. GitHub's extensions are covered too: {@code |} (tables) and {@code ~}
 * (strikethrough) are escaped.
 */
public final class MarkdownEscaper implements Escaper {
  /** The one instance: it holds no state. */
  public static final MarkdownEscaper INSTANCE = new MarkdownEscaper();

  private static final String ALWAYS = "\\`*_[]<>#|~";

  private MarkdownEscaper() {}

  @Override
  public void escape(CharSequence given, Appendable out, RenderContext context) throws IOException {
    CharSequence text = LoneSurrogates.replaced(given, context);
    int length = text.length();
    int leadingDigits = 0;
    while (leadingDigits < length && text.charAt(leadingDigits) >= '0' && text.charAt(leadingDigits) <= '9') {
      leadingDigits++;
    }
    boolean clockAtStart = Timecodes.mayReadAsTime(text, true);
    boolean clockAtEnd = Timecodes.mayReadAsTime(text, false);
    List<AutolinkSchemes.Run> unsafe = AutolinkSchemes.unsafeRuns(text);
    int run = 0;
    int start = 0; // text[start, i) is written as it is, in one append
    for (int i = 0; i < length; i++) {
      if (run < unsafe.size() && unsafe.get(run).start() == i) {
        // "javascript://": a code span, whose text no autolinker reads and CommonMark reads back as it is.
        AutolinkSchemes.Run code = unsafe.get(run++);
        out.append(text, start, i).append('`').append(text, code.start(), code.end()).append('`');
        start = code.end();
        i = code.end() - 1;
        continue;
      }
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || ((i == 0 || i == length - 1) && isSpace(c))
          || (i == 0 && clockAtStart) || (i == length - 1 && clockAtEnd)) {
        out.append(text, start, i).append("&#").append(Integer.toString(c)).append(';');
        start = i + 1;
      } else if (ALWAYS.indexOf(c) >= 0
          || (c == '&' && i + 1 < length && isReferenceStart(text.charAt(i + 1)))
          || (i == 0 && (c == '-' || c == '+' || c == '=' || c == '('))
          || (i == length - 1 && c == ')')
          || (i == leadingDigits && i > 0 && (c == '.' || c == ')'))) {
        out.append(text, start, i).append('\\');
        start = i; // the character itself goes with the next run
      }
    }
    out.append(text, start, length);
  }

  /** Whether an {@code &} before this character could start a character reference (<code>&amp;amp;</code>). */
  private static boolean isReferenceStart(char c) {
    return c == '#' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** White space as CommonMark strips it at the ends of a line, or sees it around a delimiter run. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
