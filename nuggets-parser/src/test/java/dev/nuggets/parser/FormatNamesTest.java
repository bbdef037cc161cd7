package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formats are named without regard to case and by their aliases ({@code JSON}, {@code md}, {@code htm} were once
 * refused); a name that finds no format, or a format that does not read the kind asked for, is a programming error
 * whose message says what would work.
 */
class FormatNamesTest {
  private static final Parsers PARSERS = Parsers.discover();
  private static final String MARKDOWN = "# Reefs After the Heatwave\n\n## Key takeaways\n\n- Bleaching is stress.\n";

  /** A format of a user's own that reads only feeds. */
  static final class FeedOnly implements FormatParser {
    @Override
    public Format format() {
      return Format.builder("feedonly").aliases("fo").reads(ContentKind.FEED).build();
    }

    @Override
    public int confidence(ContentKind kind, InputPrefix prefix) {
      return 0;
    }

    @Override
    public FeedCursor readFeed(CharInput input, ParseContext context) {
      return FeedCursor.of(Podcast.of("Only feeds"), List.of());
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "JSON, json", "json, json", "Json, json", "md, markdown", "MD, markdown", "Markdown, markdown",
    "commonmark, markdown", "htm, html", "HTML, html", "xhtml, html", "txt, text", "Plain, text",
    "json-ld, jsonld", "JSONLD, jsonld", "schemaorg, jsonld", "podcast-chapters, chapters", "' text ', text"
  })
  void formatsAreFoundByNameOrAliasInAnyCase(String name, String format) {
    Optional<FormatParser> found = PARSERS.format(name);
    assertEquals(format, found.map(p -> p.format().name()).orElse("none"), name);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"MD", "md", "Markdown", "commonmark"})
  void aReadNamesItsFormatByAlias(String name) {
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(MARKDOWN), name);
    assertEquals("markdown", result.format().orElseThrow());
    assertEquals(Detection.How.NAMED, result.detection().orElseThrow().how());
    assertEquals("Reefs After the Heatwave", result.value().title().orElseThrow());
    assertEquals(PARSERS.readEpisode(Input.ofText(MARKDOWN), "markdown").value(), result.value());
    assertEquals("markdown", PARSERS.detect(Input.ofText(MARKDOWN), name).format().name());
  }

  @Test
  void anUnknownNameIsRefusedWithTheNamesThatWork() {
    assertTrue(PARSERS.format("yaml").isEmpty());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PARSERS.readEpisode(Input.ofText(MARKDOWN), "yaml"));
    assertEquals(
        "No format named 'yaml'; registered: chapters, html, json, jsonld, markdown, rss, srt, text, vtt", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> PARSERS.readFeed(Input.ofText(MARKDOWN), "mkd"));
    assertThrows(IllegalArgumentException.class, () -> PARSERS.readTranscript(Input.ofText(MARKDOWN), ""));
    assertThrows(IllegalArgumentException.class, () -> PARSERS.detect(Input.ofText(MARKDOWN), "yaml"));
  }

  @Test
  void aFormatThatDoesNotReadTheKindIsRefusedWithTheFormatsThatDo() {
    IllegalArgumentException feed =
        assertThrows(IllegalArgumentException.class, () -> PARSERS.readFeed(Input.ofText(MARKDOWN), "md"));
    assertEquals(
        "The markdown format does not read feeds; it reads: episode. Formats that read feeds: json, jsonld, rss",
        feed.getMessage());
    IllegalArgumentException transcript =
        assertThrows(IllegalArgumentException.class, () -> PARSERS.readTranscript(Input.ofText("{}"), "JSON"));
    assertEquals(
        "The json format does not read transcripts; it reads: episode, feed. Formats that read transcripts: srt, vtt",
        transcript.getMessage());
    Parsers withFeedOnly = Parsers.builder().register(new FeedOnly()).build();
    IllegalArgumentException episode =
        assertThrows(
            IllegalArgumentException.class, () -> withFeedOnly.readEpisode(Input.ofText(MARKDOWN), "FO"));
    assertTrue(episode.getMessage().startsWith("The feedonly format does not read episodes; it reads: feed."),
        episode::getMessage);
    assertTrue(episode.getMessage().contains("Formats that read episodes: chapters, html"), episode::getMessage);
    assertEquals("Only feeds", withFeedOnly.readFeed(Input.ofText("x"), "fo").readAll().value().podcast().title()
        .orElseThrow());
  }

  @Test
  void formatsAreListedByKind() {
    assertEquals(
        List.of("chapters", "html", "json", "jsonld", "markdown", "text"),
        PARSERS.formats(ContentKind.EPISODE).stream().map(p -> p.format().name()).toList());
    assertEquals(
        List.of("json", "jsonld", "rss"), PARSERS.formats(ContentKind.FEED).stream().map(p -> p.format().name()).toList());
    assertEquals(
        List.of("srt", "vtt"),
        PARSERS.formats(ContentKind.TRANSCRIPT).stream().map(p -> p.format().name()).toList());
  }
}
