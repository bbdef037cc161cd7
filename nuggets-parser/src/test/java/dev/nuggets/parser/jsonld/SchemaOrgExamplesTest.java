package dev.nuggets.parser.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.core.testing.SharedFixtures;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** schema.org's own podcast examples (read from ../shared, skipped without it), detected by their extension. */
class SchemaOrgExamplesTest {
  private static final Parsers PARSERS = Parsers.discover();

  @Test
  void podcastEpisode() {
    ParseResult<Episode> result = PARSERS.readEpisode(SharedFixtures.require("fixtures/public/schemaorg-podcastepisode-eg-0307.jsonld"));
    assertEquals("jsonld", result.format().orElseThrow());
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    assertEquals(
        List.of("'associatedMedia'"),
        result.diagnostics().stream().map(d -> d.message().split(" ")[0]).collect(Collectors.toList()));
    Episode episode = result.value();
    assertEquals("#27: Behind the App #1: History", episode.title().orElseThrow());
    assertEquals("Inquisitive", episode.podcastTitle().orElseThrow());
    assertEquals("http://www.relay.fm/inquisitive/27", episode.link().orElseThrow());
    assertEquals(PublicationDate.of(LocalDate.of(2015, 2, 18)), episode.publishedOn().orElseThrow());
    assertEquals(Duration.ofMinutes(37), episode.duration().orElseThrow());
    assertEquals(1, episode.sections().size());
    assertTrue(episode.sections().get(0).paragraphs().get(0).startsWith("In the first episode of"));
  }

  /** An episode names its series ({@code partOfSeries}): it is still an episode, not a feed of one. */
  @Test
  void podcastEpisodeIsDetectedAsAnEpisode() {
    Path fixture = SharedFixtures.require("fixtures/public/schemaorg-podcastepisode-eg-0307.jsonld");
    Detection detection = PARSERS.detect(Input.of(fixture)).orElseThrow();
    assertEquals("jsonld", detection.format().name());
    assertEquals(ContentKind.EPISODE, detection.kind());
  }

  @Test
  void podcastSeriesAndSeasonGiveOnlyThePodcastTitle() {
    for (String file : List.of("schemaorg-podcastseries-eg-0306.jsonld", "schemaorg-podcastseason-eg-0308.jsonld")) {
      ParseResult<Episode> result = PARSERS.readEpisode(SharedFixtures.require("fixtures/public/" + file));
      assertEquals("jsonld", result.format().orElseThrow());
      assertEquals(
          List.of(JsonLdCodes.NO_EPISODE),
          result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList()),
          file);
      assertEq(file.contains("season") ? "Serial" : "Inquisitive", result.value());
    }
  }

  private static void assertEq(String podcastTitle, Episode episode) {
    assertEquals(Episode.builder().podcastTitle(podcastTitle).build(), episode);
  }
}
