package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.HostileText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Errors people can act on: strict mode's exception lists every diagnostic of the parse, each with the input's name,
 * its line and column, its severity and code, in input order.
 */
class StrictModeTest {
  private static final Parsers STRICT = Parsers.builder().strict(true).build();

  static Stream<String> formats() {
    return Parsers.discover().formats(ContentKind.EPISODE).stream().map(p -> p.format().name());
  }

  private static void assertListsEveryDiagnostic(NuggetsParseException e, String inputName) {
    String[] lines = e.getMessage().split("\n", -1);
    List<Diagnostic> diagnostics = e.diagnostics();
    assertTrue(diagnostics.size() > 0);
    assertEquals(
        diagnostics.size() + (diagnostics.size() == 1 ? " problem in " : " problems in ") + inputName + ":", lines[0]);
    assertEquals(diagnostics.size() + 1, lines.length, e::getMessage);
    for (int i = 0; i < diagnostics.size(); i++) {
      Diagnostic d = diagnostics.get(i);
      String position = d.position().map(p -> ":" + p.line() + ":" + p.column()).orElse("");
      assertEquals(
          inputName + position + ": " + d.severity().label() + ": " + d.code() + " " + d.message(), lines[i + 1]);
    }
  }

  @Test
  void aPageWithSeveralProblemsNamesEachAtItsLineAndColumn(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("episode.txt"),
            "A Title\nA second line before anything\nKey takeaways\nOne takeaway.\nTable of contents\n"
                + "• Part One • Missing Part\n"
                + "Stray words before the first heading.\nPart One\nIts paragraph is here.\n");
    NuggetsParseException e = assertThrows(NuggetsParseException.class, () -> STRICT.readEpisode(file));
    assertListsEveryDiagnostic(e, file.toString());
    assertTrue(e.getMessage().contains(file + ":2:1: warning: text.unrecognised-line"), e::getMessage);
    assertTrue(e.getMessage().contains(file + ":6:14: warning: text.toc-entry-without-section"), e::getMessage);
    assertTrue(e.getMessage().contains(file + ":7:1: warning: text.paragraph-without-section"), e::getMessage);
    assertEquals(file.toString(), e.inputName());
  }

  @Test
  void invalidUtf8IsNamedAtItsColumn() {
    byte[] bytes = {'T', 'i', 't', 'l', 'e', '\n', 'a', 'b', (byte) 0xC3, 'c', '\n'};
    NuggetsParseException e =
        assertThrows(
            NuggetsParseException.class,
            () -> STRICT.readEpisode(Input.of(bytes).named("page.txt"), "text"));
    assertListsEveryDiagnostic(e, "page.txt");
    assertTrue(e.getMessage().contains("page.txt:2:3: warning: input.invalid-utf8"), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void everyFormatsExceptionListsEveryDiagnostic(String format) {
    HostileText hostile = new HostileText(format.hashCode());
    StringBuilder input = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      input.append(hostile.text(6)).append('\n');
    }
    try {
      STRICT.readEpisode(Input.ofText(input.toString()), format);
    } catch (NuggetsParseException e) {
      assertListsEveryDiagnostic(e, "<string>");
      assertTrue(e.diagnostics().stream().allMatch(d -> d.position().isPresent()), "parser diagnostics have positions");
      return;
    }
    // hostile lines are bad input for every format; a strict parse that accepts them has nothing to list
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void anEmptyInputIsNamed(String format) {
    NuggetsParseException e = assertThrows(NuggetsParseException.class, () -> STRICT.readEpisode(Input.ofText(" \n"), format));
    assertListsEveryDiagnostic(e, "<string>");
    assertEquals(DiagnosticCodes.INPUT_EMPTY, e.diagnostics().get(0).code());
  }

  @Test
  void anInputNoFormatClaimsIsNamed() {
    NuggetsParseException e =
        assertThrows(
            NuggetsParseException.class,
            () -> STRICT.readEpisode(Input.ofText("<?xml version=\"1.0\"?>\n<opml version=\"2.0\"/>")));
    assertListsEveryDiagnostic(e, "<string>");
    assertEquals(DiagnosticCodes.INPUT_UNKNOWN_FORMAT, e.diagnostics().get(0).code());
    assertTrue(e.getMessage().contains("<string>:1:1: error: input.unknown-format"), e::getMessage);
  }
}
