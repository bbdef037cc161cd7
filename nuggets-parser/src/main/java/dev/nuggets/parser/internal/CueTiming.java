package dev.nuggets.parser.internal;

import dev.nuggets.core.text.CueTimes;
import java.util.Optional;

/**
 * A cue's timing line, as WebVTT and SubRip write it: {@code start --> end}, then (WebVTT) cue settings. Plain
 * scanning, linear in the line.
 *
 * @param start the start time
 * @param end the end time
 * @param settings what follows the end time, stripped (WebVTT's cue settings, SubRip's {@code X1:} coordinates)
 */
public record CueTiming(CueTimes.Reading start, CueTimes.Reading end, String settings) {
  /** The arrow between the times. */
  public static final String ARROW = "-->";

  /** Whether the line is meant as a timing line: it holds the arrow. */
  public static boolean isTimingLine(String line) {
    return line.contains(ARROW);
  }

  /**
   * Reads a timing line; empty when either time cannot be read.
   *
   * @param separator the format's millisecond separator
   * @param hoursRequired whether the format requires hours
   */
  public static Optional<CueTiming> read(String line, char separator, boolean hoursRequired) {
    int arrow = line.indexOf(ARROW);
    if (arrow < 0) {
      return Optional.empty();
    }
    String start = line.substring(0, arrow).strip();
    int from = arrow + ARROW.length();
    while (from < line.length() && isSpace(line.charAt(from))) {
      from++;
    }
    int to = from;
    while (to < line.length() && !isSpace(line.charAt(to))) {
      to++;
    }
    Optional<CueTimes.Reading> startTime = CueTimes.read(start, separator, hoursRequired);
    Optional<CueTimes.Reading> endTime = CueTimes.read(line.substring(from, to), separator, hoursRequired);
    if (startTime.isEmpty() || endTime.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CueTiming(startTime.get(), endTime.get(), line.substring(to).strip()));
  }

  /** Whether both times kept the format's grammar exactly. */
  public boolean exact() {
    return start.exact() && end.exact();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }
}
