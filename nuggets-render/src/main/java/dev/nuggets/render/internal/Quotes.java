package dev.nuggets.render.internal;

/** Text quoted for a diagnostic message. */
public final class Quotes {
  private static final int MAX = 60;

  private Quotes() {}

  /** At most 60 characters of {@code s} in double quotes, with an ellipsis when cut. */
  public static String quote(String s) {
    if (s.length() <= MAX) {
      return "\"" + s + "\"";
    }
    int cut = Character.isHighSurrogate(s.charAt(MAX - 1)) ? MAX - 1 : MAX;
    return "\"" + s.substring(0, cut) + "…\"";
  }
}
