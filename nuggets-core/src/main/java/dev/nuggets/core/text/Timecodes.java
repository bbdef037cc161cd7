package dev.nuggets.core.text;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Start times as summaries write them: a clock ({@code 1:02:03}, {@code 00:12:34}, {@code 12:34}) at the start or
 * the end of a heading, list item or line, bare or in brackets ({@code (00:12:34)}, {@code [12:34]}), and the
 * ISO-8601 durations of machine-readable markup ({@code PT12M34S}). Plain scanning, linear in the text.
 */
public final class Timecodes {
  private static final String DASHES = "-–—:|";

  private Timecodes() {}

  /**
   * A text with a start time split off: {@code start} when one was found, {@code text} what remains (never blank
   * unless the input was).
   */
  public record Timed(Optional<Duration> start, String text) {}

  /**
   * Splits a start time off either end of {@code text}: a leading {@code (00:12:34)}, {@code [12:34]} or
   * {@code 00:12:34 -}/{@code 1:02:03 } (a bare clock followed by space or a dash), or a trailing bracketed clock
   * or {@code - 00:12:34}. The rest of the text is returned without the separators next to the time (spaces, and
   * for a bare clock dashes or colons); when nothing else remains, or no time is found, the text is kept whole,
   * every character as it was, so a heading that is only a time stays a heading.
   */
  public static Timed split(String text) {
    return split(text, TimeEdges.BOTH);
  }

  /**
   * As {@link #split(String)}, looking for a time only at the ends {@code edges} allows: a format whose markup
   * escapes the characters at one end (Markdown's {@code \(}) says that they are text, not a time.
   */
  public static Timed split(String text, TimeEdges edges) {
    if (edges.start()) {
      Timed leading = leading(text);
      if (leading.start().isPresent()) {
        return leading;
      }
    }
    return edges.end() ? trailing(text) : new Timed(Optional.empty(), text);
  }

  private static Timed leading(String s) {
    if (s.isEmpty()) {
      return new Timed(Optional.empty(), s);
    }
    char open = s.charAt(0);
    if (open == '(' || open == '[') {
      int close = s.indexOf(open == '(' ? ')' : ']');
      if (close > 1) {
        Optional<Duration> clock = clock(s.substring(1, close));
        String rest = stripLeadingSeparators(s.substring(close + 1));
        if (clock.isPresent() && !rest.isEmpty()) {
          return new Timed(clock, rest);
        }
      }
      return new Timed(Optional.empty(), s);
    }
    int end = 0;
    while (end < s.length() && (isDigit(s.charAt(end)) || s.charAt(end) == ':')) {
      end++;
    }
    if (end < s.length() && s.charAt(end) != ' ' && DASHES.indexOf(s.charAt(end)) < 0) {
      return new Timed(Optional.empty(), s);
    }
    Optional<Duration> clock = clock(s.substring(0, end));
    String rest = stripLeadingSeparators(s.substring(end));
    return clock.isPresent() && !rest.isEmpty() ? new Timed(clock, rest) : new Timed(Optional.empty(), s);
  }

  private static Timed trailing(String s) {
    int n = s.length();
    if (n > 2 && (s.charAt(n - 1) == ')' || s.charAt(n - 1) == ']')) {
      int open = s.lastIndexOf(s.charAt(n - 1) == ')' ? '(' : '[');
      if (open > 0) {
        Optional<Duration> clock = clock(s.substring(open + 1, n - 1));
        String rest = stripTrailingSpaces(s.substring(0, open));
        if (clock.isPresent() && !rest.isEmpty()) {
          return new Timed(clock, rest);
        }
      }
      return new Timed(Optional.empty(), s);
    }
    int start = n;
    while (start > 0 && (isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ':')) {
      start--;
    }
    if (start < n && start >= 2 && s.charAt(start - 1) == ' ' && DASHES.indexOf(s.charAt(start - 2)) >= 0) {
      Optional<Duration> clock = clock(s.substring(start));
      String rest = stripTrailingSeparators(s.substring(0, start));
      if (clock.isPresent() && !rest.isEmpty()) {
        return new Timed(clock, rest);
      }
    }
    return new Timed(Optional.empty(), s);
  }

