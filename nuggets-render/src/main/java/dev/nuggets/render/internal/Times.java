package dev.nuggets.render.internal;

import java.time.Duration;

/** Times as the documents show them. */
public final class Times {
  private Times() {}

  /** {@code 00:12:34}: hours (two digits or more), minutes, seconds; fractions of a second dropped. */
  public static String clock(Duration time) {
    long seconds = time.toSeconds();
    StringBuilder out = new StringBuilder(8);
    twoDigits(out, seconds / 3600).append(':');
    twoDigits(out, seconds / 60 % 60).append(':');
    return twoDigits(out, seconds % 60).toString();
  }

  private static StringBuilder twoDigits(StringBuilder out, long value) {
    return out.append(value < 10 ? "0" : "").append(value);
  }
}
