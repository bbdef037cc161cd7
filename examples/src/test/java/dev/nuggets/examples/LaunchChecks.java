package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.examples.ChildJvm.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * What every way of launching the CLI must show: every format listed, and each one converting the sample. Formats
 * other branches add are checked too, with the generic check: the list comes from {@code nuggets formats}.
 */
final class LaunchChecks {
  private LaunchChecks() {}

  /**
   * Renderer rows of {@code nuggets formats}, built-in formats and the example's own: name, kinds and extensions,
   * the columns separated by two or more spaces.
   */
  static final List<List<String>> RENDERERS =
      List.of(
          List.of("chapters", "episode", ".json"),
          List.of("json", "episode,feed", ".json"),
          List.of("jsonld", "episode", ".jsonld .json"),
          List.of("shownotes", "episode", ".txt"));

  /** Checks the output of {@code nuggets formats} and returns the names of the renderers it lists. */
  static List<String> listsEveryFormat(Run run) {
    assertEquals(0, run.exit(), run.describe());
    int parsers = run.out().indexOf("Parsers (--from):\n");
    int renderers = run.out().indexOf("Renderers (--to):\n");
    assertTrue(parsers >= 0 && renderers > parsers, run.describe());
    assertTrue(run.out().substring(parsers, renderers).contains("\n  text "), run.describe());
    List<List<String>> rows = new ArrayList<>();
    run.out().substring(renderers).lines().skip(1).filter(line -> line.startsWith("  "))
        .forEach(line -> rows.add(List.of(line.strip().split(" {2,}"))));
    for (List<String> expected : RENDERERS) {
      assertTrue(
          rows.stream().anyMatch(row -> row.size() > 3 && row.subList(0, 3).equals(expected)),
          expected + "\n" + run.describe());
    }
    List<String> names = new ArrayList<>();
    rows.forEach(row -> names.add(row.get(0)));
    return names;
  }

  /** {@code convert --to FORMAT} on the sample page: the output each format should start with or hold. */
  static void converts(String format, Run run) {
    String sampleTitle = "Maya Lindqvist (Marine Biologist) - Coral Reefs, Heatwaves, ";
    switch (format) {
      case "json" -> {
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().startsWith("{\n  \"title\": \"" + sampleTitle), run.describe());
      }
      case "jsonld" -> {
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().contains("\"@type\": \"PodcastEpisode\""), run.describe());
        assertTrue(run.out().contains("\"@type\": \"Clip\""), run.describe());
      }
      case "shownotes" -> {
        assertEquals(0, run.exit(), run.describe());
        assertTrue(run.out().startsWith(sampleTitle), run.describe());
        assertTrue(run.out().contains("\nIn this episode\n- What Bleaching Really Is\n"), run.describe());
      }
      case "chapters" -> { // the text page has no times: a clear error and no output
        assertEquals(1, run.exit(), run.describe());
        assertEquals("", run.out(), run.describe());
        assertTrue(run.err().contains(": error: chapters.no-start-times "), run.describe());
      }
      case "rss" -> { // rss writes feeds, and the sample is one episode: a clear error and no output
        assertEquals(1, run.exit(), run.describe());
        assertEquals("", run.out(), run.describe());
        assertTrue(run.err().contains(": error: cli.wrong-kind the rss format does not write episodes"),
            run.describe());
      }
      default -> { // a format added later: it converts the sample without an error
        assertEquals(0, run.exit(), run.describe());
        assertFalse(run.out().isBlank(), run.describe());
        assertFalse(run.err().contains(": error: "), run.describe());
      }
    }
  }
}
