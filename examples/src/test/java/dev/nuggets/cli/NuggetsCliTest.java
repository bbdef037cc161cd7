package dev.nuggets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuggetsCliTest {
  private static final Path SAMPLE = Path.of("samples/maya-lindqvist-coral-reefs.txt");

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
  void convertsTheBundledSampleToJsonWithTheFormatDetected() {
    assertEquals(0, run("", "convert", "--to", "json", SAMPLE.toString()));
    assertTrue(out().startsWith("{\n  \"title\": \"Maya Lindqvist (Marine Biologist)"), out());
    assertTrue(out().contains("\"heading\": \"Can Reefs Recover by 2035?\""), out());
    assertEquals("", err());
  }

  @Test
  void writesToAFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("episode.json");
    assertEquals(0, run("", "convert", "--from", "text", "--to", "json", "-o", target.toString(), SAMPLE.toString()));
    assertTrue(Files.readString(target).contains("\"role\": \"guest\""));
    assertEquals("", out());
  }

  @Test
  void readsStandardInputAndReportsWarningsWithPositions() {
    assertEquals(0, run("Title\nKey takeaways\nOne.\nTable of contents\n• A Part\n", "convert", "--to", "json", "-"));
    assertTrue(
        err().contains("<stdin>:5:3: warning: text.toc-entry-without-section the table of contents lists \"A Part\""),
        err());
  }

  @Test
  void verboseAlsoReportsInformation() {
    assertEquals(0, run("", "convert", "-v", "--to", "json", SAMPLE.toString()));
    assertTrue(err().contains(": info: text.toc-glued-entry "), err());
  }

  @Test
  void inputErrorsExitWithOne() {
    assertEquals(1, run("", "convert", "--to", "json", "no-such-file.txt"));
    assertEquals("no-such-file.txt: error: input.unreadable the input could not be read: no such file\n", err());
    assertEquals("", out());
  }

  @Test
  void strictTurnsWarningsIntoAnInputError() {
    assertEquals(1, run("just prose.\n", "convert", "--strict", "--to", "json", "-"));
    assertTrue(err().contains("<stdin>:1:1: warning: text.no-structure"), err());
    assertEquals("", out());
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertEquals(2, run("", "convert", "--to", "yaml", SAMPLE.toString()));
    assertTrue(err().contains("unknown output format 'yaml'"), err());
    assertEquals(2, run("", "convert", "--from", "nope", "--to", "json", SAMPLE.toString()));
    assertEquals(2, run("", "convert", SAMPLE.toString()));
    assertEquals(2, run("", "frobnicate"));
    assertEquals(2, run(""));
  }

  @Test
  void convertsToTheDocumentFormats() {
    assertEquals(0, run("", "convert", "--to", "markdown", SAMPLE.toString()));
    assertTrue(out().startsWith("---\npeople:\n  - name: \"Maya Lindqvist\"\n"), out());
    assertTrue(out().contains("\n## Table of contents\n\n- [What Bleaching Really Is](#what-bleaching-really-is)\n"), out());
    out.reset();
    assertEquals(0, run("", "convert", "--to", "html", SAMPLE.toString()));
    assertTrue(out().startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), out());
    assertTrue(
        out().contains(
            "<h1 id=\"maya-lindqvist-marine-biologist---coral-reefs-heatwaves--the-next-decade-of-restoration\">"
                + "Maya Lindqvist (Marine Biologist) - Coral Reefs, Heatwaves, &amp; the Next Decade of Restoration</h1>"),
        out());
    out.reset();
    assertEquals(0, run("", "convert", "--to", "text", SAMPLE.toString()));
    assertTrue(out().startsWith("Maya Lindqvist (Marine Biologist) - Coral Reefs"), out());
    assertTrue(out().contains("\nTable of contents\n• What Bleaching Really Is • "), out());
    assertEquals("", err());
  }

  @Test
  void listsFormats() {
    assertEquals(0, run("", "formats"));
    assertTrue(out().contains("Parsers (--from):\n"), out());
    assertTrue(out().contains("\n  text       .text .txt\n"), out());
    assertTrue(out().contains("\n  json       .json\n"), out());
    assertTrue(out().contains("\n  chapters   .json\n"), out());
    assertTrue(out().contains("\n  jsonld     .json .jsonld\n"), out());
    assertTrue(out().contains("\n  markdown   .markdown .md .mdown .mkd\n"), out());
  }

  @Test
  void listsTheBuiltInRenderersAndTheExamplesOwnFormat() {
    assertEquals(0, run("", "formats"));
    String renderers = out().substring(out().indexOf("Renderers (--to):\n"));
    for (String line :
        List.of(
            "  chapters   .json     application/json+chapters",
            "  json       .json     application/json",
            "  jsonld     .jsonld   application/ld+json",
            "  html       .html     text/html",
            "  markdown   .md       text/markdown",
            "  text       .txt      text/plain",
            "  shownotes  .txt      text/plain; charset=utf-8")) {
      assertTrue(renderers.contains("\n" + line + "\n"), out());
    }
  }

  @Test
  void convertsToJsonLd() {
    assertEquals(0, run("", "convert", "--to", "jsonld", SAMPLE.toString()));
    assertTrue(out().startsWith("{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"PodcastEpisode\",\n"), out());
    assertTrue(out().contains("\"name\": \"Can Reefs Recover by 2035?\""), out());
    assertEquals("", err());
  }

  @Test
  void convertsToShowNotesWithTheExamplesOwnFormat(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("notes.txt");
    assertEquals(0, run("", "convert", "--to", "shownotes", "-o", target.toString(), SAMPLE.toString()));
    String notes = Files.readString(target);
    assertTrue(notes.startsWith("Maya Lindqvist (Marine Biologist) - Coral Reefs"), notes);
    assertTrue(notes.contains("\nWith Maya Lindqvist (Guest, Marine Biologist).\n"), notes);
    assertTrue(notes.endsWith("\n- Can Reefs Recover by 2035?\n"), notes);
  }

  @Test
  void chaptersOfAPageWithoutTimesIsAnInputErrorWithNothingWritten(@TempDir Path dir) {
    Path target = dir.resolve("chapters.json");
    assertEquals(1, run("", "convert", "--to", "chapters", "-o", target.toString(), SAMPLE.toString()));
    assertTrue(
        err().contains(
            SAMPLE + ": error: chapters.no-start-times none of the episode's 4 sections has a start time"),
        err());
    assertEquals("", out());
    assertFalse(Files.exists(target));
  }
}
