package dev.nuggets.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.DocumentedCodes;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** convert of several inputs, folders and globs; output files, atomic writes, never over an input. */
class ConvertManyTest {
  private static final Path SAMPLE = Path.of("samples/maya-lindqvist-coral-reefs.txt");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return NuggetsCli.run(
        new ByteArrayInputStream(new byte[0]),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        args);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** pages/a.txt, pages/deep/b.md, pages/notes.bin (no format reads it) and pages/.hidden/c.txt. */
  private static Path pages(Path dir) throws IOException {
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("deep"));
    Files.createDirectories(pages.resolve(".hidden"));
    Files.copy(SAMPLE, pages.resolve("a.txt"));
    Files.writeString(pages.resolve("deep/b.md"), "# Reefs\n\n## Key takeaways\n\n- Heat bleaches corals.\n");
    Files.writeString(pages.resolve("notes.bin"), "not a page");
    Files.copy(SAMPLE, pages.resolve(".hidden/c.txt"));
    return pages;
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).map(f -> root.relativize(f).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void aFolderIsMirroredWithTheOutputExtensionAtAnyNumberOfJobs(int jobs, @TempDir Path dir) throws Exception {
    Path pages = pages(dir);
    Path target = dir.resolve("json");
    assertEquals(0, run("convert", "--jobs", String.valueOf(jobs), "-t", "json", "-o", target.toString(),
        pages.toString()), err());
    assertEquals(List.of("a.json", "deep/b.json"), tree(target));
    assertTrue(Files.readString(target.resolve("deep/b.json")).contains("\"Heat bleaches corals.\""));
    assertTrue(err().endsWith("2 files: 2 converted, 0 failed; 0 warnings, 0 errors\n"), err());
  }

  @Test
  void aGlobMatchesBelowItsFixedFoldersAndMirrorsFromThere(@TempDir Path dir) throws Exception {
    Path pages = pages(dir);
    Path target = dir.resolve("md");
    assertEquals(0, run("convert", "-t", "md", "-o", target.toString(), pages + "/**.md", pages + "/*.txt"), err());
    assertEquals(List.of("a.md", "deep/b.md"), tree(target));
  }

  @Test
  void aGlobThatMatchesNothingIsAnError(@TempDir Path dir) throws Exception {
    assertEquals(1, run("convert", "-t", "json", "-o", dir.toString(), dir + "/*.nothing"));
    assertTrue(err().contains(": error: cli.no-input no file matches this pattern"), err());
  }

  @Test
  void severalFilesNeedAFolderAndMayNotCollide(@TempDir Path dir) throws Exception {
    Path pages = pages(dir);
    assertEquals(2, run("convert", "-t", "json", SAMPLE.toString(), pages.resolve("a.txt").toString()));
    assertTrue(err().contains("error: cli.usage several inputs are written into a folder"), err());
    Files.createDirectories(dir.resolve("other"));
    Files.copy(SAMPLE, dir.resolve("other/a.txt"));
    assertEquals(2, run("convert", "-t", "json", "-o", dir.resolve("x").toString(), dir.resolve("other/a.txt")
        .toString(), pages.resolve("a.txt").toString()));
    assertTrue(err().contains("would both be written to"), err());
  }

  @Test
  void oneBadInputFailsTheRunButNotTheOthers(@TempDir Path dir) throws Exception {
    Path pages = pages(dir);
    Files.write(pages.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0});
    Path target = dir.resolve("out");
    assertEquals(1, run("convert", "-t", "json", "-o", target.toString(), pages.toString()));
    assertEquals(List.of("a.json", "deep/b.json"), tree(target));
    assertTrue(err().contains("broken.txt:1:1: error: input.binary"), err());
    assertTrue(err().endsWith("3 files: 2 converted, 1 failed; 0 warnings, 1 error\n"), err());
  }

  @Test
  void theOutputExtensionChoosesTheFormat(@TempDir Path dir) throws Exception {
    for (String name : List.of("page.json", "page.jsonld", "page.md", "page.HTML")) {
      Path target = dir.resolve(name);
      assertEquals(0, run("convert", "-o", target.toString(), SAMPLE.toString()), err());
      String text = Files.readString(target);
      switch (name) {
        case "page.json" -> assertTrue(text.startsWith("{\n  \"title\""), text);
        case "page.jsonld" -> assertTrue(text.contains("\"@type\": \"PodcastEpisode\""), text);
        case "page.md" -> assertTrue(text.contains("\n# Maya Lindqvist"), text);
        default -> assertTrue(text.startsWith("<!DOCTYPE html>"), text);
      }
    }
    assertEquals(2, run("convert", "-o", dir.resolve("page.yaml").toString(), SAMPLE.toString()));
    assertTrue(err().contains("no output format writes .yaml files"), err());
  }

  @Test
  void dashIsStandardOutput() {
    assertEquals(0, run("convert", "-t", "json", "-o", "-", SAMPLE.toString()));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("{\n"));
  }

  @Test
  void neverWritesOverTheInput(@TempDir Path dir) throws Exception {
    Path page = dir.resolve("page.txt");
    Files.copy(SAMPLE, page);
    assertEquals(1, run("convert", "-t", "json", "-o", page.toString(), page.toString()));
    assertTrue(err().contains("error: cli.output-is-input"), err());
    assertEquals(Files.readString(SAMPLE), Files.readString(page));
    // The same through a mirrored folder: converting text to text into the folder it came from.
    assertEquals(1, run("convert", "-t", "text", "-o", dir.toString(), dir.toString()));
    assertEquals(Files.readString(SAMPLE), Files.readString(page));
  }

  @Test
  void aMissingOutputFolderIsNamedNotCreated(@TempDir Path dir) {
    Path target = dir.resolve("no/such/page.json");
    assertEquals(1, run("convert", "-t", "json", "-o", target.toString(), SAMPLE.toString()));
    assertTrue(err().contains("error: cli.output-unwritable cannot write: no such file or folder"), err());
    assertFalse(Files.exists(target.getParent()));
  }

  @Test
  void aFailingWriteLeavesTheOldFileIntactAndNoTemporaryFile(@TempDir Path dir) throws Exception {
    Path target = dir.resolve("page.json");
    Files.writeString(target, "old");
    assertThrows(IOException.class, () -> AtomicFiles.write(target, writer -> {
      writer.write("{\"half\": ");
      writer.flush();
      throw new IOException("killed");
    }));
    assertEquals("old", Files.readString(target));
    assertEquals(List.of("page.json"), tree(dir));
    AtomicFiles.write(target, "new");
    assertEquals("new", Files.readString(target));
    assertEquals(List.of("page.json"), tree(dir));
  }

  @Test
  void theInputSizeLimitCanBeRaisedAndLowered() {
    assertEquals(1, run("convert", "-t", "json", "--max-input-size", "1k", SAMPLE.toString()));
    assertTrue(err().contains("error: limit.input-size"), err());
    assertEquals(0, run("convert", "-t", "json", "--max-input-size", "64M", SAMPLE.toString()));
    assertEquals(2, run("convert", "-t", "json", "--max-input-size", "lots", SAMPLE.toString()));
  }

  @Test
  void sizesReadWithBinaryUnits() {
    ReadOptions.SizeConverter sizes = new ReadOptions.SizeConverter();
    assertEquals(4096L, sizes.convert("4096"));
    assertEquals(512L * 1024, sizes.convert("512k"));
    assertEquals(64L << 20, sizes.convert("64MiB"));
    assertEquals(1L << 30, sizes.convert("1G"));
  }

  @Test
  void usageErrorsAreOneLineAndAHint() {
    assertEquals(2, run("convert", "--to", "yaml", SAMPLE.toString()));
    assertTrue(err().startsWith("nuggets convert: error: cli.usage unknown output format 'yaml'; known: "), err());
    assertEquals(2, err().lines().count(), err());
    assertTrue(err().endsWith("Try 'nuggets convert --help' for more information.\n"), err());
  }

  @Test
  void aTranscriptIsAttachedFromAFileInATranscriptFormat(@TempDir Path dir) throws Exception {
    Path transcript = dir.resolve("talk.vtt");
    Files.writeString(transcript, "WEBVTT\n\n00:00:00.000 --> 00:00:04.000\n<v Sam Okafor>Welcome back.\n");
    assertEquals(0, run("convert", "-t", "json", "--transcript", transcript.toString(), SAMPLE.toString()), err());
    Path notATranscript = dir.resolve("talk.json");
    Files.writeString(notATranscript, "{\"cues\": []}");
    assertEquals(1, run("convert", "-t", "json", "--transcript", notATranscript.toString(), SAMPLE.toString()));
    assertTrue(err().contains("input.unknown-format"), err());
  }

  @Test
  void completionScriptsAreGenerated() {
    assertEquals(0, run("generate-completion"));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("complete -F _complete_nuggets"));
  }

  @Test
  void everyCodeOfTheCliIsDocumented() throws Exception {
    Map<String, String> defined = new TreeMap<>();
    for (java.lang.reflect.Field field : CliCodes.class.getDeclaredFields()) {
      if (field.getType() == String.class && java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
        defined.put(field.getName(), (String) field.get(null));
      }
    }
    assertTrue(defined.containsValue(CliCodes.USAGE), defined.toString());
    List<String> listed = DocumentedCodes.listedIn(Path.of("..", "docs", "diagnostics.md"));
    defined.values().removeAll(listed);
    assertEquals(Map.of(), defined, "CLI codes not listed in docs/diagnostics.md");
  }

  @Test
  void onATerminalAProgressLineIsDrawnAndErasedBeforeOtherLines(@TempDir Path dir) throws Exception {
    Path pages = pages(dir);
    Files.write(pages.resolve("broken.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0});
    int status = NuggetsCli.run(
        new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), true,
        "convert", "--jobs", "1", "-t", "json", "-o", dir.resolve("out").toString(), pages.toString());
    assertEquals(1, status);
    String text = err();
    assertTrue(text.contains("] 3/3 0 warnings, 1 error"), text);
    assertTrue(text.contains("\r\033[K".translateEscapes()), text);
    assertTrue(text.endsWith("\r\033[K3 files: 2 converted, 1 failed; 0 warnings, 1 error\n".translateEscapes()), text);
    // A diagnostic never shares a line with the bar: each starts after an erase or a line end.
    for (String line : text.split("\r\033\\[K|\n")) {
      assertTrue(!line.contains("error: input.binary") || line.startsWith(pages.toString()), line);
    }
  }

  @Test
  void aJsonLdSeriesIsAFeedWholeAsJsonAndOneFilePerEpisodeInAMirroredFolder(@TempDir Path dir) throws Exception {
    Path shows = dir.resolve("shows");
    Files.createDirectories(shows);
    Files.writeString(shows.resolve("series.jsonld"), """
        {"@context": "https://schema.org", "@type": "PodcastSeries", "name": "Deep Water Weekly",
         "episode": [{"@type": "PodcastEpisode", "name": "First Dive"},
                     {"@type": "PodcastEpisode", "name": "Second Dive"}]}
        """);
    assertEquals(0, run("convert", "-t", "json", shows.resolve("series.jsonld").toString()), err());
    try (dev.nuggets.parser.FeedStream feed =
        dev.nuggets.parser.Parsers.discover().readFeed(
            dev.nuggets.parser.Input.ofText(out.toString(StandardCharsets.UTF_8)), "json")) {
      assertEquals("Deep Water Weekly", feed.podcast().title().orElseThrow());
      assertEquals(2, feed.readAll().value().episodes().size());
    }
    Path site = dir.resolve("site");
    assertEquals(0, run("convert", "-t", "md", "-o", site.toString(), shows.toString()), err());
    assertEquals(List.of("series/001-first-dive.md", "series/002-second-dive.md"), tree(site));
  }
}
