package dev.nuggets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Renderers;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
    // A parser diagnostic always has a position: an unreadable input's is its start.
    assertEquals("no-such-file.txt:1:1: error: input.unreadable the input could not be read: no such file\n", err());
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

  /**
   * The rows of one table of {@code nuggets formats}: name, kinds, extensions, description, and the aliases when there
   * are any, separated by runs of two or more spaces (the columns are as wide as their widest entry).
   */
  static Map<String, List<String>> rows(String listing, String table) {
    int start = listing.indexOf(table + "\n");
    assertTrue(start >= 0, listing);
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (String line : listing.substring(start + table.length() + 1).split("\n")) {
      if (!line.startsWith("  ")) {
        break;
      }
      List<String> columns = List.of(line.strip().split(" {2,}"));
      rows.put(columns.get(0), columns);
    }
    return rows;
  }

  @Test
  void listsFormats() {
    assertEquals(0, run("", "formats"));
    Map<String, List<String>> parsers = rows(out(), "Parsers (--from):");
    assertEquals(
        List.of("chapters", "html", "json", "jsonld", "markdown", "rss", "srt", "text", "vtt"),
        List.copyOf(parsers.keySet()));
    assertEquals(
        List.of("text", "episode", ".txt .text", "Podcast Nuggets summary pages and show notes as plain text",
            "(also: txt, plain, plaintext)"),
        parsers.get("text"));
    assertEquals(List.of("json", "episode,feed", ".json"), parsers.get("json").subList(0, 3));
    assertEquals(List.of("chapters", "episode", ".json"), parsers.get("chapters").subList(0, 3));
    assertEquals(List.of("jsonld", "episode,feed", ".jsonld .json"), parsers.get("jsonld").subList(0, 3));
    assertEquals(List.of("markdown", "episode", ".md .markdown .mdown .mkd"), parsers.get("markdown").subList(0, 3));
    assertEquals("(also: md, commonmark)", parsers.get("markdown").get(4));
    Set<Integer> kindsColumn = new HashSet<>();
    for (String line : out().split("\n")) {
      if (line.startsWith("  ")) {
        int afterName = line.indexOf(' ', 2);
        while (afterName < line.length() && line.charAt(afterName) == ' ') {
          afterName++;
        }
        kindsColumn.add(afterName);
      }
    }
    assertEquals(1, kindsColumn.size(), () -> "the kinds line up in both tables:\n" + out());
  }

  @Test
  void listsTheBuiltInRenderersAndTheExamplesOwnFormat() {
    assertEquals(0, run("", "formats"));
    Map<String, List<String>> renderers = rows(out(), "Renderers (--to):");
    assertEquals(
        List.of("chapters", "html", "json", "jsonld", "markdown", "rss", "shownotes", "text"),
        List.copyOf(renderers.keySet()));
    assertEquals(List.of("json", "episode,feed", ".json"), renderers.get("json").subList(0, 3));
    assertEquals(List.of("jsonld", "episode", ".jsonld .json"), renderers.get("jsonld").subList(0, 3));
    assertEquals(List.of("html", "episode", ".html .htm .xhtml"), renderers.get("html").subList(0, 3));
    assertEquals(
        List.of("shownotes", "episode", ".txt",
            "Plain-text show notes for a podcast host's description field (an example format)",
            "(also: show-notes, notes)"),
        renderers.get("shownotes"));
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
    // What the renderer reports is reported against what it was writing; what the parser reports, against the input.
    assertTrue(
        err().contains(
            target + ": error: chapters.no-start-times none of the episode's 4 sections has a start time"),
        err());
    assertEquals("", out());
    assertFalse(Files.exists(target));
  }

  // Detection that can say no, and says why it said yes

  @Test
  void anRssFeedConvertsWholeToJson(@TempDir Path dir) throws Exception {
    Path feed = dir.resolve("feed.xml");
    Files.writeString(
        feed,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">\n"
            + "<channel><title>Deep Water Weekly</title>\n"
            + "<item><title>Coral Reefs</title><enclosure url=\"https://deepwater.example/12.mp3\"/></item>\n"
            + "</channel></rss>\n");
    assertEquals(0, run("", "convert", "--to", "json", feed.toString()), err());
    assertTrue(out().contains("Deep Water Weekly") && out().contains("Coral Reefs"), out());
  }

  @Test
  void aWebVttFileIsReadAsATranscript(@TempDir Path dir) throws Exception {
    Path talk = dir.resolve("talk.vtt");
    Files.writeString(talk, "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Sam Okafor>Welcome back.\n");
    assertEquals(0, run("", "inspect", talk.toString()), err());
    assertTrue(out().contains("Sam Okafor") && out().contains("Welcome back."), out());
  }

  @Test
  void verboseSaysWhichFormatWasReadAndWhy(@TempDir Path dir) throws Exception {
    assertEquals(0, run("", "convert", "-v", "--to", "json", SAMPLE.toString()));
    assertTrue(err().startsWith("format: text (detected: .txt extension)\n"), err());
    Path markdown = dir.resolve("episode.md");
    Files.writeString(markdown, renderers().renderToString(SampleEpisodes.coralReefs(), "markdown").text());
    err.reset();
    assertEquals(0, run("", "convert", "-v", "--to", "json", markdown.toString()));
    assertTrue(err().startsWith("format: markdown (detected: .md extension)\n"), err());
    err.reset();
    assertEquals(0, run("", "convert", "-v", "--from", "text", "--to", "json", SAMPLE.toString()));
    assertTrue(err().startsWith("format: text (named)\n"), err());
  }

  @Test
  void formatNamesAreAnyCaseAndAliases() {
    assertEquals(0, run("", "convert", "--to", "JSON", SAMPLE.toString()));
    String json = out();
    assertTrue(json.startsWith("{\n  \"title\": \"Maya Lindqvist"), json);
    out.reset();
    assertEquals(0, run("", "convert", "--to", "json", SAMPLE.toString()));
    assertEquals(json, out());
    out.reset();
    assertEquals(0, run("", "convert", "--to", "md", SAMPLE.toString()));
    String markdown = out();
    out.reset();
    assertEquals(0, run("", "convert", "--to", "markdown", SAMPLE.toString()));
    assertEquals(out(), markdown);
    out.reset();
    assertEquals(0, run("", "convert", "--from", "TXT", "--to", "htm", SAMPLE.toString()));
    assertTrue(out().startsWith("<!DOCTYPE html>"), out());
  }

  // --strict: a warning of writing fails the run too

  @Test
  void strictFailsOnARenderWarningAndWritesNothing(@TempDir Path dir) throws Exception {
    Episode episode = Episode.builder().title("Reefs After the Heatwave").podcastTitle("Deep Water Weekly").build();
    Path input = dir.resolve("episode.json");
    Files.writeString(input, renderers().renderToString(episode, "json").text());
    Path target = dir.resolve("episode.txt");
    assertEquals(1, run("", "convert", "--strict", "--to", "text", "-o", target.toString(), input.toString()));
    assertTrue(err().contains(target + ": warning: text.metadata-dropped "), err());
    assertFalse(Files.exists(target), "nothing written");
    assertEquals(1, run("", "convert", "--strict", "--to", "text", input.toString()));
    assertEquals("", out(), "nothing written to standard output either");
    err.reset();
    assertEquals(0, run("", "convert", "--to", "text", input.toString()), "without --strict a warning is only reported");
    assertEquals("Reefs After the Heatwave\n", out());
    assertTrue(err().contains("<stdout>: warning: text.metadata-dropped "), err());
  }

  // Feeds

  private static Feed feed() {
    return Feed.of(
        Podcast.builder().title("Deep Water Weekly").language("en").addHosts(Person.of("Sam Okafor", Role.HOST)).build(),
        List.of(
            Episode.builder().title("Reefs After the Heatwave").addTakeaways(Takeaway.of("Heat bleaches corals.")).build(),
            Episode.builder().addSections(Section.of("Intro", "An episode without a title.")).build(),
            SampleEpisodes.coralReefs()));
  }

  @Test
  void aFeedConvertsToAJsonFeed(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("feed.json");
    Files.writeString(input, renderers().renderToString(feed(), "json").text());
    assertEquals(0, run("", "convert", "-v", "--to", "json", input.toString()));
    assertTrue(err().startsWith("format: json (detected: .json extension), a feed\n"), err());
    try (FeedStream read = Parsers.discover().readFeed(Input.ofText(out()), "json")) {
      assertEquals(feed(), read.readAll().value());
    }
    assertEquals(Files.readString(input), out(), "the same feed, written the same way");
  }

  @Test
  void aFeedConvertsToOneFilePerEpisode(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("feed.json");
    Files.writeString(input, renderers().renderToString(feed(), "json").text());
    Path folder = dir.resolve("episodes");
    assertEquals(0, run("", "convert", "--to", "markdown", "-o", folder.toString(), input.toString()));
    List<String> names;
    try (Stream<Path> files = Files.list(folder)) {
      names = files.map(f -> f.getFileName().toString()).sorted().toList();
    }
    assertEquals(
        List.of(
            "001-reefs-after-the-heatwave.md", "002-episode.md",
            "003-maya-lindqvist-marine-biologist-coral-reefs-heatwaves-the-ne.md"),
        names);
    for (int i = 0; i < names.size(); i++) {
      assertEquals(
          renderers().renderToString(feed().episodes().get(i), "markdown").text(),
          Files.readString(folder.resolve(names.get(i))),
          names.get(i));
    }
    assertEquals("", out());
  }

  @Test
  void aFeedToAFormatOfSingleEpisodesNeedsAFolder(@TempDir Path dir) throws Exception {
    Path input = dir.resolve("feed.json");
    Files.writeString(input, renderers().renderToString(feed(), "json").text());
    assertEquals(1, run("", "convert", "--to", "markdown", input.toString()));
    assertTrue(err().contains("name a folder with -o"), err());
    assertEquals("", out());
  }

  private static Renderers renderers() {
    return Renderers.discover();
  }
}
