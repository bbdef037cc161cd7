package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimesTest {

  @ParameterizedTest
  @CsvSource({
    "0, PT0S",
    "90, PT1M30S",
    "90.25, PT1M30.25S",
    "01:02:03, PT1H2M3S",
    "1:02:03.5, PT1H2M3.5S",
    "2:03, PT2M3S",
    "00:00:00.000000001, PT0.000000001S",
    "100:00:00, PT100H"
  })
  void readsSecondsAndClockTimes(String text, String expected) {
    assertEquals(Optional.of(Duration.parse(expected)), Times.parseClock(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "-5", "1:60", "1:00:60", "1::2", ":12", "12:", "1.5:00", "1.2.3", ".5", "5.", "1:2:3:4", "PT5S",
        "1e3", "12 34", "99999999999999999999"})
  void refusesAnythingElse(String text) {
    assertEquals(Optional.empty(), Times.parseClock(text), text);
  }
}
