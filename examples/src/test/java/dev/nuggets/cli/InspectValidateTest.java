package dev.nuggets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** inspect prints content as a tree with its diagnostics; validate reports and sets the exit status. */
class InspectValidateTest {
  private static final Path SAMPLE = Path.of("samples/maya-lindqvist-coral-reefs.txt");
  private static final String WARNS = "Title\nKey takeaways\nOne.\nTable of contents\n• A Part\n";

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String stdin, String... args) {
    return NuggetsCli.run(
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void inspectPrintsTheEpisodeAsATree() {
    assertEquals(0, run("", "inspect", SAMPLE.toString()));
    assertTrue(out().startsWith("input: " + SAMPLE + " (text, episode; detected: .txt extension)\nepisode\n"
        + "  title: Maya Lindqvist (Marine Biologist)"), out());
    assertTrue(out().contains("\n  takeaways: "), out());
    assertTrue(out().contains("\n    - What Bleaching Really Is  ("), out());
    assertTrue(out().endsWith("diagnostics: none\n"), out());
  }

  @Test
  void inspectShowsDiagnosticsAndEscapesControlCharactersFromTheInput() {
    assertEquals(0, run("Ti\u001b]0;owned\u0007tle\nKey takeaways\nOne.\nTable of contents\n• A Part\n", "inspect"));
    assertTrue(out().contains("  title: Ti\\u001B]0;owned\\u0007tle\n"), out());
    assertFalse(out().contains("\u001b"), out());
    assertTrue(out().contains("diagnostics: 1\n  5:3: warning: text.toc-entry-without-section "), out());
  }

  @Test
  void inspectStreamsAFeedShowFirstThenEachEpisode(@TempDir Path dir) throws Exception {
    Feed feed = Feed.of(
        Podcast.builder().title("Deep Water Weekly").build(),
        List.of(Episode.builder().title("First").addTakeaways(Takeaway.of("Heat bleaches corals.")).build(),
            Episode.builder().title("Second").addSections(Section.of("Intro", "Words.")).build()));
    Path file = dir.resolve("feed.json");
    Files.writeString(file, Renderers.discover().renderToString(feed, "json").text());
    assertEquals(0, run("", "inspect", file.toString()));
    String text = out();
    assertTrue(text.contains("\npodcast\n  title: Deep Water Weekly\n  episode 1\n    title: First\n"), text);
    assertTrue(text.indexOf("episode 2\n    title: Second") > text.indexOf("episode 1"), text);
  }

  @Test
  void validateExitsNonZeroOnErrorsAndWithStrictOnWarnings(@TempDir Path dir) throws Exception {
    Path warns = dir.resolve("warns.txt");
    Files.writeString(warns, WARNS);
    assertEquals(0, run("", "validate", SAMPLE.toString(), warns.toString()));
    assertTrue(err().contains("warns.txt:5:3: warning: text.toc-entry-without-section"), err());
    assertTrue(err().endsWith("2 files: 1 warning, 0 errors\n"), err());
    assertEquals(1, run("", "validate", "--strict", SAMPLE.toString(), warns.toString()));
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0, 0, 1, 2, 0});
    assertEquals(1, run("", "validate", binary.toString()));
    assertEquals(0, run(WARNS, "validate"), "standard input when no input is named");
  }

  @Test
  void validateWritesDiagnosticsAsJson(@TempDir Path dir) throws Exception {
    Path warns = dir.resolve("warns.txt");
    Files.writeString(warns, WARNS);
    assertEquals(0, run("", "validate", "--diagnostics", "JSON", SAMPLE.toString(), warns.toString()));
    JsonNode report = new ObjectMapper().readTree(out());
    assertEquals(2, report.get("files").size());
    JsonNode second = report.get("files").get(1);
    assertEquals(warns.toString(), second.get("file").asString());
    assertEquals("text", second.get("format").asString());
    assertEquals("episode", second.get("kind").asString());
    JsonNode diagnostic = second.get("diagnostics").get(0);
    assertEquals("warning", diagnostic.get("severity").asString());
    assertEquals("text.toc-entry-without-section", diagnostic.get("code").asString());
    assertEquals(5, diagnostic.get("line").asInt());
    assertEquals(3, diagnostic.get("column").asInt());
    assertEquals(1, report.get("warnings").asInt());
    assertEquals(0, report.get("errors").asInt());
  }
}
