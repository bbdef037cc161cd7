package dev.nuggets.parser.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code jsonld} format reads a schema.org {@code PodcastSeries} with its episodes as a feed: the series is the
 * show and every episode is kept (read as an episode, the document gives its first episode and says there are more).
 */
class JsonLdFeedTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final String SERIES =
      """
      {
        "@context": "https://schema.org",
        "@type": "PodcastSeries",
        "name": "Looking Up",
        "description": "A show about the night sky and the people who watch it.",
        "url": "https://stargazing.example",
        "webFeed": "https://stargazing.example/feed.xml",
        "image": {"@type": "ImageObject", "url": "https://stargazing.example/cover.png"},
        "inLanguage": "en",
        "author": {"@type": "Person", "name": "Tom Becker"},
        "episode": [
          {"@type": "PodcastEpisode", "name": "Night Skies Without Light Pollution", "timeRequired": "PT48M30S",
           "url": "https://stargazing.example/episodes/14"},
          {"@type": "PodcastEpisode", "name": "Meteor Showers for Beginners", "datePublished": "2025-11-16"},
          {"@type": "PodcastEpisode", "name": "What the Moon Does to Tides", "abstract": "The moon pulls the sea."}
        ]
      }
      """;

  static final Podcast SHOW =
      Podcast.builder()
          .title("Looking Up")
          .description("A show about the night sky and the people who watch it.")
          .link("https://stargazing.example")
          .feedUrl("https://stargazing.example/feed.xml")
          .imageUrl("https://stargazing.example/cover.png")
          .language("en")
          .author("Tom Becker")
          .build();

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void aSeriesWithItsEpisodesReadsAsAFeed() {
    ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(SERIES)).readAll();
    assertEquals("jsonld", result.format().orElseThrow());
    assertEquals(List.of(), result.diagnostics());
    Feed feed = result.value();
    assertEquals(SHOW, feed.podcast());
    assertEquals(
        List.of("Night Skies Without Light Pollution", "Meteor Showers for Beginners", "What the Moon Does to Tides"),
        feed.episodes().stream().map(e -> e.title().orElseThrow()).collect(Collectors.toList()));
    assertTrue(
        feed.episodes().stream().allMatch(e -> e.podcastTitle().equals(SHOW.title())),
        "every episode names the series");
    Episode first = feed.episodes().get(0);
    assertEquals(Duration.ofMinutes(48).plusSeconds(30), first.duration().orElseThrow());
    assertEquals("https://stargazing.example/episodes/14", first.link().orElseThrow());
    assertEquals("The moon pulls the sea.", feed.episodes().get(2).takeaways().get(0).text());
  }

  @Test
  void theShowIsKnownBeforeTheFirstEpisode() {
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(SERIES).named("series.jsonld"))) {
      assertEquals(SHOW, feed.podcast());
      assertEquals(Detection.How.EXTENSION, feed.detection().orElseThrow().how());
      int count = 0;
      while (feed.hasNext()) {
        feed.next();
        count++;
      }
      assertEquals(3, count);
    }
  }

  @Test
  void readAsAnEpisodeItGivesTheFirstAndSaysThereAreMore() {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(SERIES));
    assertEquals("jsonld", result.format().orElseThrow());
    assertEquals(List.of(JsonLdCodes.MORE_THAN_ONE_EPISODE), codes(result.diagnostics()));
    assertEquals("Night Skies Without Light Pollution", result.value().title().orElseThrow());
    assertEquals("Looking Up", result.value().podcastTitle().orElseThrow());
    Episode inTheFeed = PARSERS.readFeed(Input.ofText(SERIES)).readAll().value().episodes().get(0);
    assertEquals(inTheFeed, result.value(), "the same episode either way");
  }

  @Test
  void detectionWithNoKindNamedFindsAFeed() {
    Detection detection = PARSERS.detect(Input.ofText(SERIES)).orElseThrow();
    assertEquals("jsonld", detection.format().name());
    assertEquals(ContentKind.FEED, detection.kind());
    assertEquals(Detection.How.CONTENT, detection.how());
    assertEquals(ContentKind.EPISODE, PARSERS.detect(Input.ofText(SERIES), ContentKind.EPISODE).orElseThrow().kind());
    String oneEpisode =
        "{\"@context\": \"https://schema.org\", \"@type\": \"PodcastEpisode\", \"name\": \"E\","
            + " \"partOfSeries\": {\"@type\": \"PodcastSeries\", \"name\": \"S\"}}";
    assertEquals(ContentKind.EPISODE, PARSERS.detect(Input.ofText(oneEpisode)).orElseThrow().kind());
  }

  @Test
  void episodesWithoutASeriesAreAFeedOfAnUnnamedShowWithAWarning() {
    String episodes =
        "[{\"@context\": \"https://schema.org\", \"@type\": \"PodcastEpisode\", \"name\": \"One\"},"
            + " {\"@type\": \"PodcastEpisode\", \"name\": \"Two\"}]";
    ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(episodes), "jsonld").readAll();
    assertEquals(List.of(JsonLdCodes.NO_SERIES), codes(result.diagnostics()));
    assertEquals(Podcast.builder().build(), result.value().podcast());
    assertEquals(2, result.value().episodes().size());
  }

  @Test
  void theFeedHonoursMaxEpisodes() {
    Parsers limited =
        Parsers.builder().limits(dev.nuggets.parser.ParseLimits.builder().maxEpisodes(2).build()).build();
    ParseResult<Feed> result = limited.readFeed(Input.ofText(SERIES)).readAll();
    assertEquals(2, result.value().episodes().size());
    assertEquals(List.of(dev.nuggets.parser.DiagnosticCodes.LIMIT_EPISODES), codes(result.diagnostics()));
  }

  /** schema.org's own series example (read from ../shared, skipped without it): the show, and no episodes. */
  @Test
  void theSchemaOrgSeriesExampleReadsAsAFeedWithItsShow() throws IOException {
    Path fixture = SharedFixtures.require("fixtures/public/schemaorg-podcastseries-eg-0306.jsonld");
    JsonNode expected = JsonMapper.builder().build().readTree(Files.readString(fixture));
    ParseResult<Feed> result = PARSERS.readFeed(fixture).readAll();
    assertEquals("jsonld", result.format().orElseThrow());
    assertFalse(result.hasErrors(), () -> result.diagnostics().toString());
    Podcast show = result.value().podcast();
    assertEquals(expected.path("name").asString(), show.title().orElseThrow());
    assertEquals(expected.path("description").asString(), show.description().orElseThrow());
    assertEquals(expected.path("url").asString(), show.link().orElseThrow());
    assertEquals(expected.path("webFeed").asString(), show.feedUrl().orElseThrow());
    assertEquals(expected.path("image").asString(), show.imageUrl().orElseThrow());
    assertEquals(expected.path("author").path("name").asString(), show.author().orElseThrow());
    assertEquals(List.of(), result.value().episodes());
  }
}
