package dev.nuggets.parser.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.EpisodeShapes;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code json} format reads a whole feed, {@code {"podcast": {...}, "episodes": [...]}}, one episode at a time:
 * every episode shape ({@link EpisodeShapes}) reads back as written, keys may come in any order, limits and
 * malformed JSON end the feed with an error after what was read, and memory does not grow with the number of
 * episodes.
 */
class JsonFeedTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final Podcast SHOW =
      Podcast.builder()
          .title("Deep Water Weekly")
          .description("A show about the ocean and the people who study it.")
          .link("https://deepwater.example")
          .feedUrl("https://deepwater.example/feed.json")
          .imageUrl("https://deepwater.example/cover.png")
          .language("en")
          .author("Deep Water Media")
          .addHosts(Person.of("Sam Okafor", Role.HOST), Person.of("Ana Costa", Role.CO_HOST))
          .build();

  private static List<String> codes(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  /** Episodes that differ, so that a test sees which were read: numbered titles on the full shape. */
  private static List<Episode> numbered(int count) {
    List<Episode> episodes = new ArrayList<>();
    Episode full = EpisodeShapes.shape(EpisodeShapes.count() - 1);
    for (int i = 1; i <= count; i++) {
      episodes.add(full.toBuilder().title("Episode " + i).build());
    }
    return episodes;
  }

  @Test
  void aFeedOfEveryEpisodeShapeReadsBackAsWritten() {
    List<Episode> episodes = EpisodeShapes.all();
    String document = FeedDocuments.feed(SHOW, episodes);
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(document))) {
      assertEquals(SHOW, feed.podcast(), "the podcast comes first, so it is known before the first episode");
      Detection detection = feed.detection().orElseThrow();
      assertEquals("json", detection.format().name());
      assertEquals(ContentKind.FEED, detection.kind());
      assertEquals(Detection.How.CONTENT, detection.how());
      for (int shape = 0; shape < episodes.size(); shape++) {
        assertTrue(feed.hasNext(), EpisodeShapes.describe(shape));
        assertEquals(episodes.get(shape), feed.next(), EpisodeShapes.describe(shape));
      }
      assertFalse(feed.hasNext());
      assertEquals(List.of(), feed.diagnostics());
    }
    ParseResult<Feed> whole = PARSERS.readFeed(Input.ofText(document).named("feed.json")).readAll();
    assertEquals(Feed.of(SHOW, episodes), whole.value());
    assertEquals(Detection.How.EXTENSION, whole.detection().orElseThrow().how());
  }

  @Test
  void theEmptyPodcastAndAFeedWithoutEpisodes() {
    Podcast empty = Podcast.builder().build();
    ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(FeedDocuments.feed(empty, List.of()))).readAll();
    assertEquals(Feed.of(empty, List.of()), result.value());
    assertEquals(List.of(), result.diagnostics());
  }

  @Test
  void keysInAnotherOrderArePodcastAfterEpisodes() {
    List<Episode> episodes = numbered(3);
    String document = FeedDocuments.feedPodcastLast(SHOW, episodes);
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(document))) {
      assertEquals(Podcast.builder().build(), feed.podcast(), "nothing is known of the podcast before the episodes");
      List<Episode> read = new ArrayList<>();
      feed.forEachRemaining(read::add);
      assertEquals(episodes, read);
      assertEquals(SHOW, feed.podcast(), "once read to the end, the podcast written after the episodes is known");
      assertEquals(List.of(), feed.diagnostics());
    }
    assertEquals(Feed.of(SHOW, episodes), PARSERS.readFeed(Input.ofText(document)).readAll().value());
  }

  @Test
  void maxEpisodesIsHonoured() {
    Parsers limited = Parsers.builder().limits(ParseLimits.builder().maxEpisodes(3).build()).build();
    ParseResult<Feed> result = limited.readFeed(Input.ofText(FeedDocuments.feed(SHOW, numbered(5)))).readAll();
    assertEquals(numbered(3), result.value().episodes(), "exactly maxEpisodes episodes, the first ones");
    assertEquals(SHOW, result.value().podcast());
    assertEquals(List.of(DiagnosticCodes.LIMIT_EPISODES), codes(result.diagnostics()));
    Diagnostic limit = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, limit.severity());
    assertTrue(limit.message().contains("more than 3 episodes") && limit.message().contains("maxEpisodes"),
        limit::message);
    ParseResult<Feed> exactly = limited.readFeed(Input.ofText(FeedDocuments.feed(SHOW, numbered(3)))).readAll();
    assertEquals(List.of(), exactly.diagnostics(), "exactly the limit is allowed");
    assertEquals(3, exactly.value().episodes().size());
  }

  @Test
  void malformedJsonAfterThreeEpisodesKeepsThemAndSaysWhere() {
    String broken = "{\"title\": \"Four\" \"oops\": 1}";
    String document =
        "{\"podcast\": " + FeedDocuments.podcast(SHOW) + ",\n\"episodes\": [\n"
            + FeedDocuments.episodes(numbered(3)) + ",\n" + broken + ",\n" + FeedDocuments.episode(numbered(5).get(4))
            + "\n]}\n";
    ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(document)).readAll();
    assertEquals(numbered(3), result.value().episodes());
    assertEquals(SHOW, result.value().podcast());
    assertEquals(List.of(JsonCodes.SYNTAX), codes(result.diagnostics()));
    Diagnostic syntax = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, syntax.severity());
    assertTrue(syntax.message().startsWith("not valid JSON: "), syntax::message);
    assertEquals(SourcePosition.of(6, broken.indexOf("\"oops") + 1), syntax.position().orElseThrow());
  }

  /** Positions in a streamed feed are those of the text: columns count code points, lines end at LF, CR or CRLF. */
  @Test
  void positionsInAStreamedFeedCountCodePointsAndEveryLineEnd() {
    String show = "{\"podcast\": {\"title\": \"😀 Deep 𝔚ater 🌊\"},";
    String episodes = "\"episodes\": [{\"title\": \"🎧🎧🎧\", \"subtitle\": \"x\"},";
    String broken = "{\"title\": \"👩‍👩‍👧 family\" oops}]}";
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      String document = show + lineEnd + lineEnd + episodes + lineEnd + broken;
      ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(document)).readAll();
      assertEquals(List.of(JsonCodes.UNKNOWN_KEY, JsonCodes.SYNTAX), codes(result.diagnostics()), lineEnd);
      assertEquals(
          SourcePosition.of(3, episodes.codePointCount(0, episodes.indexOf("\"subtitle")) + 1),
          result.diagnostics().get(0).position().orElseThrow());
      assertEquals(
          SourcePosition.of(4, broken.codePointCount(0, broken.indexOf("oops")) + 1),
          result.diagnostics().get(1).position().orElseThrow());
      assertEquals(1, result.value().episodes().size());
      byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
      assertEquals(
          result.diagnostics(), PARSERS.readFeed(Input.of(bytes)).readAll().diagnostics(), "bytes read the same");
    }
  }

  /** SourceText has no line after a final line end: the end of such an input is the end of its last line. */
  @Test
  void theEndOfAStreamedFeedAfterAFinalLineEndIsTheEndOfItsLastLine() {
    for (String lineEnd : List.of("\n", "\r\n", "\r")) {
      String last = "\"episodes\": [{\"title\": \"😀\"}";
      String document = "{\"podcast\": {}," + lineEnd + last + lineEnd;
      ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(document)).readAll();
      assertEquals(List.of(JsonCodes.SYNTAX), codes(result.diagnostics()));
      assertEquals(
          SourcePosition.of(2, last.codePointCount(0, last.length()) + 1),
          result.diagnostics().get(0).position().orElseThrow(),
          () -> "line end " + lineEnd.replace("\r", "CR").replace("\n", "LF"));
    }
  }

  @Test
  void truncatedJsonKeepsTheEpisodesBefore() {
    String document = FeedDocuments.feed(SHOW, numbered(4));
    String truncated = document.substring(0, document.indexOf("\"Episode 4\""));
    ParseResult<Feed> result = PARSERS.readFeed(Input.ofText(truncated)).readAll();
    assertEquals(numbered(3), result.value().episodes());
    assertEquals(List.of(JsonCodes.SYNTAX), codes(result.diagnostics()));
  }

  @Test
  void maxInputSizeOnAStreamedFeedKeepsWhatCameBefore(@TempDir Path dir) throws IOException {
    List<Episode> episodes = numbered(600);
    String document = FeedDocuments.feed(SHOW, episodes);
    int limit = 100_000;
    assertTrue(document.length() > 2 * limit, "the feed is larger than the limit");
    Parsers small = Parsers.builder().limits(ParseLimits.builder().maxInputSize(limit).build()).build();
    byte[] bytes = document.getBytes(StandardCharsets.UTF_8);
    List<ParseResult<Feed>> results =
        List.of(
            small.readFeed(Input.of(new ByteArrayInputStream(bytes)).named("feed.json")).readAll(),
            small.readFeed(Input.of(new StringReader(document)).named("feed.json")).readAll(),
            small.readFeed(Input.ofText(document)).readAll(),
            small.readFeed(Files.write(dir.resolve("feed.json"), bytes)).readAll());
    for (ParseResult<Feed> result : results) {
      assertEquals(List.of(DiagnosticCodes.LIMIT_INPUT_SIZE), codes(result.diagnostics()));
      assertTrue(result.diagnostics().get(0).message().contains("maxInputSize = " + limit),
          () -> result.diagnostics().toString());
      List<Episode> read = result.value().episodes();
      assertTrue(read.size() > 10 && read.size() < episodes.size(), () -> read.size() + " episodes read");
      assertEquals(episodes.subList(0, read.size()), read, "the episodes before the limit are kept as written");
      assertEquals(SHOW, result.value().podcast());
    }
  }

  @Test
  void strictModeThrowsAtTheFirstProblem() {
    Parsers strict = Parsers.builder().strict(true).build();
    List<Episode> episodes = numbered(3);
    String clean = FeedDocuments.feed(SHOW, episodes);
    assertEquals(Feed.of(SHOW, episodes), strict.readFeed(Input.ofText(clean)).readAll().value());
    String withUnknownKey = clean.replace("{\"title\": \"Episode 2\"", "{\"subtitle\": \"S\", \"title\": \"Episode 2\"");
    try (FeedStream feed = strict.readFeed(Input.ofText(withUnknownKey))) {
      assertEquals(episodes.get(0), feed.next(), "the episodes before the problem are read");
      NuggetsParseException e = assertThrows(NuggetsParseException.class, feed::hasNext);
      assertEquals(List.of(JsonCodes.UNKNOWN_KEY), codes(e.diagnostics()));
      assertTrue(e.getMessage().contains("<string>:4:2: warning: json.unknown-key"), e::getMessage);
      assertFalse(feed.hasNext(), "a strict stream that threw is closed");
    }
    assertThrows(NuggetsParseException.class, () -> strict.readFeed(Input.ofText(withUnknownKey)).readAll());
  }

  @Test
  void aFeedIsNotAnEpisodeAndAnEpisodeIsNotAFeed() {
    String feed = FeedDocuments.feed(SHOW, numbered(2));
    assertEquals(
        List.of(DiagnosticCodes.INPUT_OTHER_KIND), codes(PARSERS.readEpisode(Input.ofText(feed)).diagnostics()));
    String episode = FeedDocuments.episode(numbered(1).get(0));
    assertEquals(
        List.of(DiagnosticCodes.INPUT_OTHER_KIND), codes(PARSERS.readFeed(Input.ofText(episode)).readAll().diagnostics()));
  }

  /**
   * A feed of 200,000 episodes, generated as it is read ({@link GeneratedFeedReader}: about 70 MB of JSON that is
   * never held in memory), read in a JVM whose heap is 48 MiB: the feed, or its episodes, held whole would not fit.
   */
  @Test
  void readingAFeedTakesMemoryThatDoesNotGrowWithItsEpisodes() throws IOException, InterruptedException {
    int episodes = 200_000;
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            java.toString(), "-Xmx48m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
            FeedMemoryMain.class.getName(), Integer.toString(episodes));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the reading finished");
    assertEquals(0, process.exitValue(), output);
    assertTrue(output.contains("episodes: " + episodes + "\n"), output);
    assertTrue(output.contains("format: json\n") && output.contains("podcast: " + GeneratedFeedReader.SHOW), output);
  }
}
