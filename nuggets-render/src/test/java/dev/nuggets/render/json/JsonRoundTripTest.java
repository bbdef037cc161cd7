package dev.nuggets.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Renderers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * parse(render(e)) equals e for episodes written to reach the model's corners (moments with fractions, long
 * durations, sections with one time or none), pretty and compact. Hostile episodes go through
 * {@code RoundTripMatrixTest}.
 */
class JsonRoundTripTest {
  private static final Renderers PRETTY = Renderers.discover();
  private static final Renderers COMPACT = Renderers.builder().register(JsonRenderer.compact()).build();
  private static final Parsers PARSERS = Parsers.builder().strict(true).build();

  static Stream<Episode> written() {
    return Stream.of(
        SampleEpisodes.coralReefs(),
        SampleEpisodes.empty(),
        Episode.builder()
            .title("Moments and fractions")
            .publishedOn(PublicationDate.of(OffsetDateTime.of(2026, 3, 14, 9, 30, 15, 500_000_000, ZoneOffset.ofHours(-5))))
            .duration(Duration.ofHours(26).plusNanos(1))
            .addPeople(Person.of("Kim", Role.of("Sound Designer")), Person.of("Lu", Role.of("Chief Listener")))
            .addTakeaways(Takeaway.builder().text("Late").start(Duration.ofMillis(123_456_789)).build())
            .addSections(
                Section.builder().heading("Only a start").start(Duration.ofSeconds(1)).build(),
                Section.builder().heading("Not listed, no times").listedInToc(false).build(),
                Section.builder().heading("Zero length").start(Duration.ofSeconds(5)).end(Duration.ofSeconds(5)).build())
            .build());
  }

  @ParameterizedTest
  @MethodSource("written")
  void writtenEpisodesSurviveARoundTrip(Episode episode) {
    assertRoundTrip(episode, episode.title().orElse("untitled"));
  }

  private static void assertRoundTrip(Episode episode, String what) {
    String pretty = PRETTY.renderToString(episode, "json").text();
    assertEquals(episode, PARSERS.readEpisode(Input.ofText(pretty), "json").value(), () -> what + "\n" + pretty);
    String compact = COMPACT.renderToString(episode, "json").text();
    assertEquals(episode, PARSERS.readEpisode(Input.ofText(compact), "json").value(), () -> what + "\n" + compact);
    ParseResult<Episode> detected =
        PARSERS.readEpisode(Input.of(new ByteArrayInputStream(pretty.getBytes(StandardCharsets.UTF_8))).named("episode.json"));
    assertEquals("json", detected.format().orElseThrow(), what);
    assertEquals(List.of(), detected.diagnostics(), what);
    assertEquals(episode, detected.value(), what);
  }

  static Stream<Feed> writtenFeeds() {
    return Stream.of(
        Feed.of(Podcast.builder().build(), List.of()),
        Feed.of(Podcast.of("Deep Water Weekly"), List.of(SampleEpisodes.empty())),
        Feed.of(
            Podcast.builder().title("Deep Water Weekly").language("en").addHosts(Person.of("Sam Okafor", Role.HOST))
                .build(),
            written().toList()));
  }

  /** A feed, pretty and compact, read back whole and one episode at a time from a stream of bytes. */
  @ParameterizedTest
  @MethodSource("writtenFeeds")
  void writtenFeedsSurviveARoundTrip(Feed feed) {
    for (Renderers renderers : List.of(PRETTY, COMPACT)) {
      String json = renderers.renderToString(feed, "json").text();
      try (FeedStream read = PARSERS.readFeed(Input.ofText(json), "json")) {
        assertEquals(feed, read.readAll().value(), json);
      }
      try (FeedStream read =
          PARSERS.readFeed(Input.of(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).named("feed.json"))) {
        assertEquals(Optional.of("json"), read.format());
        assertEquals(feed.podcast(), read.podcast());
        List<Episode> episodes = new ArrayList<>();
        read.forEachRemaining(episodes::add);
        assertEquals(feed.episodes(), episodes, json);
        assertEquals(List.of(), read.diagnostics());
      }
    }
  }
}
