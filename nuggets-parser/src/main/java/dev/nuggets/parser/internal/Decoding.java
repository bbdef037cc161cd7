package dev.nuggets.parser.internal;

/** What an input's characters look like as a whole: binary data, or nothing but white space. */
public final class Decoding {
  private Decoding() {}

  /**
   * Whether the text looks like binary data rather than text: more than one control character (NUL included;
   * other than tab, line ends and form feed) or replacement character in ten among its first 64 Ki characters. A
   * few NULs in a page are damage, not a sign of binary data: they are replaced and reported as the input is read.
   */
  public static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 64 * 1024);
    int suspicious = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
        suspicious++;
      }
    }
    return sample > 0 && suspicious * 10 > sample;
  }

  /** Whether the text holds nothing but white space, Unicode spaces (NBSP, ...) and zero-width characters. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\u200B'
          && c != '\u2060'
          && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
