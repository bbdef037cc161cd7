package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Half of a surrogate pair with no other half is no character, yet Java strings (and JSON escapes) can hold one.
 * JSON keeps it exactly, as an escape; the text formats write U+FFFD and say so; no output is ever invalid UTF-8 or
 * silently changed to '?'.
 */
class LoneSurrogateTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parsers PARSERS = Parsers.discover();
  private static final Episode LONE =
      Episode.builder().title("High \uD800 alone").addSections(Section.of("Low \uDC00 alone", "pair \uD83D\uDE00 ok"))
          .build();

  @Test
  void jsonKeepsItExactlyAndTheReaderSaysSo() {
    RenderedText json = RENDERERS.renderToString(LONE, "json");
    assertTrue(json.text().contains("High \\uD800 alone"), json.text());
    assertTrue(json.text().contains("pair \uD83D\uDE00 ok"), "pairs are written as they are");
    ParseResult<Episode> read = PARSERS.readEpisode(Input.ofText(json.text()), "json");
    assertEquals(LONE, read.value());
    assertTrue(read.diagnostics().stream().anyMatch(d -> d.code().equals("input.lone-surrogate")), read::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"html", "markdown", "text"})
  void textFormatsWriteReplacementCharactersAndReportThem(String format) {
    RenderedText out = RENDERERS.renderToString(LONE, format);
    assertTrue(out.text().contains("High \uFFFD alone"), out.text());
    assertFalse(out.text().contains("\uD800"), "no lone surrogate in the output");
    assertTrue(out.diagnostics().stream().map(Diagnostic::code).anyMatch(RenderCodes.REPLACED_CHARACTER::equals),
        () -> out.diagnostics().toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "html", "markdown", "text", "jsonld", "chapters"})
  void aFileIsWrittenAsValidUtf8(String format, @TempDir Path dir) throws Exception {
    Episode timed = LONE.toBuilder()
        .sections(java.util.List.of(LONE.sections().get(0).toBuilder().start(java.time.Duration.ZERO).build()))
        .build();
    Path file = dir.resolve("episode.out");
    RENDERERS.render(timed, format, file);
    byte[] bytes = Files.readAllBytes(file);
    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
    assertFalse(new String(bytes, StandardCharsets.UTF_8).contains("High ? alone"), "never a silent '?'");
  }
}
