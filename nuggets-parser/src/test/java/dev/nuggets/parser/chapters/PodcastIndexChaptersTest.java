package dev.nuggets.parser.chapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.core.testing.SharedFixtures;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The Podcast Index's own chapters examples (read from ../shared, skipped without it), detected by content. */
class PodcastIndexChaptersTest {
  private static final Parsers PARSERS = Parsers.discover();

  @Test
  void theSimpleExampleIsReadWithoutProblems() {
    ParseResult<Episode> result = PARSERS.readEpisode(SharedFixtures.require("fixtures/public/podcastindex-chapters-example.json"));
    assertEquals("chapters", result.format().orElseThrow());
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    Episode episode = result.value();
    assertEquals(9, episode.sections().size());
    assertEquals(Section.builder().heading("Intro").start(Duration.ZERO).build(), episode.sections().get(0));
    assertEquals(Duration.ofSeconds(6089), episode.sections().get(8).start().orElseThrow());
    assertEquals(
        List.of("img", "url"),
        result.diagnostics().stream().map(d -> d.message().substring(1, 4)).collect(Collectors.toList()));
  }

  @Test
  void theComplexExampleKeepsItsMetadataAndReportsItsQuirks() {
    ParseResult<Episode> result =
        PARSERS.readEpisode(SharedFixtures.require("fixtures/public/podcastindex-chapters-example-complex.json"));
    assertEquals("chapters", result.format().orElseThrow());
    Episode episode = result.value();
    assertEquals("Episode 7 - Making Progress", episode.title().orElseThrow());
    assertEquals("John's Awesome Podcast", episode.podcastTitle().orElseThrow());
    assertEquals(List.of(Person.of("John Doe", Role.AUTHOR)), episode.people());
    assertEquals(10, episode.sections().size(), "11 chapters, one without a title");
    List<String> problems =
        result.diagnostics().stream()
            .filter(d -> d.severity() != Severity.INFO)
            .map(Diagnostic::code)
            .collect(Collectors.toList());
    assertEquals(List.of(ChaptersCodes.UNKNOWN_KEY, ChaptersCodes.UNTITLED_CHAPTER), problems);
    assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("'location' (once)")));
    assertFalse(result.hasErrors());
  }
}
