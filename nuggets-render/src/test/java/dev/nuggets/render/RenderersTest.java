package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Section;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.chapters.ChaptersCodes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The registry: finding formats, what a render to a string reports, and files written whole or not at all. */
class RenderersTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Episode UNSAFE_LINK =
      Episode.builder().title("Reefs").link("javascript:alert(1)").build();

  // What renderToString reports

  /** Every format reports the link it did not write; text, which writes no link at all, says so its own way. */
  @ParameterizedTest
  @CsvSource({
    "json, render.unsafe-link", "jsonld, render.unsafe-link", "markdown, render.unsafe-link",
    "html, render.unsafe-link", "text, text.metadata-dropped"
  })
  void renderToStringKeepsTheDiagnostics(String format, String code) {
    RenderedText rendered = RENDERERS.renderToString(UNSAFE_LINK, format);
    assertEquals(format, rendered.format());
    assertFalse(rendered.text().contains("javascript"), rendered.text());
    assertTrue(
        rendered.diagnostics().stream().anyMatch(d -> d.code().equals(code)),
        () -> format + " dropped the link without a trace: " + rendered.diagnostics());
    assertTrue(rendered.hasProblems());
    assertEquals(rendered.text(), rendered.toString());
  }

  @Test
  void aCleanRenderHasNoProblems() {
    RenderedText rendered = RENDERERS.renderToString(SampleEpisodes.coralReefs(), "json");
    assertEquals(List.of(), rendered.diagnostics());
    assertFalse(rendered.hasProblems());
  }

  @Test
  void renderToStringOfAFeedKeepsTheDiagnosticsOfEveryEpisode() {
    Feed feed = Feed.of(Podcast.of("Deep Water Weekly"), List.of(UNSAFE_LINK, SampleEpisodes.empty(), UNSAFE_LINK));
    RenderedText rendered = RENDERERS.renderToString(feed, "json");
    assertEquals(
        List.of(RenderCodes.UNSAFE_LINK, RenderCodes.UNSAFE_LINK),
        rendered.diagnostics().stream().map(Diagnostic::code).toList());
  }

  // Finding formats

  @Test
  void formatNamesAreFoundInAnyCaseAndByAlias() {
    assertSame(RENDERERS.format("json").orElseThrow(), RENDERERS.format("JSON").orElseThrow());
    assertEquals("markdown", RENDERERS.format("md").orElseThrow().format().name());
    assertEquals("markdown", RENDERERS.format("Markdown").orElseThrow().format().name());
    assertEquals("html", RENDERERS.format("htm").orElseThrow().format().name());
    assertEquals("html", RENDERERS.format(" HTM ").orElseThrow().format().name());
    assertEquals("text", RENDERERS.format("TXT").orElseThrow().format().name());
    Episode episode = SampleEpisodes.coralReefs();
    assertEquals(RENDERERS.renderToString(episode, "json").text(), RENDERERS.renderToString(episode, "JSON").text());
    assertEquals(RENDERERS.renderToString(episode, "markdown").text(), RENDERERS.renderToString(episode, "md").text());
    assertEquals(RENDERERS.renderToString(episode, "html").text(), RENDERERS.renderToString(episode, "htm").text());
    assertEquals("markdown", RENDERERS.renderToString(episode, "MD").format(), "the result names the format");
  }

  @Test
  void anUnknownFormatIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RENDERERS.renderToString(SampleEpisodes.empty(), "yaml"));
    assertTrue(e.getMessage().contains("'yaml'") && e.getMessage().contains("markdown"), e.getMessage());
    assertTrue(RENDERERS.format("yaml").isEmpty());
    assertThrows(
        IllegalArgumentException.class,
        () -> RENDERERS.openFeed(Podcast.builder().build(), "yaml", new StringBuilder()));
  }

  @Test
  void aFormatThatDoesNotWriteTheKindIsRefused() {
    Transcript transcript = Transcript.of(List.of(Cue.of(Duration.ZERO, "Welcome back.")));
    Feed feed = Feed.of(Podcast.of("Deep Water Weekly"), List.of());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RENDERERS.renderToString(transcript, "json"));
    assertTrue(e.getMessage().contains("does not write transcripts"), e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> RENDERERS.renderToString(feed, "markdown"));
    assertTrue(e.getMessage().contains("does not write feeds") && e.getMessage().contains("json"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> RENDERERS.render(feed, "MD", new StringBuilder()));
    assertThrows(IllegalArgumentException.class, () -> RENDERERS.openFeed(feed.podcast(), "htm", new StringBuilder()));
    assertThrows(IllegalArgumentException.class, () -> RENDERERS.openFeed(feed.podcast(), "jsonld", new StringBuilder()));
  }

  @Test
  void formatsAreListedByTheKindTheyWrite() {
    List<String> feeds = RENDERERS.formats(ContentKind.FEED).stream().map(r -> r.format().name()).toList();
    assertEquals(List.of("json", "rss"), feeds);
    List<String> episodes = RENDERERS.formats(ContentKind.EPISODE).stream().map(r -> r.format().name()).toList();
    assertTrue(episodes.containsAll(List.of("chapters", "html", "json", "jsonld", "markdown", "text")), episodes::toString);
    assertEquals(List.of(), RENDERERS.formats(ContentKind.TRANSCRIPT));
  }

  // Streams

  @Test
  void aStreamIsWrittenAsUtf8AndLeftOpen() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Episode episode = Episode.builder().title("Café 😀").build();
    RENDERERS.render(episode, "json", out);
    out.write('!');
    assertEquals(RENDERERS.renderToString(episode, "json").text() + "!", out.toString(StandardCharsets.UTF_8));
  }

  // Files: written whole, or not at all

  /** An episode whose sections have no times: the chapters renderer refuses it. */
  private static final Episode UNTIMED =
      Episode.builder().title("Reefs").addSections(Section.of("Intro", "Text.")).build();

  @Test
  void aFileIsWrittenWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("episode.md");
    RenderResult result = RENDERERS.render(SampleEpisodes.coralReefs(), "markdown", file);
    assertEquals("markdown", result.format());
    assertEquals(RENDERERS.renderToString(SampleEpisodes.coralReefs(), "markdown").text(), Files.readString(file));
    assertEquals(List.of(file), list(dir), "no temporary file is left beside it");
    RENDERERS.render(SampleEpisodes.empty(), "json", file);
    assertEquals(RENDERERS.renderToString(SampleEpisodes.empty(), "json").text(), Files.readString(file), "replaced");
  }

  @Test
  void aRendererThatFailsLeavesTheFileAsItWasAndNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("chapters.json");
    Files.writeString(file, "the chapters of last week");
    NuggetsRenderException e =
        assertThrows(NuggetsRenderException.class, () -> RENDERERS.render(UNTIMED, "chapters", file));
    assertEquals(ChaptersCodes.NO_START_TIMES, e.diagnostics().get(0).code());
    assertEquals("the chapters of last week", Files.readString(file));
    assertEquals(List.of(file), list(dir));

    Path absent = dir.resolve("new.json");
    assertThrows(NuggetsRenderException.class, () -> RENDERERS.render(UNTIMED, "chapters", absent));
    assertFalse(Files.exists(absent), "a file that did not exist is not created");
    assertEquals(List.of(file), list(dir));
  }

  @Test
  void aMissingFolderSaysSo(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("no-such-folder").resolve("episode.json");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> RENDERERS.render(SampleEpisodes.empty(), "json", file));
    assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertThrows(
        UncheckedIOException.class, () -> RENDERERS.openFeed(Podcast.builder().build(), "json", file));
    assertEquals(List.of(), list(dir));
  }

  @Test
  void aFeedFileAppearsOnlyWhenItIsFinished(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("feed.json");
    Files.writeString(file, "last week's feed");
    FeedWriter writer = RENDERERS.openFeed(Podcast.of("Deep Water Weekly"), "json", file);
    writer.write(SampleEpisodes.coralReefs());
    assertEquals("last week's feed", Files.readString(file), "the old feed stays until the new one is done");
    assertEquals(2, list(dir).size(), "the new feed is written beside it");
    RenderResult result = writer.finish();
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        RENDERERS.renderToString(Feed.of(Podcast.of("Deep Water Weekly"), List.of(SampleEpisodes.coralReefs())), "json")
            .text(),
        Files.readString(file));
    assertEquals(List.of(file), list(dir));
    assertThrows(IllegalStateException.class, () -> writer.write(SampleEpisodes.empty()));
    writer.close(); // closing twice is harmless
  }

  @Test
  void theRenderResultSaysWhetherThereWereProblems() {
    RenderResult clean = new RenderResult("json", List.of(Diagnostic.of(Severity.INFO, "x.y", "fine")));
    assertFalse(clean.hasProblems());
    RenderResult warned = new RenderResult("json", List.of(Diagnostic.of(Severity.WARNING, "x.y", "not fine")));
    assertTrue(warned.hasProblems());
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    }
  }
}
