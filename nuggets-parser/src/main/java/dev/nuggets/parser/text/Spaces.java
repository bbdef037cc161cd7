package dev.nuggets.parser.text;

import dev.nuggets.parser.internal.Texts;
import java.util.Locale;

/** White space as scraped pages have it: ASCII and Unicode spaces, NBSP and zero-width characters. */
final class Spaces {
  private Spaces() {}

  static boolean isSpace(char c) {
    return Texts.isSpace(c);
  }

  /** Index of the first non-space character of {@code s} at or after {@code from}, or {@code s.length()}. */
  static int skip(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index just after the last non-space character of {@code s} before {@code to}, or {@code from}. */
  static int skipBack(String s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  static boolean isBlank(String s) {
    return skip(s, 0) == s.length();
  }

  /** {@code s} without space at either end. */
  static String strip(String s) {
    int start = skip(s, 0);
    return s.substring(start, skipBack(s, start, s.length()));
  }

  /**
   * The key two headings are compared by: runs of space folded to one ASCII space, lower case, a trailing colon
   * dropped.
   */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ':') {
      end--;
    }
    out.setLength(end);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** At most {@code max} characters of {@code s} for a message, with an ellipsis when cut. */
  static String quote(String s) {
    int max = 60;
    if (s.length() <= max) {
      return "\"" + s + "\"";
    }
    int cut = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
    return "\"" + s.substring(0, cut) + "…\"";
  }
}
