package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detection that can say no: an input that no format claims is the error {@code input.unknown-format}, with a
 * message that says what the input looks like, instead of being read as an episode by whichever format is least
 * sure (once {@code text} read anything: an RSS feed became an episode titled {@code <?xml version="1.0"?>}, a
 * WebVTT file one titled {@code WEBVTT}, a JSON object with unrelated keys an empty episode). Detection looks at
 * the start of the input only ({@link InputPrefix#MAX_CHARS} characters).
 */
class DetectionTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n"
          + "<channel><title>Deep Water Weekly</title>\n"
          + "<item><title>Reefs After the Heatwave</title></item></channel></rss>\n";
  static final String ATOM =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
          + "<title>Deep Water Weekly</title><entry><title>Reefs</title></entry></feed>\n";
  static final String TTML =
      "<tt xmlns=\"http://www.w3.org/ns/ttml\" xml:lang=\"en\"><body><div>"
          + "<p begin=\"00:00:00.000\" end=\"00:00:02.000\">Welcome back.</p></div></body></tt>\n";
  static final String OPML =
      "<?xml version=\"1.0\"?>\n<!-- subscriptions -->\n<opml version=\"2.0\"><body>"
          + "<outline text=\"Deep Water Weekly\" xmlUrl=\"https://deepwater.example/feed.xml\"/></body></opml>\n";
  static final String WEBVTT =
      "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Sam Okafor>Welcome back.\n\n"
          + "00:00:04.000 --> 00:00:07.500\n<v Maya Lindqvist>Thanks for having me.\n";
  static final String SRT =
      "1\n00:00:00,000 --> 00:00:04,000\nWelcome back.\n\n2\n00:00:04,000 --> 00:00:07,500\nThanks for having me.\n";
  static final String UNRELATED_JSON = "{\"name\": \"inventory\", \"items\": [{\"sku\": 1}], \"total\": 3}";
  static final String NUMBERS = "[1, 2, 3, 4.5]";

  static final String TEXT_PAGE = "Reefs After the Heatwave\nKey takeaways\nBleaching is a stress response.\n";
  static final String MARKDOWN = "# Reefs After the Heatwave\n\n## Key takeaways\n\n- Bleaching is a stress response.\n";
  static final String HTML = "<!DOCTYPE html>\n<html><body><h1>Reefs After the Heatwave</h1></body></html>\n";
  static final String CANONICAL = "{\"title\": \"Reefs After the Heatwave\", \"takeaways\": [], \"sections\": []}";
  static final String CHAPTERS = "{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"Intro\"}]}";
  static final String JSON_LD =
      "{\"@context\": \"https://schema.org\", \"@type\": \"PodcastEpisode\", \"name\": \"Reefs After the Heatwave\"}";
  static final String JSON_FEED =
      "{\"podcast\": {\"title\": \"Deep Water Weekly\"}, \"episodes\": [{\"title\": \"Reefs\"}, {\"title\": \"Kelp\"}]}";

  static String sample(String name) {
    return switch (name) {
      case "rss" -> RSS;
      case "rss-undeclared" -> RSS.substring(RSS.indexOf("<rss"));
      case "opml-undeclared" -> OPML.substring(OPML.indexOf("<opml"));
      case "atom" -> ATOM;
      case "ttml" -> TTML;
      case "opml" -> OPML;
      case "webvtt" -> WEBVTT;
      case "srt" -> SRT;
      case "unrelated-json" -> UNRELATED_JSON;
      case "numbers" -> NUMBERS;
      case "text" -> TEXT_PAGE;
      case "markdown" -> MARKDOWN;
      case "html" -> HTML;
      case "canonical" -> CANONICAL;
      case "chapters" -> CHAPTERS;
      case "jsonld" -> JSON_LD;
      case "json-feed" -> JSON_FEED;
      default -> throw new IllegalArgumentException(name);
    };
  }

  private static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  /** What the message of the one error must say the input looks like. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "atom | an XML document whose root element is <feed> in the namespace \"http://www.w3.org/2005/Atom\"",
        "ttml | markup whose root element is <tt> in the namespace \"http://www.w3.org/ns/ttml\"",
        "opml | an XML document whose root element is <opml> (no namespace)",
        "opml-undeclared | markup whose root element is <opml> (no namespace)",
        "unrelated-json | a JSON object with the keys \"name\", \"items\", \"total\"",
        "numbers | a JSON array",
      })
  void anInputNoFormatClaimsIsAnErrorThatSaysWhatItLooksLike(String sample, String looksLike) {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(sample(sample)));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(result), () -> result.diagnostics().toString());
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals(Optional.of(SourcePosition.START), error.position());
    assertTrue(error.message().contains("(it is " + looksLike + ")"), error::message);
    assertTrue(error.message().contains("Formats that read episodes: "), error::message);
    assertEquals(Episode.builder().build(), result.value(), "nothing was read");
    assertTrue(result.format().isEmpty());
    assertTrue(PARSERS.detect(Input.ofText(sample(sample))).isEmpty(), "no format claims it as any kind");
  }

  /** A file extension does not make a format read what its content check refuses. */
  @ParameterizedTest(name = "{0} named {1}")
  @CsvSource({
    "atom, feed.txt", "ttml, talk.html", "unrelated-json, data.json", "unrelated-json, data.txt", "numbers, data.json",
    "numbers, data.jsonld"
  })
  void anExtensionDoesNotMakeAFormatReadWhatItRefuses(String sample, String name) {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(sample(sample)).named(name));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(result), () -> result.diagnostics().toString());
    assertEquals(Episode.builder().build(), result.value());
  }

  /** An RSS feed, whatever its name, is read by the rss format as a feed, and named as one when read as an episode. */
  @ParameterizedTest(name = "{0} named {1}")
  @CsvSource({"rss, feed.txt", "rss, feed.md", "rss, feed.html", "rss-undeclared, feed.md", "rss-undeclared, feed.txt"})
  void anRssFeedIsAFeedWhateverItsName(String sample, String name) {
    ParseResult<Episode> episode = PARSERS.readEpisode(Input.ofText(sample(sample)).named(name));
    assertEquals(List.of(DiagnosticCodes.INPUT_OTHER_KIND), codes(episode), () -> episode.diagnostics().toString());
    assertTrue(episode.diagnostics().get(0).message().contains("rss"), () -> episode.diagnostics().toString());
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(sample(sample)).named(name))) {
      ParseResult<dev.nuggets.core.Feed> result = feed.readAll();
      assertEquals(Optional.of("rss"), result.format());
      assertEquals(1, result.value().episodes().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"unrelated-json"})
  void nothingReadsThemAsAFeedOrATranscriptEither(String sample) {
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(sample(sample)))) {
      assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(feed.readAll()));
    }
    assertEquals(
        List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(PARSERS.readTranscript(Input.ofText(sample(sample)))));
  }

  @ParameterizedTest(name = "{0} by content")
  @CsvSource({
    "text, text", "markdown, markdown", "html, html", "canonical, json", "chapters, chapters", "jsonld, jsonld"
  })
  void theFormatsAreStillDetectedByContent(String sample, String format) {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(sample(sample)));
    assertEquals(format, result.format().orElse("none"), () -> result.diagnostics().toString());
    Detection detection = result.detection().orElseThrow();
    assertEquals(Detection.How.CONTENT, detection.how());
    assertEquals(ContentKind.EPISODE, detection.kind());
    assertTrue(detection.confidence() > 0 && detection.confidence() <= 100, detection::toString);
    assertEquals("detected by content", detection.reason(result.inputName()));
    assertTrue(result.value().title().isPresent() || format.equals("chapters"), () -> result.value().toString());
  }

  @ParameterizedTest(name = "{0} named {1}")
  @CsvSource({
    "text, page.txt, text", "text, page.TEXT, text", "markdown, page.md, markdown", "markdown, page.markdown, markdown",
    "html, page.html, html", "html, page.htm, html", "canonical, episode.json, json",
    "chapters, episode.json, chapters", "jsonld, episode.jsonld, jsonld", "jsonld, episode.json, jsonld"
  })
  void theFormatsAreStillDetectedByExtension(String sample, String name, String format) {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(sample(sample)).named(name));
    assertEquals(format, result.format().orElse("none"), () -> result.diagnostics().toString());
    assertEquals(Detection.How.EXTENSION, result.detection().orElseThrow().how());
    Optional<Detection> detected = PARSERS.detect(Input.ofText(sample(sample)).named(name), ContentKind.EPISODE);
    assertEquals(result.detection(), detected, "detect() finds what a read uses");
  }

  @Test
  void aDocumentThatOnlyStartsLikeATagIsReadByItsExtension() {
    // A Markdown page may start with a custom element, a text page with a title that quotes a tag; neither is a
    // whole document of another format, so the extension decides.
    ParseResult<Episode> widget =
        PARSERS.readEpisode(Input.ofText("<my-widget></my-widget>\n\n# Reefs\n\nText.\n").named("page.md"));
    assertEquals("markdown", widget.format().orElse("none"), () -> widget.diagnostics().toString());
    ParseResult<Episode> quoted =
        PARSERS.readEpisode(Input.ofText("<script> Tags in Titles\nKey takeaways\nOne.\n").named("page.txt"));
    assertEquals("text", quoted.format().orElse("none"), () -> quoted.diagnostics().toString());
    ParseResult<Episode> bracket =
        PARSERS.readEpisode(Input.ofText("[1) Part One of Two\nKey takeaways\nOne.\n").named("page.txt"));
    assertEquals("text", bracket.format().orElse("none"), "a title that starts with a bracket is no JSON");
    ParseResult<Episode> feed = PARSERS.readEpisode(Input.ofText(sample("opml-undeclared")).named("page.md"));
    assertEquals(Optional.empty(), feed.format(), "an outline document is not Markdown, whatever its name");
  }

  @Test
  void theReasonSaysHowTheFormatWasChosen() {
    Detection byExtension = PARSERS.detect(Input.ofText(MARKDOWN).named("notes/episode.md")).orElseThrow();
    assertEquals("detected: .md extension", byExtension.reason("notes/episode.md"));
    Detection byContent = PARSERS.detect(Input.ofText(MARKDOWN)).orElseThrow();
    assertEquals("detected by content", byContent.reason("<string>"));
    assertEquals("detected by content", byContent.reason("episode.md"), "by content, whatever the name");
    ParseResult<Episode> named = PARSERS.readEpisode(Input.ofText(MARKDOWN).named("episode.txt"), "markdown");
    assertEquals("named", named.detection().orElseThrow().reason(named.inputName()));
    assertEquals(Detection.How.NAMED, named.detection().orElseThrow().how());
    assertEquals(100, named.detection().orElseThrow().confidence());
  }

  @Test
  void aFeedReadAsAnEpisodeIsAnotherKindOfContent() {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(JSON_FEED).named("feed.json"));
    assertEquals(List.of(DiagnosticCodes.INPUT_OTHER_KIND), codes(result));
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertTrue(error.message().contains("looks like a feed in the json format, not an episode"), error::message);
    assertTrue(error.message().contains("read it as a feed"), error::message);
    assertEquals(Episode.builder().build(), result.value());
    Detection detection = PARSERS.detect(Input.ofText(JSON_FEED)).orElseThrow();
    assertEquals(ContentKind.FEED, detection.kind());
    assertEquals("json", detection.format().name());
    assertTrue(PARSERS.detect(Input.ofText(JSON_FEED), ContentKind.EPISODE).isEmpty());
    try (FeedStream feed = PARSERS.readFeed(Input.ofText(JSON_FEED))) {
      assertEquals(2, feed.readAll().value().episodes().size());
    }
  }

  @Test
  void anEmptyInputIsNotAnUnknownFormat() {
    assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(PARSERS.readEpisode(Input.ofText(""))));
    assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(PARSERS.readEpisode(Input.ofText(" \n\t\u00A0\n"))));
  }

  /**
   * A Markdown heading that comes only after 100 KiB of prose on one line is past the start that detection looks
   * at, so it does not make the input Markdown; the same heading after 60 KiB of prose, inside the start, does.
   */
  @Test
  void detectionLooksAtTheStartOfTheInputOnly() {
    String heading = "\n\n## The Part That Matters\n\nA paragraph.\n";
    String beyond = prose(100 * 1024) + heading;
    String within = prose(60 * 1024) + heading;
    assertEquals("markdown", PARSERS.detect(Input.ofText(within)).orElseThrow().format().name());
    Detection detection = PARSERS.detect(Input.ofText(beyond)).orElseThrow();
    assertEquals("text", detection.format().name(), "the heading past the start is not looked at");
    ParseResult<Episode> read = PARSERS.readEpisode(Input.ofText(beyond));
    assertEquals("text", read.format().orElseThrow());
    assertTrue(
        read.value().toString().contains("The Part That Matters")
            || read.diagnostics().stream().anyMatch(d -> d.message().contains("The Part That Matters")),
        "the whole input is still read, past the start");
  }

  /** Detecting the format of an endless stream reads its start and stops. */
  @Test
  void detectionReadsABoundedPrefixOfAStream() {
    CountingReader endless = new CountingReader();
    Optional<Detection> detection = PARSERS.detect(Input.of(endless).named("endless"));
    assertEquals("text", detection.orElseThrow().format().name());
    assertTrue(
        endless.read >= InputPrefix.MAX_CHARS && endless.read <= InputPrefix.MAX_CHARS + 16 * 1024,
        () -> "read " + endless.read + " characters to detect the format");
  }

  private static String prose(int length) {
    StringBuilder out = new StringBuilder(length + 64);
    while (out.length() < length) {
      out.append("The guest explains why the soil holds carbon and how farmers measure it. ");
    }
    return out.toString();
  }

  /** Prose without end, counting what was read. */
  private static final class CountingReader extends Reader {
    private static final String WORDS = "and the guest goes on talking about soil ";
    long read;

    @Override
    public int read(char[] buffer, int offset, int length) {
      for (int i = 0; i < length; i++) {
        buffer[offset + i] = WORDS.charAt((int) ((read + i) % WORDS.length()));
      }
      read += length;
      return length;
    }

    @Override
    public void close() throws IOException {}
  }

  /** WebVTT and SubRip are transcripts: read as such by content or extension, and refused as episodes. */
  @ParameterizedTest(name = "{0} named {1}")
  @CsvSource({"webvtt, talk.txt, vtt", "webvtt, talk.vtt, vtt", "srt, talk.txt, srt", "srt, talk.srt, srt"})
  void cueFilesAreReadAsTranscripts(String sample, String name, String format) {
    ParseResult<Transcript> transcript = PARSERS.readTranscript(Input.ofText(sample(sample)).named(name));
    assertEquals(format, transcript.format().orElseThrow());
    assertFalse(transcript.value().cues().isEmpty());
    ParseResult<Episode> episode = PARSERS.readEpisode(Input.ofText(sample(sample)).named(name));
    assertEquals(List.of(DiagnosticCodes.INPUT_OTHER_KIND), codes(episode));
  }
}
