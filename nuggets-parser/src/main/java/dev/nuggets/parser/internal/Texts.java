package dev.nuggets.parser.internal;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Text as documents have it: ASCII and Unicode spaces, NBSP and zero-width characters, folded for comparison and
 * quoted for messages. Shared by the structured formats (Markdown, HTML).
 */
public final class Texts {
  private static final int QUOTE_MAX = 60;

  private Texts() {}

  /** White space, Unicode spaces and the zero-width characters that pages carry between words. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u180E';
  }

  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Runs of space folded to one ASCII space and both ends stripped; line feeds survive (folded with the spaces
   * around them) when {@code keepLineFeeds} is set, so a hard line break stays visible.
   */
  public static String collapse(CharSequence s, boolean keepLineFeeds) {
    return collapse(s, keepLineFeeds, c -> isSpace((char) c));
  }

  /**
   * As {@link #collapse(CharSequence, boolean)}, for a format with its own idea of white space: only the characters
   * {@code space} accepts fold (HTML folds ASCII white space and keeps a no-break space).
   */
  public static String collapse(CharSequence s, boolean keepLineFeeds, IntPredicate space) {
    StringBuilder out = new StringBuilder(s.length());
    char pending = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (space.test(c)) {
        if (keepLineFeeds && c == '\n') {
          pending = '\n';
        } else if (pending == 0) {
          pending = ' ';
        }
      } else {
        if (pending != 0 && out.length() > 0) {
          out.append(pending);
        }
        pending = 0;
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Runs of space folded to one space, ends stripped. */
  public static String collapse(CharSequence s) {
    return collapse(s, false);
  }

  /**
   * The key a landmark heading is recognised by: letters and digits in lower case, every other run of characters
   * (space, punctuation, emoji) one space. "🔑 Key Takeaways:" and "key takeaways" have the same key.
   */
  public static String key(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(Character.toLowerCase(cp));
      } else {
        gap = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@code " (lines 3-5)"} for a block over several lines, so a message names every line it covers; else "". */
  public static String lineRange(int firstLine, int lastLine) {
    return lastLine > firstLine ? " (lines " + firstLine + "-" + lastLine + ")" : "";
  }

  /** At most 60 characters of {@code s} for a message, in quotes, with an ellipsis when cut. */
  public static String quote(CharSequence s) {
    String text = collapse(s);
    if (text.length() <= QUOTE_MAX) {
      return "\"" + text + "\"";
    }
    int cut = Character.isHighSurrogate(text.charAt(QUOTE_MAX - 1)) ? QUOTE_MAX - 1 : QUOTE_MAX;
    return "\"" + text.substring(0, cut) + "…\"";
  }
}
