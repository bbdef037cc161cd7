package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detection of the JSON formats: by extension first, then by content, with or without a useful extension. An
 * extension counts only when its format does not refuse the content (confidence 0): canonical JSON named
 * {@code .txt} or {@code .jsonld} is read as {@code json}, and JSON that no format claims is refused
 * ({@code none}: the error {@code input.unknown-format}) rather than read by whichever format owns the extension.
 */
class JsonDetectionTest {
  private static final Parsers PARSERS = Parsers.discover();

  private static final String CANONICAL = "{\"title\": \"T\", \"people\": [], \"takeaways\": [], \"sections\": []}";
  private static final String CHAPTERS = "{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"A\"}]}";
  private static final String JSON_LD =
      "{\"@context\": \"https://schema.org\", \"@type\": \"PodcastEpisode\", \"name\": \"E\"}";
  private static final String JSON_LD_GRAPH =
      "[{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"PodcastEpisode\"}]}]";

  private static String content(String kind) {
    return switch (kind) {
      case "canonical" -> CANONICAL;
      case "chapters" -> CHAPTERS;
      case "jsonld" -> JSON_LD;
      case "graph" -> JSON_LD_GRAPH;
      case "other-json" -> "{\"anything\": [1, 2, 3]}";
      case "text" -> "A Title\nKey takeaways\nOne.\n";
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} named {1} is {2}")
  @CsvSource({
    "canonical, episode.json, json",
    "chapters, episode.json, chapters",
    "chapters, episode.chapters.json, chapters",
    "jsonld, episode.json, jsonld",
    "jsonld, episode.jsonld, jsonld",
    "canonical, episode.jsonld, json",
    "graph, page.json, jsonld",
    "other-json, data.json, none",
    "other-json, <stdin>, none",
    "canonical, <stdin>, json",
    "chapters, <stdin>, chapters",
    "jsonld, <stdin>, jsonld",
    "graph, download, jsonld",
    "chapters, episode.unknown, chapters",
    "text, <stdin>, text",
    "canonical, episode.txt, json",
    "text, page.json, text",
  })
  void detects(String kind, String inputName, String format) {
    ParseResult<Episode> result =
        PARSERS.readEpisode(
            Input.of(new ByteArrayInputStream(content(kind).getBytes(StandardCharsets.UTF_8))).named(inputName));
    assertEquals(format, result.format().orElse("none"), () -> result.diagnostics().toString());
    if (format.equals("none")) {
      assertEquals(
          List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT),
          result.diagnostics().stream().map(Diagnostic::code).toList());
      assertTrue(
          result.diagnostics().get(0).message().contains("a JSON object with the keys \"anything\""),
          () -> result.diagnostics().toString());
    }
  }

  @ParameterizedTest
  @CsvSource({"canonical, json", "chapters, chapters", "jsonld, jsonld", "graph, jsonld"})
  void detectsStringsByContent(String kind, String format) {
    assertEquals(format, PARSERS.readEpisode(Input.ofText(content(kind))).format().orElseThrow());
  }
}
