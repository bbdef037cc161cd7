package dev.nuggets.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimecodesTest {

  /** Each row: the text, then start, end ({@code -} for none) and the text that remains. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "00:00 Intro                   | PT0S     | -       | Intro",
        "(00:12:34) - Title            | PT12M34S | -       | Title",
        "[00:00:03] Title              | PT3S     | -       | Title",
        "0:00 - 2:44 Title             | PT0S     | PT2M44S | Title",
        "0:00–2:44 Title               | PT0S     | PT2M44S | Title",
        "1:02:03 — 1:10:00: Title      | PT1H2M3S | PT1H10M | Title",
        "00:12: Colon after the clock  | PT12S    | -       | Colon after the clock",
        "(0:00 - 2:44) Title           | PT0S     | PT2M44S | Title",
        "[5:07–9:30] Title             | PT5M7S   | PT9M30S | Title",
        "`12:00-14:30` Title           | PT12M    | PT14M30S | Title",
        "Title `0:00-2:44`             | PT0S     | PT2M44S | Title",
        "Title (1:02:03 – 1:05:00)     | PT1H2M3S | PT1H5M  | Title",
        "Title 0:00 - 2:44             | PT0S     | PT2M44S | Title",
        "Title - 12:34                 | PT12M34S | -       | Title",
        "Title `12:34`                 | PT12M34S | -       | Title",
        "5:07 Unpadded minutes         | PT5M7S   | -       | Unpadded minutes",
        "75:30 Past the hour           | PT1H15M30S | -     | Past the hour",
        // an end before its start is no range: the first clock starts, the rest stays text
        "2:44 - 0:10 Title             | PT2M44S  | -       | 0:10 Title",
      })
  void splitsStartsAndRanges(String text, String start, String end, String rest) {
    Timecodes.Timed timed = Timecodes.split(text);
    assertEquals(Optional.of(Duration.parse(start)), timed.start(), text);
    assertEquals(end.equals("-") ? Optional.empty() : Optional.of(Duration.parse(end)), timed.end(), text);
    assertEquals(rest, timed.text(), text);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Version 1:2 notes", "Chapter 12", "Title 12:34", "12:34", "(12:34)", "ratio 3:2 - 1:1"})
  void keepsTextThatHoldsNoStartTimeWhole(String text) {
    Timecodes.Timed timed = Timecodes.split(text);
    assertEquals(Optional.empty(), timed.start(), text);
    assertEquals(text, timed.text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Time 0:12:59          | PT12M59S | -",
        "Time 1:01:50          | PT1H1M50S | -",
        "Timestamp: [00:12:34] | PT12M34S | -",
        "0:00 – 2:44           | PT0S     | PT2M44S",
        "(00:03)               | PT3S     | -",
        "`1:00:00`             | PT1H     | -",
        "Zeit 12:00            | PT12M    | -",
      })
  void readsTextsThatAreOnlyATime(String text, String start, String end) {
    Optional<Timecodes.Span> span = Timecodes.marker(text);
    assertEquals(Optional.of(Duration.parse(start)), span.map(Timecodes.Span::start), text);
    assertEquals(
        end.equals("-") ? Optional.empty() : Optional.of(Duration.parse(end)), span.flatMap(Timecodes.Span::end));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Time for 0:12:59", "Intro 0:00 more", "0:00 Intro", "Time", "(0:00", "Section 1:75"})
  void refusesTextsThatAreMoreThanATime(String text) {
    assertEquals(Optional.empty(), Timecodes.marker(text), text);
  }
}
