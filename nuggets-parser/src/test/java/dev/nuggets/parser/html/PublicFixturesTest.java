package dev.nuggets.parser.html;

import static dev.nuggets.parser.FormatAssertions.codes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.core.testing.SharedFixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Third-party pages and data from {@code ../shared/fixtures/public} (skipped when absent). Expectations are read from
 * the fixtures themselves, never copied from them.
 */
class PublicFixturesTest {

  @Test
  void schemaOrgPodcastEpisodeFillsTheMetadata() throws IOException {
    String jsonLd = read("fixtures/public/schemaorg-podcastepisode-eg-0307.jsonld");
    JsonNode expected = JsonMapper.builder().build().readTree(jsonLd);
    String page = "<!DOCTYPE html>\n<script type=\"application/ld+json\">\n" + jsonLd + "\n</script>\n<h2>Notes</h2>";
    ParseResult<Episode> result = HtmlParserTest.parse(page);
    Episode episode = result.value();
    assertEquals(expected.path("name").asString(), episode.title().orElseThrow());
    assertEquals(
        PublicationDate.parse(expected.path("datePublished").asString()), episode.publishedOn().orElseThrow());
    assertEquals(Duration.parse(expected.path("timeRequired").asString()), episode.duration().orElseThrow());
    assertEquals(expected.path("url").asString(), episode.link().orElseThrow());
    assertEquals(expected.path("partOfSeries").path("name").asString(), episode.podcastTitle().orElseThrow());
    assertTrue(codes(result).contains(HtmlCodes.JSONLD_NOT_KEPT), "the description is named");
    assertTrue(
        result.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
        () -> "only what has no place is named: " + result.diagnostics());
  }

  @Test
  void aTranscriptPageIsReadWithoutFailureAndEveryParagraphNamed() throws IOException {
    String html = read("fixtures/public/podcastindex-transcript-example.html");
    ParseResult<Episode> result = HtmlParserTest.parse(html);
    assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), () -> result.diagnostics().toString());
    assertTrue(HtmlParserTest.confidence(html) > 80, "recognised as HTML by content");
    int paragraphs = html.split("<p>", -1).length - 1;
    long named = codes(result).stream().filter(HtmlCodes.PARAGRAPH_WITHOUT_SECTION::equals).count();
    assertTrue(
        named >= paragraphs,
        "a transcript has no headings: each of its " + paragraphs + " paragraphs is named, got " + named);
    for (Diagnostic d : result.diagnostics()) {
      assertTrue(d.position().isPresent(), d::toString);
    }
  }

  private static String read(String relative) throws IOException {
    return Files.readString(SharedFixtures.require(relative), StandardCharsets.UTF_8);
  }
}
