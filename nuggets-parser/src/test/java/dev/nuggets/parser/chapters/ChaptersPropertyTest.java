package dev.nuggets.parser.chapters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Seeded chapter files, written with every way the format allows to give a time, read back as the sections they
 * describe, strictly (no diagnostic at all) and through detection.
 */
class ChaptersPropertyTest {
  private static final Parsers STRICT = Parsers.builder().strict(true).build();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void chapterFilesReadBackAsTheirSections(long seed) {
    Random random = new Random(seed);
    HostileText text = new HostileText(seed);
    List<Section> expected = new ArrayList<>();
    StringBuilder json = new StringBuilder("{\"version\": \"1.2.0\", \"chapters\": [");
    long millis = 0;
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      millis += random.nextInt(4) == 0 ? 0 : random.nextInt(3_600_000);
      String title = text.text(6).strip();
      Section.Builder section = Section.builder().heading(title).start(Duration.ofMillis(millis));
      json.append(i == 0 ? "" : ",").append("\n  {\"startTime\": ").append(time(millis, random));
      json.append(", \"title\": ").append(quote(title));
      if (random.nextInt(3) == 0) {
        long end = millis + random.nextInt(100_000);
        section.end(Duration.ofMillis(end));
        json.append(", \"endTime\": ").append(time(end, random));
      }
      if (random.nextInt(4) == 0) {
        section.listedInToc(false);
        json.append(", \"toc\": false");
      }
      json.append('}');
      expected.add(section.build());
    }
    json.append("\n]}");
    ParseResult<Episode> result = STRICT.readEpisode(Input.ofText(json.toString()));
    assertEquals("chapters", result.format().orElseThrow(), "seed " + seed);
    assertEquals(expected, result.value().sections(), () -> "seed " + seed + "\n" + json);
  }

  /** A time as seconds (whole or fractional), a string of seconds, or HH:MM:SS / MM:SS with a fraction. */
  private static String time(long millis, Random random) {
    long seconds = millis / 1000;
    long rest = millis % 1000;
    String fraction = rest == 0 ? "" : String.format(Locale.ROOT, ".%03d", rest);
    switch (random.nextInt(5)) {
      case 0:
        if (rest == 0) {
          return Long.toString(seconds);
        }
        return seconds + fraction;
      case 1:
        return seconds + fraction;
      case 2:
        return "\"" + seconds + fraction + "\"";
      case 3:
        return String.format(
            Locale.ROOT, "\"%02d:%02d:%02d%s\"", seconds / 3600, seconds / 60 % 60, seconds % 60, fraction);
      default:
        return seconds >= 3600
            ? String.format(Locale.ROOT, "\"%d:%02d:%02d%s\"", seconds / 3600, seconds / 60 % 60, seconds % 60, fraction)
            : String.format(Locale.ROOT, "\"%d:%02d%s\"", seconds / 60, seconds % 60, fraction);
    }
  }

  private static String quote(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
