package dev.nuggets.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-14                          | 2026-03-14",
        "2026-03-14T09:30:00Z                | 2026-03-14T09:30Z",
        "2026-03-14T09:30:00.000Z            | 2026-03-14T09:30Z",
        "2025-11-09T17:30:00-08:00           | 2025-11-09T17:30-08:00",
        "2025-11-09T17:30:00-0800            | 2025-11-09T17:30-08:00",
        "2023-11-28 05:00:00+00:00           | 2023-11-28T05:00Z",
        "2025-10-03 07:53:42 +0000           | 2025-10-03T07:53:42Z",
        "2025-10-03 07:53:42 -0700           | 2025-10-03T07:53:42-07:00",
        "2023-10-05T24:00:00.000 -0500       | 2023-10-06T00:00-05:00",
        "'Sun, 16 Nov 2025 04:00:00 +0200'   | 2025-11-16T04:00+02:00",
        "'Sun, 16 Nov 2025 04:00:00 GMT'     | 2025-11-16T04:00Z",
        "'Tue, 23 Nov 2021 15:38:00 PST'     | 2021-11-23T15:38-08:00",
        "'Wed, 3 Jun 2020 15:20:44 PDT'      | 2020-06-03T15:20:44-07:00",
        "'Fri, 2 May 2014 10:10 GMT'         | 2014-05-02T10:10Z",
        "'07 Nov 2015 12:00:00 EST'          | 2015-11-07T12:00-05:00",
        "'Mon, 05 Jul 2021 10:00:00 UT'      | 2021-07-05T10:00Z",
        "'Sun 01 Mar 2015 01:00:00 GMT-0400 (EDT)' | 2015-03-01T01:00-04:00",
        "'Sunday, 16 November 2025 04:00:00 -0000' | 2025-11-16T04:00Z",
        "'March 14, 2026'                    | 2026-03-14",
        "'March 14th, 2026'                  | 2026-03-14",
        "'14 March 2026'                     | 2026-03-14",
        "'February 22, 2015'                 | 2015-02-22",
        "'14 de marzo de 2026'               | 2026-03-14",
        "'7 mai 2026'                        | 2026-05-07",
        "'14. März 2026'                     | 2026-03-14",
        "'14 marzo 2026'                     | 2026-03-14",
        "'14 de março de 2026'               | 2026-03-14",
        "2026/03/14                          | 2026-03-14",
        "14.03.2026                          | 2026-03-14",
        "2026年3月14日                        | 2026-03-14",
        "1767225600                          | 2026-01-01T00:00Z",
        "1767225600000                       | 2026-01-01T00:00Z",
      })
  void readsTheShapesSummariesAndFeedsUse(String text, String expected) {
    Optional<Dates.Reading> reading = Dates.read(text);
    assertTrue(reading.isPresent(), () -> "not read: " + text);
    assertEquals(expected, reading.get().date().toString(), text);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "'Sun, 15 Dec 2024 12:15 PM'       | 2024-12-15T12:15Z | no time zone",
        "'Sun, 15 Dec 2024 1:38 PM EST'    | 2024-12-15T13:38-05:00 | ''",
        "'Mon, 15 Dec 2024 12:15:00 GMT'   | 2024-12-15T12:15Z | weekday does not match",
        "'15 Dec 24 12:15:00 GMT'          | 2024-12-15T12:15Z | two-digit year",
        "'2020-03-27 15:45:23'             | 2020-03-27T15:45:23Z | no time zone",
      })
  void saysWhatItGuessed(String text, String expected, String guess) {
    Dates.Reading reading = Dates.read(text).orElseThrow(() -> new AssertionError("not read: " + text));
    assertEquals(expected, reading.date().toString());
    if (guess.isEmpty()) {
      assertEquals(Optional.empty(), reading.guess(), text);
    } else {
      assertTrue(reading.guess().orElse("").contains(guess), () -> text + " -> " + reading.guess());
    }
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(
      strings = {
        "", "soon", "yesterday at noon", "99 Mon 9999", "2026-02-31", "2026-13-01", "Sun, 16 Nov 2025 25:00:00 GMT",
        "12:15 PM", "2026", "14/03/2026", "March 2026", "2026-03-14 and then some", "123", "Sun, 16 Nov 2025 04:00 XYZ"
      })
  void refusesWhatIsNoDate(String text) {
    assertEquals(Optional.empty(), Dates.read(text), text);
  }

  @org.junit.jupiter.api.Test
  void readsLongGarbageInLinearTime() {
    // One token per character at worst: a very long input is refused at once, never scanned twice.
    assertEquals(Optional.empty(), Dates.read("1 ".repeat(1_000_000)));
  }
}
