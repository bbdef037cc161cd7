package dev.nuggets.core.text;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Start times as summaries write them: a clock ({@code 1:02:03}, {@code 00:12:34}, {@code 12:34}, {@code 0:05}) at
 * the start or the end of a heading, list item or line, bare, in brackets ({@code (00:12:34)}, {@code [12:34]}) or in
 * a code span ({@code `12:34`}); a range of two clocks ({@code 0:00 - 2:44}, {@code 0:00–2:44}, {@code (1:02 —
 * 3:10)}) gives a start and an end; a text that is only a time, possibly after one label word ({@code Time 0:12:59},
 * {@code [00:12:34]}, {@code 0:00 – 2:44}), is a {@linkplain #marker time marker}; and the ISO-8601 durations of
 * machine-readable markup ({@code PT12M34S}). Plain scanning, linear in the text.
 */
public final class Timecodes {
  private static final String DASHES = "-–—:|";
  /** What may stand between the two clocks of a range: hyphen, en dash, em dash, minus sign, tilde. */
  private static final String RANGE_DASHES = "-–—−~";

  private Timecodes() {}

  /**
   * A text with a start time split off: {@code start} when one was found, {@code end} when a range gave one too
   * (always after {@code start}), {@code text} what remains (never blank unless the input was).
   */
  public record Timed(Optional<Duration> start, Optional<Duration> end, String text) {
    /** A text with at most a start time. */
    public Timed(Optional<Duration> start, String text) {
      this(start, Optional.empty(), text);
    }
  }

  /** A start time and, when a range was written, its end (after the start). */
  public record Span(Duration start, Optional<Duration> end) {}

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
    if (open == '(' || open == '[' || open == '`') {
      int close = s.indexOf(closing(open), 1);
      if (close > 1) {
        Optional<Span> span = span(s.substring(1, close));
        String rest = stripLeadingSeparators(s.substring(close + 1));
        if (span.isPresent() && !rest.isEmpty()) {
          return timed(span.get(), rest);
        }
      }
      return new Timed(Optional.empty(), s);
    }
    int end = clockEnd(s, 0);
    if (end == 0 || (end < s.length() && s.charAt(end) != ' ' && DASHES.indexOf(s.charAt(end)) < 0)) {
      return new Timed(Optional.empty(), s);
    }
    Optional<Duration> clock = clock(s.substring(0, end));
    if (clock.isEmpty()) {
      return new Timed(Optional.empty(), s);
    }
    int afterRange = rangeEnd(s, end);
    if (afterRange > end) {
      Optional<Span> span = span(s.substring(0, afterRange));
      String rest = stripLeadingSeparators(s.substring(afterRange));
      if (span.isPresent() && span.get().end().isPresent() && !rest.isEmpty()) {
        return timed(span.get(), rest);
      }
    }
    String rest = stripLeadingSeparators(s.substring(end));
    return !rest.isEmpty() ? new Timed(clock, rest) : new Timed(Optional.empty(), s);
  }

  /**
   * Where a range that continues a clock ending at {@code from} ends: spaces, one range dash, spaces, a second
   * clock followed by the end of the text or a space; {@code from} when no second clock follows.
   */
  private static int rangeEnd(String s, int from) {
    int i = skipSpaces(s, from);
    if (i >= s.length() || RANGE_DASHES.indexOf(s.charAt(i)) < 0) {
      return from;
    }
    i = skipSpaces(s, i + 1);
    int end = clockEnd(s, i);
    if (end == i || (end < s.length() && s.charAt(end) != ' ' && DASHES.indexOf(s.charAt(end)) < 0)) {
      return from;
    }
    return clock(s.substring(i, end)).isPresent() ? end : from;
  }

  /** The end of a run of digits and colons from {@code from}, a colon that ends it left out ({@code 0:12: Title}). */
  private static int clockEnd(String s, int from) {
    int end = from;
    while (end < s.length() && (isDigit(s.charAt(end)) || s.charAt(end) == ':')) {
      end++;
    }
    while (end > from && s.charAt(end - 1) == ':') {
      end--;
    }
    return end;
  }

  private static int skipSpaces(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static char closing(char open) {
    return open == '(' ? ')' : open == '[' ? ']' : '`';
  }

  private static Timed timed(Span span, String rest) {
    return new Timed(Optional.of(span.start()), span.end(), rest);
  }

  private static Timed trailing(String s) {
    int n = s.length();
    char last = n > 2 ? s.charAt(n - 1) : ' ';
    if (last == ')' || last == ']' || last == '`') {
      int open = s.lastIndexOf(last == ')' ? '(' : last == ']' ? '[' : '`', n - 2);
      if (open > 0) {
        Optional<Span> span = span(s.substring(open + 1, n - 1));
        String rest = stripTrailingSpaces(s.substring(0, open));
        if (span.isPresent() && !rest.isEmpty()) {
          return timed(span.get(), rest);
        }
      }
      return new Timed(Optional.empty(), s);
    }
    int start = clockStart(s, n);
    if (start == n) {
      return new Timed(Optional.empty(), s);
    }
    Optional<Timed> range = trailingRange(s, start);
    if (range.isPresent()) {
      return range.get();
    }
    if (start >= 2 && s.charAt(start - 1) == ' ' && DASHES.indexOf(s.charAt(start - 2)) >= 0) {
      Optional<Duration> clock = clock(s.substring(start));
      String rest = stripTrailingSeparators(s.substring(0, start));
      if (clock.isPresent() && !rest.isEmpty()) {
        return new Timed(clock, rest);
      }
    }
    return new Timed(Optional.empty(), s);
  }

  /** A bare range at the end, {@code Title 0:00 - 2:44}: a space before it, its second clock from {@code start}. */
  private static Optional<Timed> trailingRange(String s, int start) {
    int i = start;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    if (i == 0 || RANGE_DASHES.indexOf(s.charAt(i - 1)) < 0) {
      return Optional.empty();
    }
    i--;
    while (i > 0 && s.charAt(i - 1) == ' ') {
      i--;
    }
    int first = clockStart(s, i);
    if (first == i || first < 2 || s.charAt(first - 1) != ' ') {
      return Optional.empty();
    }
    Optional<Span> span = span(s.substring(first));
    String rest = stripTrailingSeparators(s.substring(0, first));
    if (span.isPresent() && span.get().end().isPresent() && !rest.isEmpty()) {
      return Optional.of(timed(span.get(), rest));
    }
    return Optional.empty();
  }

  private static int clockStart(String s, int end) {
    int start = end;
    while (start > 0 && (isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == ':')) {
      start--;
    }
    return start;
  }

  /**
   * A clock or a range of two clocks ({@code 0:00 - 2:44}, {@code 0:00–2:44}), nothing else around them but spaces.
   * A range whose end is not after its start is refused: it is not a range a reader would write.
   */
  public static Optional<Span> span(String text) {
    String s = text.strip();
    int end = clockEnd(s, 0);
    if (end == 0) {
      return Optional.empty();
    }
    Optional<Duration> start = clock(s.substring(0, end));
    if (start.isEmpty()) {
      return Optional.empty();
    }
    if (end == s.length()) {
      return Optional.of(new Span(start.get(), Optional.empty()));
    }
    int i = skipSpaces(s, end);
    if (RANGE_DASHES.indexOf(s.charAt(i)) < 0) {
      return Optional.empty();
    }
    Optional<Duration> stop = clock(s.substring(i + 1));
    if (stop.isEmpty() || stop.get().compareTo(start.get()) <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Span(start.get(), stop));
  }

  /**
   * A text that is nothing but a time: a clock or range, bare, bracketed or in a code span, possibly after one label
   * word and an optional colon ({@code Time 0:12:59}, {@code Timestamp: [00:12:34]}, {@code 0:00 – 2:44}). A
   * heading, link text or line of this shape marks when what follows starts.
   */
  public static Optional<Span> marker(String text) {
    String s = text.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    if (!isDigit(s.charAt(0)) && "([`".indexOf(s.charAt(0)) < 0) {
      int word = 0;
      while (word < s.length() && Character.isLetter(s.charAt(word))) {
        word++;
      }
      if (word == 0 || word > 20) {
        return Optional.empty();
      }
      int i = word < s.length() && s.charAt(word) == ':' ? word + 1 : word;
      if (i == word && (i >= s.length() || s.charAt(i) != ' ')) {
        return Optional.empty();
      }
      s = s.substring(i).strip();
      if (s.isEmpty()) {
        return Optional.empty();
      }
    }
    char open = s.charAt(0);
    if ("([`".indexOf(open) >= 0) {
      if (s.length() < 3 || s.charAt(s.length() - 1) != closing(open)) {
        return Optional.empty();
      }
      s = s.substring(1, s.length() - 1);
    }
    return span(s);
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
