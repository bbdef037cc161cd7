package dev.nuggets.parser.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/** Reads the clock times that chapter files and timestamps use, by plain scanning. */
public final class Times {
  private Times() {}

  /**
   * Reads {@code SS}, {@code MM:SS} or {@code HH:MM:SS}, each with an optional fraction of a second
   * ({@code 01:02:03.5}), or a plain number of seconds ({@code 90}, {@code 90.25}). Minutes and seconds after the
   * first field must be below 60. Empty when the text is none of these.
   */
  public static Optional<Duration> parseClock(String text) {
    if (text.isEmpty() || text.length() > 40) {
      return Optional.empty();
    }
    int colons = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colons++;
      } else if ((c < '0' || c > '9') && c != '.') {
        return Optional.empty();
      }
    }
    if (colons > 2) {
      return Optional.empty();
    }
    String[] fields = text.split(":", -1);
    long whole = 0;
    for (int i = 0; i < fields.length - 1; i++) {
      String field = fields[i];
      if (field.isEmpty() || field.indexOf('.') >= 0) {
        return Optional.empty();
      }
      long value = Long.parseLong(field.length() > 12 ? "9999999999999" : field);
      if (i > 0 && value >= 60) {
        return Optional.empty();
      }
      whole = whole * 60 + value;
    }
    String last = fields[fields.length - 1];
    if (last.isEmpty() || last.startsWith(".") || last.endsWith(".") || last.indexOf('.') != last.lastIndexOf('.')) {
      return Optional.empty();
    }
    BigDecimal seconds = new BigDecimal(last);
    if (colons > 0 && seconds.compareTo(BigDecimal.valueOf(60)) >= 0) {
      return Optional.empty();
    }
    return JsonFields.ofSeconds(seconds.add(BigDecimal.valueOf(whole).multiply(BigDecimal.valueOf(60))));
  }
}