  /**
   * A clock: {@code M:SS}, {@code MM:SS}, {@code H:MM:SS} or {@code HH:MM:SS} (up to three digits before the first
   * colon, exactly two after each, minutes and seconds below 60).
   */
  public static Optional<Duration> clock(String text) {
    String s = text.strip();
    int first = s.indexOf(':');
    if (first < 1 || first > 3) {
      return Optional.empty();
    }
    int second = s.indexOf(':', first + 1);
    int[] parts = new int[3];
    int count = 0;
    int from = 0;
    for (int colon : second < 0 ? new int[] {first, s.length()} : new int[] {first, second, s.length()}) {
      String part = s.substring(from, colon);
      if (part.isEmpty() || (count > 0 && part.length() != 2) || !allDigits(part)) {
        return Optional.empty();
      }
      parts[count++] = Integer.parseInt(part);
      from = colon + 1;
    }
    if (second >= 0 && s.indexOf(':', second + 1) >= 0) {
      return Optional.empty();
    }
    for (int i = 1; i < count; i++) {
      if (parts[i] > 59) {
        return Optional.empty();
      }
    }
    long seconds =
        count == 3 ? parts[0] * 3600L + parts[1] * 60L + parts[2] : parts[0] * 60L + parts[1];
    return Optional.of(Duration.ofSeconds(seconds));
  }

  /**
   * A duration as machine-readable markup gives it: ISO-8601 ({@code PT52M17S}, {@code P0DT1H}), a clock, or a
   * number of seconds. Negative durations are refused.
   */
  public static Optional<Duration> duration(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (s.charAt(0) == 'P' || s.charAt(0) == 'p') {
      try {
        Duration d = Duration.parse(s);
        return d.isNegative() ? Optional.empty() : Optional.of(d);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (allDigits(s) && s.length() <= 9) {
      return Optional.of(Duration.ofSeconds(Long.parseLong(s)));
    }
    return clock(s);
  }

  /**
   * {@code 00:12:34}, as the documents show a start time: hours (two digits or more), minutes, seconds; fractions of
   * a second dropped. {@link #clock(String)} reads it back.
   */
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

  /**
   * Whether a reader of summaries might take the start (or the end) of {@code text} for a start time: it starts
   * (ends) with a digit in a run of digits and colons that holds a colon ({@code 1:02:03 text}, {@code text - 12:34}).
   * A superset of what {@link #split} reads, so that a renderer that escapes such an edge is sure no time is read.
   */
  public static boolean mayReadAsTime(CharSequence text, boolean atStart) {
    int length = text.length();
    if (length == 0) {
      return false;
    }
    int i = atStart ? 0 : length - 1;
    int step = atStart ? 1 : -1;
    if (!isDigit(text.charAt(i))) {
      return false;
    }
    for (; i >= 0 && i < length && (isDigit(text.charAt(i)) || text.charAt(i) == ':'); i += step) {
      if (text.charAt(i) == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds nothing but a written time and its brackets or separators, as the text before a
   * takeaway's bold label can ({@code "(00:12:34) "}).
   */
  public static boolean isTimeOrSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if ("0123456789:()[]- ".indexOf(text.charAt(i)) < 0 && !Spaces.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static String stripLeadingSeparators(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || DASHES.indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return s.substring(i);
  }

  /** A bracketed time needs no dash before it: only the space between text and time goes. */
  private static String stripTrailingSpaces(String s) {
    int i = s.length();
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    return s.substring(0, i);
  }

  private static String stripTrailingSeparators(String s) {
    int i = s.length();
    while (i > 0 && (s.charAt(i - 1) == ' ' || DASHES.indexOf(s.charAt(i - 1)) >= 0)) {
      i--;
    }
    return s.substring(0, i);
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
