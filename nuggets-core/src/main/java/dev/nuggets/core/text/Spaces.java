package dev.nuggets.core.text;

import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * White space as documents have it (ASCII and Unicode spaces, NBSP, zero-width characters), folded for comparison
 * and quoted for messages.
 */
public final class Spaces {
  private static final int QUOTE_MAX = 60;

  private Spaces() {}

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

  /** Whether {@code s} holds nothing but {@linkplain #isSpace space}. */
  public static boolean isBlank(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Index of the first non-space character of {@code s} at or after {@code from}, or {@code s.length()}. */
  public static int skip(CharSequence s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Index just after the last non-space character of {@code s} before {@code to}, or {@code from}. */
  public static int skipBack(CharSequence s, int from, int to) {
    int i = to;
    while (i > from && isSpace(s.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  /** {@code s} without {@linkplain #isSpace space} at either end. */
  public static String strip(String s) {
    int start = skip(s, 0);
    return s.substring(start, skipBack(s, start, s.length()));
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
   * The key two lines of a plain-text page are compared by: runs of space folded to one ASCII space, lower case, a
   * trailing colon dropped. "Key Takeaways:" and "key  takeaways" have the same key.
   */
  public static String lineKey(CharSequence s) {
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

  /**
   * The key a landmark heading is recognised by: letters and digits in lower case, every other run of characters
   * (space, punctuation, emoji) one space. "🔑 Key Takeaways:" and "key takeaways" have the same key.
   */
  public static String landmarkKey(CharSequence s) {
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

  /**
   * At most 60 characters of {@code s} for a message, space folded, in double quotes, with an ellipsis when cut.
   * Control characters (ESC, BEL, ...) and bidi controls are shown as {@code \}{@code uXXXX}, so that quoting input
   * in a diagnostic can never drive the terminal it is printed on.
   */
  public static String quote(CharSequence s) {
    String text = collapse(s);
    int cut = text.length();
    if (cut > QUOTE_MAX) {
      cut = Character.isHighSurrogate(text.charAt(QUOTE_MAX - 1)) ? QUOTE_MAX - 1 : QUOTE_MAX;
    }
    StringBuilder out = new StringBuilder(cut + 8).append('"');
    appendPrintable(text, 0, cut, out);
    if (cut < text.length()) {
      out.append('…');
    }
    return out.append('"').toString();
  }

  /** {@code s} with every control and bidi-control character written as {@code \}{@code uXXXX}. */
  public static String printable(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    appendPrintable(s, 0, s.length(), out);
    return out.toString();
  }

  private static void appendPrintable(CharSequence s, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (isUnprintable(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
  }

  /** C0 and C1 controls (tab included), DEL, lone surrogates and the bidi embedding, override and isolate controls. */
  static boolean isUnprintable(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }
}
