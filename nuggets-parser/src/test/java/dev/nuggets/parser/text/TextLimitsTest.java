package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The limits the text format honours: line length, sections and takeaways, each reported with its name. */
class TextLimitsTest {

  private static final String TEXT = TextFormat.FORMAT.name();

  private static ParseResult<Episode> parse(ParseLimits limits, String page) {
    return Parsers.builder().limits(limits).build().readEpisode(Input.ofText(page), TEXT);
  }

  private static Diagnostic only(ParseResult<?> result, String code) {
    List<Diagnostic> found =
        result.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "expected one " + code + ": " + result.diagnostics());
    assertTrue(found.get(0).isError(), "a limit is an error");
    return found.get(0);
  }

  private static String page(int takeaways, int sections) {
    StringBuilder page = new StringBuilder("A Title\nKey takeaways\n");
    for (int i = 1; i <= takeaways; i++) {
      page.append("Takeaway number ").append(i).append(".\n");
    }
    page.append("Table of contents\n");
    for (int i = 1; i <= sections; i++) {
      page.append("• Part ").append(i).append(' ');
    }
    page.append('\n');
    for (int i = 1; i <= sections; i++) {
      page.append("Part ").append(i).append("\nThe paragraph of part ").append(i).append(".\n");
    }
    return page.toString();
  }

  @Test
  void aLineLongerThanTheLimitIsSkippedAndNamed() {
    String page = "A Title\nKey takeaways\n" + "y".repeat(101) + "\nA short takeaway.\n";
    ParseResult<Episode> result = parse(ParseLimits.builder().maxLineLength(100).build(), page);
    Diagnostic d = only(result, DiagnosticCodes.LIMIT_LINE_LENGTH);
    assertEquals(SourcePosition.of(3, 1), d.position().orElseThrow());
    assertTrue(d.message().contains("maxLineLength = 100") && d.message().contains("101 characters"), d::message);
    assertEquals(1, result.value().takeaways().size(), "the lines around it are read");
  }

  @Test
  void aLineOfExactlyTheLimitIsRead() {
    String page = "A Title\nKey takeaways\n" + "y".repeat(99) + ".\n";
    ParseResult<Episode> result = parse(ParseLimits.builder().maxLineLength(100).build(), page);
    assertEquals(1, result.value().takeaways().size(), () -> result.diagnostics().toString());
  }

  @Test
  void sectionsBeyondTheLimitStopTheReading() {
    ParseResult<Episode> result = parse(ParseLimits.builder().maxSections(3).build(), page(1, 5));
    Diagnostic d = only(result, DiagnosticCodes.LIMIT_SECTIONS);
    assertTrue(d.message().contains("limit maxSections") && d.message().contains("more than 3"), d::message);
    assertEquals(SourcePosition.of(12, 1), d.position().orElseThrow(), "at the fourth section's heading");
    assertEquals(3, result.value().sections().size());
  }

  @Test
  void takeawaysBeyondTheLimitStopTheReading() {
    ParseResult<Episode> result = parse(ParseLimits.builder().maxTakeaways(2).build(), page(4, 1));
    Diagnostic d = only(result, DiagnosticCodes.LIMIT_TAKEAWAYS);
    assertTrue(d.message().contains("limit maxTakeaways") && d.message().contains("more than 2"), d::message);
    assertEquals(SourcePosition.of(5, 1), d.position().orElseThrow(), "at the third takeaway");
    assertEquals(2, result.value().takeaways().size());
  }

  @Test
  void exactlyTheLimitsAreReadWithoutErrors() {
    ParseResult<Episode> result = parse(ParseLimits.builder().maxTakeaways(4).maxSections(5).build(), page(4, 5));
    assertTrue(result.diagnostics().isEmpty(), () -> result.diagnostics().toString());
    assertEquals(4, result.value().takeaways().size());
    assertEquals(5, result.value().sections().size());
  }

  @Test
  void defaultLimitsStopHostileCounts() {
    ParseResult<Episode> result = Parsers.discover().readEpisode(Input.ofText(page(10_001, 0)), TEXT);
    Diagnostic d = only(result, DiagnosticCodes.LIMIT_TAKEAWAYS);
    assertTrue(d.message().contains("more than 10000"), d::message);
  }

  @Test
  void strictModeNamesTheLimit() {
    Parsers strict = Parsers.builder().limits(ParseLimits.builder().maxSections(1).build()).strict(true).build();
    NuggetsParseException e =
        assertThrows(NuggetsParseException.class, () -> strict.readEpisode(Input.ofText(page(1, 2)), TEXT));
    assertTrue(e.getMessage().contains("<string>:8:1: error: limit.sections more than 1 sections"), e::getMessage);
  }
}
