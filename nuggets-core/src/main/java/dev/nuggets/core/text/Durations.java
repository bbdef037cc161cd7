package dev.nuggets.core.text;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * How long an episode runs, as front matter, show notes and feeds write it, read leniently by plain scanning: ISO
 * 8601 ({@code PT52M17S}), clocks ({@code 46:49}, {@code 1:02:03}, with a fraction, minutes past 59 as in
 * {@code 92:20}), a number of seconds ({@code 3137}, {@code 2734.9}), and words in the landmark languages
 * ({@code 101 mins 22 secs}, {@code ~63 min}, {@code 1h 35m}, {@code 1 hr 9 mins}, {@code 46 MIN},
 * {@code 35 Minuten}, {@code 1 hora 5 minutos}).
 */
public final class Durations {
  private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(100L * 365 * 24 * 3600);

  private Durations() {}

  /** Reads a duration; empty for blank text, negative values and anything else. */
  public static Optional<Duration> read(String text) {
    String s = text.strip();
    if (s.startsWith("~") || s.startsWith("≈") || s.startsWith("ca.")) {
      s = s.substring(s.startsWith("ca.") ? 3 : 1).strip();
    }
    if (s.isEmpty() || s.length() > 60) {
      return Optional.empty();
    }
    char first = s.charAt(0);
    if (first == 'P' || first == 'p') {
      try {
        Duration d = Duration.parse(s.toUpperCase(Locale.ROOT));
        return d.isNegative() ? Optional.empty() : Optional.of(d);
      } catch (java.time.format.DateTimeParseException e) {
        return Optional.empty();
      }
    }
    if (s.indexOf(':') > 0) {
      return clock(s);
    }
    Optional<BigDecimal> number = number(s);
    if (number.isPresent()) {
      return seconds(number.get());
    }
    return words(s);
  }

  /** {@code SS}, {@code MM:SS}, {@code H:MM:SS}, each field digits, the last with an optional fraction. */
  private static Optional<Duration> clock(String s) {
    String[] fields = s.split(":", -1);
    if (fields.length > 3) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < fields.length; i++) {
      String field = fields[i].strip();
      Optional<BigDecimal> value = i == fields.length - 1 ? number(field) : digits(field);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      total = total.multiply(BigDecimal.valueOf(60)).add(value.get());
    }
    return seconds(total);
  }

  /** {@code 101 mins 22 secs}, {@code 1h 35m}, {@code 46 MIN}: numbers, each followed by its unit. */
  private static Optional<Duration> words(String s) {
    BigDecimal total = BigDecimal.ZERO;
    int i = 0;
    boolean any = false;
    while (i < s.length()) {
      while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == ',')) {
        i++;
      }
      if (i == s.length()) {
        break;
      }
      int start = i;
      while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '.')) {
        i++;
      }
      Optional<BigDecimal> value = number(s.substring(start, i));
      if (value.isEmpty()) {
        return Optional.empty();
      }
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      int unitStart = i;
      while (i < s.length() && Character.isLetter(s.charAt(i))) {
        i++;
      }
      long unit = unit(s.substring(unitStart, i).toLowerCase(Locale.ROOT));
      if (unit == 0) {
        return Optional.empty();
      }
      if (i < s.length() && s.charAt(i) == '.') {
        i++; // "min."
      }
      total = total.add(value.get().multiply(BigDecimal.valueOf(unit)));
      any = true;
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      if (startsWithWord(s, i, "and") || startsWithWord(s, i, "und") || startsWithWord(s, i, "et")
          || startsWithWord(s, i, "y") || startsWithWord(s, i, "e")) {
        i = s.indexOf(' ', i) < 0 ? s.length() : s.indexOf(' ', i);
      }
    }
    return any ? seconds(total) : Optional.empty();
  }

  private static boolean startsWithWord(String s, int i, String word) {
    return s.regionMatches(true, i, word, 0, word.length())
        && (i + word.length() == s.length() || Character.isWhitespace(s.charAt(i + word.length())));
  }

  /** Seconds in a unit named in one of the landmark languages; 0 for an unknown word. */
  private static long unit(String word) {
    switch (word) {
      case "h": case "hr": case "hrs": case "hour": case "hours": case "std": case "stunde": case "stunden":
      case "hora": case "horas": case "heure": case "heures": case "ora": case "ore": case "時間": case "小时":
      case "小時":
        return 3600;
      case "m": case "min": case "mins": case "minute": case "minutes": case "minuten": case "minuto":
      case "minutos": case "minuti": case "分": case "分钟": case "分鐘":
        return 60;
      case "s": case "sec": case "secs": case "second": case "seconds": case "sek": case "sekunde":
      case "sekunden": case "segundo": case "segundos": case "seconde": case "secondes": case "secondo":
      case "secondi": case "秒":
        return 1;
      default:
        return 0;
    }
  }

  private static Optional<Duration> seconds(BigDecimal seconds) {
    if (seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      return Optional.empty();
    }
    BigDecimal whole = seconds.setScale(0, java.math.RoundingMode.DOWN);
    long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, java.math.RoundingMode.HALF_UP).longValue();
    return Optional.of(Duration.ofSeconds(whole.longValueExact(), nanos));
  }

  /** A number of digits with an optional fraction ({@code 12}, {@code 2734.903625}, {@code 2,5}). */
  private static Optional<BigDecimal> number(String text) {
    String s = text.replace(',', '.');
    if (s.isEmpty() || s.length() > 30 || s.startsWith(".") || s.endsWith(".")) {
      return Optional.empty();
    }
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!isDigit(c)) {
        return Optional.empty();
      }
    }
    return dots > 1 ? Optional.empty() : Optional.of(new BigDecimal(s));
  }

  private static Optional<BigDecimal> digits(String text) {
    if (text.isEmpty() || text.length() > 12) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return Optional.empty();
      }
    }
    return Optional.of(new BigDecimal(text));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
