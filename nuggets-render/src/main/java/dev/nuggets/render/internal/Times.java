package dev.nuggets.render.internal;

import java.time.Duration;
import java.util.Locale;

/** Times as the documents show them. */
public final class Times {
  private Times() {}

  /** {@code 00:12:34}: hours (two digits or more), minutes, seconds; fractions of a second dropped. */
  public static String clock(Duration time) {
    long seconds = time.toSeconds();
    return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
