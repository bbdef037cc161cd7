package dev.nuggets.core.text;

import dev.nuggets.core.PublicationDate;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Publication dates as summaries, show notes and feeds write them, read leniently by plain scanning (no regular
 * expressions, linear in the text): ISO 8601 dates and date-times (with {@code T} or a space, offsets with or
 * without a colon, {@code Z}, fractions, {@code 24:00}), Jekyll's {@code 2025-10-03 07:53:42 +0000}, RFC 822 and
 * the variants feeds use (weekday optional and possibly wrong, one- or two-digit day, short or full month names in
 * English and the other languages of the landmarks, two- or four-digit years, seconds optional, {@code AM}/{@code
 * PM}, numeric offsets, {@code GMT}/{@code UT}/{@code UTC}/{@code Z}, US zone names, {@code GMT-0400 (EDT)}), human
 * dates ({@code March 14, 2026}, {@code 14 March 2026}, {@code 14 de marzo de 2026}, {@code 2026年3月14日}),
 * {@code 2026/03/14}, {@code 14.03.2026}, and epoch seconds or milliseconds.
 *
 * <p>What had to be guessed is said in {@link Reading#guess()}, for the caller's warning: a time with no zone (read
 * as UTC), a weekday that does not match the date (ignored), a two-digit year (read with RFC 2822's pivot).
 */
public final class Dates {
  private static final Map<String, Integer> MONTHS = months();
  private static final Map<String, Integer> ZONES =
      Map.ofEntries(
          Map.entry("ut", 0), Map.entry("utc", 0), Map.entry("gmt", 0), Map.entry("z", 0), Map.entry("wet", 0),
          Map.entry("bst", 60), Map.entry("cet", 60), Map.entry("cest", 120), Map.entry("met", 60),
          Map.entry("mest", 120), Map.entry("eet", 120), Map.entry("eest", 180), Map.entry("est", -300),
          Map.entry("edt", -240), Map.entry("cst", -360), Map.entry("cdt", -300), Map.entry("mst", -420),
          Map.entry("mdt", -360), Map.entry("pst", -480), Map.entry("pdt", -420), Map.entry("akst", -540),
          Map.entry("akdt", -480), Map.entry("hst", -600), Map.entry("ast", -240), Map.entry("adt", -180),
          Map.entry("jst", 540), Map.entry("kst", 540), Map.entry("aest", 600), Map.entry("aedt", 660),
          Map.entry("ist", 330));
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdays();

  private Dates() {}

  /**
   * A date read from text, and what had to be guessed to read it.
   *
   * @param date the date
   * @param guess what was assumed ("no time zone; read as UTC"), empty when the text said everything
   */
  public record Reading(PublicationDate date, Optional<String> guess) {}

  /** Reads a publication date; empty when the text is none of the shapes this class knows. */
  public static Optional<Reading> read(String text) {
    String s = text.strip();
    if (s.isEmpty() || s.length() > 100) {
      return Optional.empty();
    }
    try {
      return new Scanner(s).read();
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty(); // a field out of range: 31 February, hour 25
    }
  }

  /** One text, read token by token: numbers, words and the punctuation between them. */
  private static final class Scanner {
    private final List<String> tokens = new ArrayList<>();
    private final String text;

    Scanner(String text) {
      this.text = text;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        int start = i;
        if (isDigit(c)) {
          while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
          }
        } else if (Character.isLetter(c)) {
          while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
          }
        } else {
          i++;
          if (Character.isWhitespace(c) || c == ',') {
            continue;
          }
        }
        tokens.add(text.substring(start, i));
      }
    }

    Optional<Reading> read() {
      if (tokens.size() == 1 && isNumber(0)) {
        return epoch(tokens.get(0));
      }
      if (tokens.size() >= 5 && isNumber(0) && tokens.get(0).length() == 4
          && (is(1, "-") || is(1, "/")) && isNumber(2) && tokens.get(1).equals(tokens.get(3)) && isNumber(4)) {
        return numericDate(Integer.parseInt(tokens.get(0)), Integer.parseInt(tokens.get(2)),
            Integer.parseInt(tokens.get(4)), 5);
      }
      if (tokens.size() >= 5 && isNumber(0) && is(1, ".") && isNumber(2) && is(3, ".") && isNumber(4)
          && tokens.get(4).length() == 4) {
        return numericDate(Integer.parseInt(tokens.get(4)), Integer.parseInt(tokens.get(2)),
            Integer.parseInt(tokens.get(0)), 5);
      }
      if (tokens.size() >= 6 && isNumber(0) && is(1, "年") && isNumber(2) && is(3, "月") && isNumber(4)
          && is(5, "日")) {
        return Optional.of(new Reading(PublicationDate.of(LocalDate.of(Integer.parseInt(tokens.get(0)),
            Integer.parseInt(tokens.get(2)), Integer.parseInt(tokens.get(4)))), Optional.empty()));
      }
      return named();
    }

    /** {@code 2026-03-14}, then an optional time and zone (ISO 8601, Jekyll). */
    private Optional<Reading> numericDate(int year, int month, int day, int next) {
      LocalDate date = LocalDate.of(year, month, day);
      return timeAndZone(date, next, Optional.empty(), false);
    }

    /** Dates with a month name: RFC 822, human dates in the landmark languages. */
    private Optional<Reading> named() {
      int i = 0;
      Optional<DayOfWeek> weekday = Optional.empty();
      if (i < tokens.size()) {
        weekday = Optional.ofNullable(WEEKDAYS.get(lower(i)));
        if (weekday.isPresent()) {
          i++;
        }
      }
      int day;
      int month;
      if (i + 1 < tokens.size() && isNumber(i) && month(i + 1) > 0) {
        day = Integer.parseInt(tokens.get(i));
        month = month(i + 1);
        i += 2;
      } else if (i + 2 < tokens.size() && isNumber(i) && is(i + 1, ".") && month(i + 2) > 0) {
        day = Integer.parseInt(tokens.get(i)); // 14. März 2026
        month = month(i + 2);
        i += 3;
      } else if (i + 2 < tokens.size() && isNumber(i) && isWord(i + 1, "de") && month(i + 2) > 0) {
        day = Integer.parseInt(tokens.get(i)); // 14 de marzo de 2026
        month = month(i + 2);
        i += 3;
      } else if (i + 1 < tokens.size() && month(i) > 0 && isNumber(i + 1)
          && tokens.get(i + 1).length() <= 2) {
        month = month(i); // March 14, 2026
        day = Integer.parseInt(tokens.get(i + 1));
        i += 2;
        if (i < tokens.size() && isOrdinalSuffix(lower(i))) {
          i++;
        }
      } else {
        return Optional.empty();
      }
      if (i < tokens.size() && (is(i, ".") || isWord(i, "de"))) {
        i++;
      }
      if (i >= tokens.size() || !isNumber(i)) {
        return Optional.empty();
      }
      String yearText = tokens.get(i);
      i++;
      Optional<String> guess = Optional.empty();
      int year;
      if (yearText.length() == 4) {
        year = Integer.parseInt(yearText);
      } else if (yearText.length() == 2) {
        int two = Integer.parseInt(yearText);
        year = two < 50 ? 2000 + two : 1900 + two; // RFC 2822, section 4.3
        guess = Optional.of("a two-digit year, read as " + year);
      } else {
        return Optional.empty();
      }
      LocalDate date = LocalDate.of(year, month, day);
      if (weekday.isPresent() && date.getDayOfWeek() != weekday.get()) {
        guess = Optional.of("the weekday does not match the date " + date + "; the weekday was ignored");
      }
      return timeAndZone(date, i, guess, true);
    }

    /** An optional time ({@code 07:53}, {@code 07:53:42.5}, {@code 12:15 PM}, {@code 24:00}) and zone. */
    private Optional<Reading> timeAndZone(LocalDate date, int from, Optional<String> guess, boolean named) {
      int i = from;
      if (i < tokens.size() && (isWord(i, "T") || isWord(i, "at") || is(i, "-") && named)) {
        i++;
      }
      if (i >= tokens.size()) {
        return Optional.of(new Reading(PublicationDate.of(date), guess));
      }
      if (!(isNumber(i) && i + 2 < tokens.size() && is(i + 1, ":") && isNumber(i + 2))) {
        return Optional.empty();
      }
      int hour = Integer.parseInt(tokens.get(i));
      int minute = Integer.parseInt(tokens.get(i + 2));
      int second = 0;
      int nanos = 0;
      i += 3;
      if (i + 1 < tokens.size() && is(i, ":") && isNumber(i + 1)) {
        second = Integer.parseInt(tokens.get(i + 1));
        i += 2;
        if (i + 1 < tokens.size() && (is(i, ".") || is(i, ",")) && isNumber(i + 1)) {
          String fraction = (tokens.get(i + 1) + "000000000").substring(0, 9);
          nanos = Integer.parseInt(fraction);
          i += 2;
        }
      }
      if (i < tokens.size() && (isWord(i, "AM") || isWord(i, "PM"))) {
        if (hour < 1 || hour > 12) {
          return Optional.empty();
        }
        hour = hour % 12 + (isWord(i, "PM") ? 12 : 0);
        i++;
      }
      boolean nextDay = hour == 24 && minute == 0 && second == 0 && nanos == 0;
      LocalDateTime local =
          LocalDateTime.of(date, LocalTime.of(nextDay ? 0 : hour, minute, second, nanos)).plusDays(nextDay ? 1 : 0);
      Optional<ZoneOffset> zone = zone(i);
      if (zone.isEmpty()) {
        if (!rest(i).isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(new Reading(
            PublicationDate.of(local.atOffset(ZoneOffset.UTC)),
            Optional.of(guess.map(g -> g + "; ").orElse("") + "no time zone; read as UTC")));
      }
      return Optional.of(new Reading(PublicationDate.of(OffsetDateTime.of(local, zone.get())), guess));
    }

    /** A zone at token {@code i} that ends the text: {@code +0200}, {@code -07:00}, {@code Z}, {@code PDT}, ... */
    private Optional<ZoneOffset> zone(int from) {
      int i = from;
      if (i >= tokens.size()) {
        return Optional.empty();
      }
      int offsetMinutes = 0;
      boolean found = false;
      Integer named = ZONES.get(lower(i));
      if (named != null) {
        offsetMinutes = named;
        found = true;
        i++;
      }
      if (i + 1 < tokens.size() && (is(i, "+") || is(i, "-") || is(i, "−")) && isNumber(i + 1)) {
        int sign = is(i, "+") ? 1 : -1;
        String digits = tokens.get(i + 1);
        int hours;
        int minutes = 0;
        i += 2;
        if (digits.length() == 4) {
          hours = Integer.parseInt(digits.substring(0, 2));
          minutes = Integer.parseInt(digits.substring(2));
        } else if (digits.length() <= 2) {
          hours = Integer.parseInt(digits);
          if (i + 1 < tokens.size() && is(i, ":") && isNumber(i + 1) && tokens.get(i + 1).length() == 2) {
            minutes = Integer.parseInt(tokens.get(i + 1));
            i += 2;
          }
        } else {
          return Optional.empty();
        }
        offsetMinutes = (found ? offsetMinutes : 0) + sign * (hours * 60 + minutes);
        found = true;
      }
      if (!found) {
        return Optional.empty();
      }
      // JavaScript's "GMT-0400 (EDT)": the name in brackets repeats the offset.
      if (i + 2 < tokens.size() && is(i, "(") && ZONES.get(lower(i + 1)) != null && is(i + 2, ")")) {
        i += 3;
      }
      if (i < tokens.size()) {
        return Optional.empty();
      }
      return Optional.of(ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    /** The month token {@code i} names, 1 to 12; 0 when it names none (or is past the end). */
    private int month(int i) {
      if (i >= tokens.size()) {
        return 0;
      }
      Integer month = MONTHS.get(lower(i));
      return month == null ? 0 : month;
    }

    private String rest(int from) {
      return String.join("", tokens.subList(Math.min(from, tokens.size()), tokens.size()));
    }

    private boolean isNumber(int i) {
      return i < tokens.size() && isDigit(tokens.get(i).charAt(0)) && tokens.get(i).length() <= 13;
    }

    private boolean is(int i, String token) {
      return i < tokens.size() && tokens.get(i).equals(token);
    }

    private boolean isWord(int i, String word) {
      return i < tokens.size() && tokens.get(i).equalsIgnoreCase(word);
    }

    private String lower(int i) {
      String t = tokens.get(i).toLowerCase(Locale.ROOT);
      return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    private static boolean isOrdinalSuffix(String word) {
      return word.equals("st") || word.equals("nd") || word.equals("rd") || word.equals("th");
    }

    /** Epoch seconds (9 or 10 digits) or milliseconds (12 or 13 digits). */
    private Optional<Reading> epoch(String digits) {
      long value = Long.parseLong(digits);
      Instant instant;
      if (digits.length() == 9 || digits.length() == 10) {
        instant = Instant.ofEpochSecond(value);
      } else if (digits.length() == 12 || digits.length() == 13) {
        instant = Instant.ofEpochMilli(value);
      } else {
        return Optional.empty();
      }
      return Optional.of(new Reading(PublicationDate.of(instant.atOffset(ZoneOffset.UTC)), Optional.empty()));
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new java.util.HashMap<>();
    String[][] names = {
      {"january", "jan", "enero", "ene", "janeiro", "janvier", "janv", "januar", "jän", "gennaio", "gen"},
      {"february", "feb", "febrero", "fevereiro", "fev", "février", "févr", "fevrier", "februar", "febbraio"},
      {"march", "mar", "marzo", "março", "marco", "mars", "märz", "maerz", "mär"},
      {"april", "apr", "abril", "abr", "avril", "avr", "aprile"},
      {"may", "mayo", "maio", "mai", "maggio", "mag"},
      {"june", "jun", "junio", "junho", "juin", "juni", "giugno", "giu"},
      {"july", "jul", "julio", "julho", "juillet", "juil", "juli", "luglio", "lug"},
      {"august", "aug", "agosto", "ago", "août", "aout", "aoû"},
      {"september", "sep", "sept", "septiembre", "setembro", "set", "septembre", "settembre"},
      {"october", "oct", "octubre", "outubro", "out", "octobre", "oktober", "okt", "ottobre", "ott"},
      {"november", "nov", "noviembre", "novembro", "novembre"},
      {"december", "dec", "diciembre", "dic", "dezembro", "dez", "décembre", "déc", "decembre", "dezember",
        "dicembre"}
    };
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        months.putIfAbsent(name, m + 1);
      }
    }
    return Map.copyOf(months);
  }

  private static Map<String, DayOfWeek> weekdays() {
    Map<String, DayOfWeek> days = new java.util.HashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String name = day.name().toLowerCase(Locale.ROOT);
      days.put(name, day);
      days.put(name.substring(0, 3), day);
    }
    days.put("tues", DayOfWeek.TUESDAY);
    days.put("thur", DayOfWeek.THURSDAY);
    days.put("thurs", DayOfWeek.THURSDAY);
    return Map.copyOf(days);
  }
}
