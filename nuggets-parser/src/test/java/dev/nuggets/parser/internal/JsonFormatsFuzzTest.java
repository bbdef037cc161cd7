package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Any text, read as each JSON format, gives an episode and diagnostics, never a parser failure (an exception or
 * a stack overflow turned into {@code parser.failure} by {@link Parsers}). A plain build replays the committed
 * inputs in {@code JsonFormatsFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class JsonFormatsFuzzTest {
  private static final Parsers PARSERS =
      Parsers.builder().limits(ParseLimits.builder().maxDepth(8).maxSections(20).maxTakeaways(20).build()).build();

  @FuzzTest(maxDuration = "60s")
  void anyInputIsReadWithoutFailure(@Nullable String input) {
    if (input == null) {
      return; // Jazzer's way of saying "no string"; the empty string is among the inputs anyway
    }
    for (String format : List.of("json", "chapters", "jsonld")) {
      ParseResult result = PARSERS.parse(input, format);
      assertFalse(
          result.diagnostics().stream().map(Diagnostic::code).anyMatch(DiagnosticCodes.PARSER_FAILURE::equals),
          () -> format + ": " + result.diagnostics());
    }
    PARSERS.parse(input);
  }
}
