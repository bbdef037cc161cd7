package dev.nuggets.core.text;

import java.time.Duration;
import java.util.Optional;

/**
 * The timestamps of cue-based transcripts: WebVTT's {@code [hh:]mm:ss.ttt} (hours optional, any number of hour
 * digits) and SubRip's {@code hh:mm:ss,ttt}. One home for the grammar that both formats read and write.
 *
 * <p>Reading is lenient where real files break the grammar (one-digit fields, the other format's separator, fewer
 * or more than three fraction digits, no fraction) and says whether the time kept the grammar exactly, so that a
 * reader can warn. Plain scanning, linear in the token.
 */
public final class CueTimes {
  /** More hour digits than any audio needs; longer tokens are not times. */
  private static final int MAX_HOUR_DIGITS = 6;

  private CueTimes() {}

  /**
   * A time read from a token.
   *
   * @param time the time
   * @param exact whether the token kept the format's grammar exactly
   */
  public record Reading(Duration time, boolean exact) {}

  /**
   * Reads a timestamp token (no surrounding space).
   *
   * @param separator the separator the format puts before the milliseconds: {@code '.'} or {@code ','}
   * @param hoursRequired whether the format requires the hours field (SubRip does, WebVTT does not)
   * @return the time, or empty when the token is not a timestamp at all (or has minutes or seconds above 59)
   */
  public static Optional<Reading> read(String token, char separator, boolean hoursRequired) {
    int length = token.length();
    int fractionStart = length;
    for (int i = 0; i < length; i++) {
      char c = token.charAt(i);
      if (c == '.' || c == ',') {
        fractionStart = i;
        break;
      }
    }
    boolean exact = fractionStart < length && token.charAt(fractionStart) == separator;
    String clock = token.substring(0, fractionStart);
    int[] fields = new int[3];
    int[] digits = new int[3];
    int count = 0;
    int from = 0;
    while (from <= clock.length()) {
      int colon = clock.indexOf(':', from);
      int end = colon < 0 ? clock.length() : colon;
      if (count == 3 || end == from || end - from > (count == 0 ? MAX_HOUR_DIGITS : 2) || !digits(clock, from, end)) {
        return Optional.empty();
      }
      fields[count] = Integer.parseInt(clock, from, end, 10);
      digits[count] = end - from;
      count++;
      if (colon < 0) {
        break;
      }
      from = colon + 1;
    }
    if (count < 2) {
      return Optional.empty();
    }
    long hours = count == 3 ? fields[0] : 0;
    int minutes = fields[count - 2];
    int seconds = fields[count - 1];
    if (minutes > 59 || seconds > 59) {
      return Optional.empty();
    }
    exact &= digits[count - 1] == 2 && digits[count - 2] == 2;
    exact &= count == 3 ? digits[0] >= 2 : !hoursRequired;
    long nanos = 0;
    if (fractionStart < length) {
      int fractionDigits = length - fractionStart - 1;
      if (fractionDigits == 0 || fractionDigits > 9 || !digits(token, fractionStart + 1, length)) {
        return Optional.empty();
      }
      exact &= fractionDigits == 3;
      nanos = Long.parseLong(token.substring(fractionStart + 1)) * pow10(9 - fractionDigits);
    }
    Duration time = Duration.ofSeconds(hours * 3600 + minutes * 60L + seconds, nanos);
    return Optional.of(new Reading(time, exact));
  }

  /**
   * Writes a time as {@code hh:mm:ss.ttt} (hours always, two digits or more), with {@code separator} before the
   * milliseconds; anything below a millisecond is dropped. {@link #read} reads it back exactly.
   */
  public static String write(Duration time, char separator) {
    long millis = time.toMillis();
    long seconds = millis / 1000;
    StringBuilder out = new StringBuilder(12);
    pad(out, seconds / 3600, 2).append(':');
    pad(out, seconds / 60 % 60, 2).append(':');
    pad(out, seconds % 60, 2).append(separator);
    return pad(out, millis % 1000, 3).toString();
  }

  /** The time truncated to what {@link #write} keeps: whole milliseconds. */
  public static Duration toMillis(Duration time) {
    return Duration.ofMillis(time.toMillis());
  }

  private static StringBuilder pad(StringBuilder out, long value, int width) {
    String digits = Long.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(digits);
  }

  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static long pow10(int n) {
    long result = 1;
    for (int i = 0; i < n; i++) {
      result *= 10;
    }
    return result;
  }
}
