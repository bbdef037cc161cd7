package dev.nuggets.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DurationsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PT52M17S          | PT52M17S",
        "pt1h              | PT1H",
        "P0DT1H2M          | PT1H2M",
        "46:49             | PT46M49S",
        "1:02:03           | PT1H2M3S",
        "01:03:04          | PT1H3M4S",
        "00:31:26          | PT31M26S",
        "92:20             | PT1H32M20S",
        "00:60:05          | PT1H5S",
        "1:02:03.5         | PT1H2M3.5S",
        "4393              | PT1H13M13S",
        "2734.903625       | PT45M34.903625S",
        "101 mins 22 secs  | PT1H41M22S",
        "72 mins 29 secs   | PT1H12M29S",
        "~63 min           | PT1H3M",
        "1h 35m            | PT1H35M",
        "1 hr 9 mins       | PT1H9M",
        "46 MIN            | PT46M",
        "52 min.           | PT52M",
        "90 minutes        | PT1H30M",
        "2 hours and 5 minutes | PT2H5M",
        "35 Minuten        | PT35M",
        "1 hora y 5 minutos | PT1H5M",
        "1 heure 5 minutes | PT1H5M",
        "1時間5分          | PT1H5M",
        "18sec             | PT18S",
      })
  void readsTheShapesPeopleWrite(String text, String expected) {
    assertEquals(Optional.of(Duration.parse(expected)), Durations.read(text), text);
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @ValueSource(strings = {"", "soon", "-5", "PT-5S", "1:2:3:4", "1:xx", "5 parsecs", "1.2.3", "ten minutes", "::"})
  void refusesWhatIsNoDuration(String text) {
    assertEquals(Optional.empty(), Durations.read(text), text);
  }
}
