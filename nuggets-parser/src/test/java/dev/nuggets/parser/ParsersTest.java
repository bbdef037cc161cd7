package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.parser.text.TextParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsersTest {
  static final Format NUG = Format.builder("nug").fileExtensions("nug").reads(ContentKind.EPISODE).build();

  /** A format of the test's own: claims ".nug" files and text that starts with "NUG". */
  static class NugFormat implements FormatParser {
    @Override
    public Format format() {
      return NUG;
    }

    @Override
    public int confidence(ContentKind kind, InputPrefix prefix) {
      return prefix.text().startsWith("NUG") ? 90 : 0;
    }

    @Override
    public Episode readEpisode(SourceText source, ParseContext context) {
      return Episode.builder().title(source.line(1)).build();
    }
  }

  /** The nug format as a format that reads any text a little, but never markup. */
  static class LenientNugFormat extends NugFormat {
    @Override
    public int confidence(ContentKind kind, InputPrefix prefix) {
      return prefix.text().startsWith("NUG") ? 90 : prefix.text().startsWith("<") ? 0 : 1;
    }
  }

  @Test
  void discoversTheTextFormat() {
    assertTrue(Parsers.discover().format("text").isPresent());
    assertTrue(Parsers.discover().formats().stream().anyMatch(p -> p instanceof TextParser));
  }

  @Test
  void explicitRegistrationTakesPrecedenceOverDiscovery() {
    FormatParser mine =
        new NugFormat() {
          @Override
          public Format format() {
            return Format.builder("text").reads(ContentKind.EPISODE).build();
          }
        };
    Parsers parsers = Parsers.builder().register(mine).build();
    assertSame(mine, parsers.format("text").orElseThrow());
    assertEquals(1, parsers.formats().stream().filter(p -> p.format().name().equals("text")).count());
  }

  @Test
  void aFormatThatReadsNothingIsRefused() {
    FormatParser nothing =
        new NugFormat() {
          @Override
          public Format format() {
            return Format.builder("nothing").build();
          }
        };
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Parsers.builder().register(nothing));
    assertTrue(e.getMessage().contains("declares no kind of content it reads"), e.getMessage());
  }

  /**
   * The extension wins over a more confident format's content, unless the extension's format says the content is
   * not its own (confidence 0): then the content decides.
   */
  @Test
  void detectsByExtensionFirstThenByContent(@TempDir Path dir) throws IOException {
    Parsers parsers = Parsers.builder().register(new LenientNugFormat()).build();
    Path nug = Files.writeString(dir.resolve("episode.nug"), "Key takeaways\nnot really nug");
    assertEquals("nug", parsers.readEpisode(nug).format().orElseThrow());
    assertEquals(Detection.How.EXTENSION, parsers.readEpisode(nug).detection().orElseThrow().how());
    Path unnamed = Files.writeString(dir.resolve("episode"), "NUG title");
    assertEquals("nug", parsers.readEpisode(unnamed).format().orElseThrow());
    assertEquals(Detection.How.CONTENT, parsers.readEpisode(unnamed).detection().orElseThrow().how());
    Path text = Files.writeString(dir.resolve("episode.data"), "Title\nKey takeaways\nOne.");
    assertEquals("text", parsers.readEpisode(text).format().orElseThrow());
    Path html = Files.writeString(dir.resolve("page.nug"), "<!DOCTYPE html>\n<h1>Title</h1>");
    assertEquals("html", parsers.readEpisode(html).format().orElseThrow(), "the nug format refuses markup");
  }

  @Test
  void unknownFormatIsAnErrorDiagnostic() {
    Parsers parsers = Parsers.builder().discover(false).register(new NugFormat()).build();
    ParseResult<Episode> result = parsers.readEpisode(Input.ofText("plain words"));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(result));
    String message = result.diagnostics().get(0).message();
    assertTrue(message.contains("(it is text whose first line is \"plain words\")"), message);
    assertTrue(message.contains("no registered format reads this input as an episode"), message);
    assertTrue(message.contains("Formats that read episodes: nug"), message);
    assertTrue(result.format().isEmpty());
    assertTrue(result.detection().isEmpty());
    assertTrue(result.hasErrors());
    assertEquals(Episode.builder().build(), result.value());
  }

  @Test
  void namingAnUnregisteredFormatIsAProgrammingError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Parsers.discover().readEpisode(Input.ofText("x"), "yaml"));
    assertTrue(e.getMessage().contains("No format named 'yaml'"), e.getMessage());
  }

  @Test
  void everyInputKindReadsTheSame(@TempDir Path dir) throws IOException {
    String page = "A Title\nKey takeaways\nOne takeaway.";
    Parsers parsers = Parsers.discover();
    Episode expected = parsers.readEpisode(Input.ofText(page)).value();
    assertEquals("A Title", expected.title().orElseThrow());
    assertEquals(expected, parsers.readEpisode(Input.of(new StringReader(page)).named("page"), "text").value());
    assertEquals(
        expected,
        parsers
            .readEpisode(Input.of(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8))).named("page.txt"))
            .value());
    assertEquals(expected, parsers.readEpisode(Input.of(page.getBytes(StandardCharsets.UTF_8))).value());
    assertEquals(expected, parsers.readEpisode(Files.writeString(dir.resolve("p.txt"), page)).value());
    assertEquals(expected, parsers.readEpisode(Input.of(Files.writeString(dir.resolve("q"), page)), "text").value());
  }

  @Test
  void aFailingStreamIsReportedNotThrown() {
    InputStream failing =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("disk on fire");
          }
        };
    ParseResult<Episode> result = Parsers.discover().readEpisode(Input.of(failing).named("broken.txt"));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNREADABLE), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("disk on fire"));
    assertEquals("broken.txt", result.inputName());
  }

  @Test
  void aMissingFileIsReportedNotThrown(@TempDir Path dir) {
    ParseResult<Episode> result = Parsers.discover().readEpisode(dir.resolve("absent.md"));
    assertEquals(List.of(DiagnosticCodes.INPUT_UNREADABLE), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("no such file"), result.diagnostics()::toString);
  }

  @Test
  void aFormatThatThrowsBecomesADiagnosticNotAStackTrace() {
    FormatParser broken =
        new NugFormat() {
          @Override
          public Episode readEpisode(SourceText source, ParseContext context) {
            throw new IllegalStateException("bug");
          }
        };
    ParseResult<Episode> result =
        Parsers.builder().register(broken).build().readEpisode(Input.ofText("NUG"), "nug");
    assertEquals(List.of(DiagnosticCodes.PARSER_FAILURE), codes(result));
  }

  @Test
  void aFormatWhoseConfidenceThrowsDoesNotClaimTheInput() {
    FormatParser broken =
        new NugFormat() {
          @Override
          public int confidence(ContentKind kind, InputPrefix prefix) {
            throw new IllegalStateException("bug");
          }
        };
    Parsers parsers = Parsers.builder().discover(false).register(broken).build();
    assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(parsers.readEpisode(Input.ofText("NUG"))));
    assertTrue(parsers.detect(Input.ofText("NUG")).isEmpty());
  }

  @Test
  void diagnosticsAreCappedAndSummarised() {
    FormatParser noisy =
        new NugFormat() {
          @Override
          public Episode readEpisode(SourceText source, ParseContext context) {
            for (int i = 0; i < 50; i++) {
              context.warning("nug.noise", "noise " + i, SourcePosition.START);
            }
            return Episode.builder().build();
          }
        };
    Parsers parsers =
        Parsers.builder().register(noisy).limits(ParseLimits.builder().maxDiagnostics(10).build()).build();
    List<Diagnostic> diagnostics = parsers.readEpisode(Input.ofText("NUG"), "nug").diagnostics();
    assertEquals(11, diagnostics.size());
    assertEquals(DiagnosticCodes.LIMIT_DIAGNOSTICS, diagnostics.get(10).code());
    assertTrue(diagnostics.get(10).message().startsWith("40 more diagnostics"));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ParseLimits.builder().maxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> ParseLimits.builder().maxCues(0));
    assertEquals(ParseLimits.defaults(), ParseLimits.defaults().toBuilder().build());
  }

  private static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }
}
