package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.text.TextParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsersTest {

  /** A format of the test's own: claims ".nug" files and text that starts with "NUG". */
  static class NugFormat implements EpisodeParser {
    @Override
    public String format() {
      return "nug";
    }

    @Override
    public Set<String> fileExtensions() {
      return Set.of("nug");
    }

    @Override
    public int confidence(SourceText source) {
      return source.text().startsWith("NUG") ? 90 : 0;
    }

    @Override
    public Episode parse(SourceText source, ParseContext context) {
      return Episode.builder().title(source.line(1)).build();
    }
  }

  @Test
  void discoversTheTextFormat() {
    assertTrue(Parsers.discover().format("text").isPresent());
    assertTrue(Parsers.discover().formats().stream().anyMatch(p -> p instanceof TextParser));
  }

  @Test
  void explicitRegistrationTakesPrecedenceOverDiscovery() {
    EpisodeParser mine =
        new NugFormat() {
          @Override
          public String format() {
            return "text";
          }
        };
    Parsers parsers = Parsers.builder().register(mine).build();
    assertSame(mine, parsers.format("text").orElseThrow());
    assertEquals(1, parsers.formats().stream().filter(p -> p.format().equals("text")).count());
  }

  @Test
  void detectsByExtensionFirstThenByContent(@TempDir Path dir) throws IOException {
    Parsers parsers = Parsers.builder().register(new NugFormat()).build();
    Path nug = Files.writeString(dir.resolve("episode.nug"), "Key takeaways\nnot really nug");
    assertEquals("nug", parsers.parse(nug).format().orElseThrow());
    Path unnamed = Files.writeString(dir.resolve("episode"), "NUG title");
    assertEquals("nug", parsers.parse(unnamed).format().orElseThrow());
    Path text = Files.writeString(dir.resolve("episode.data"), "Title\nKey takeaways\nOne.");
    assertEquals("text", parsers.parse(text).format().orElseThrow());
  }

  @Test
  void unknownFormatIsAnErrorDiagnostic() {
    Parsers parsers = Parsers.builder().discover(false).register(new NugFormat()).build();
    ParseResult result = parsers.parse("plain words");
    assertEquals(List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT), codes(result));
    assertTrue(result.format().isEmpty());
    assertTrue(result.hasErrors());
  }

  @Test
  void namingAnUnregisteredFormatIsAProgrammingError() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Parsers.discover().parse("x", "yaml"));
    assertTrue(e.getMessage().contains("No format named 'yaml'"), e.getMessage());
  }

  @Test
  void everyInputKindReadsTheSame(@TempDir Path dir) throws IOException {
    String page = "A Title\nKey takeaways\nOne takeaway.";
    Parsers parsers = Parsers.discover();
    Episode expected = parsers.parse(page).episode();
    assertEquals(expected, parsers.parse(new StringReader(page), "page", "text").episode());
    assertEquals(
        expected,
        parsers.parse(new ByteArrayInputStream(page.getBytes(StandardCharsets.UTF_8)), "page.txt").episode());
    assertEquals(expected, parsers.parse(Files.writeString(dir.resolve("p.txt"), page)).episode());
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
    ParseResult result = Parsers.discover().parse(failing, "broken.txt");
    assertEquals(List.of(DiagnosticCodes.INPUT_UNREADABLE), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("disk on fire"));
  }

  @Test
  void aFormatThatThrowsBecomesADiagnosticNotAStackTrace() {
    EpisodeParser broken =
        new NugFormat() {
          @Override
          public Episode parse(SourceText source, ParseContext context) {
            throw new IllegalStateException("bug");
          }
        };
    ParseResult result = Parsers.builder().register(broken).build().parse("NUG", "nug");
    assertEquals(List.of(DiagnosticCodes.PARSER_FAILURE), codes(result));
  }

  @Test
  void diagnosticsAreCappedAndSummarised() {
    EpisodeParser noisy =
        new NugFormat() {
          @Override
          public Episode parse(SourceText source, ParseContext context) {
            for (int i = 0; i < 50; i++) {
              context.warning("nug.noise", "noise " + i, SourcePosition.START);
            }
            return Episode.builder().build();
          }
        };
    Parsers parsers =
        Parsers.builder().register(noisy).limits(ParseLimits.builder().maxDiagnostics(10).build()).build();
    List<Diagnostic> diagnostics = parsers.parse("NUG", "nug").diagnostics();
    assertEquals(11, diagnostics.size());
    assertEquals(DiagnosticCodes.LIMIT_DIAGNOSTICS, diagnostics.get(10).code());
    assertTrue(diagnostics.get(10).message().startsWith("40 more diagnostics"));
  }

  @Test
  void limitsMustBePositive() {
    assertThrows(IllegalArgumentException.class, () -> ParseLimits.builder().maxDepth(0));
    assertEquals(ParseLimits.defaults(), ParseLimits.defaults().toBuilder().build());
  }

  private static List<String> codes(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }
}
