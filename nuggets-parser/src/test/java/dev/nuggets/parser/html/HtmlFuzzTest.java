package dev.nuggets.parser.html;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.io.ByteArrayInputStream;

/**
 * Any bytes read as html give a result, never a {@code parser.failure} (an exception or a stack overflow caught by
 * {@link Parsers}). In {@code mvn verify} it replays its inputs folder; {@code JAZZER_FUZZ=1} fuzzes for real.
 */
class HtmlFuzzTest {
  private static final Parsers PARSERS =
      Parsers.builder()
          .discover(false)
          .register(new HtmlParser())
          .limits(ParseLimits.builder().maxDepth(16).maxSections(50).maxTakeaways(50).build())
          .build();

  @FuzzTest(maxDuration = "60s")
  void anyInputGivesAResult(byte[] input) {
    ParseResult result = PARSERS.parse(new ByteArrayInputStream(input), "fuzz.html", "html");
    for (Diagnostic d : result.diagnostics()) {
      assertFalse(d.code().equals(DiagnosticCodes.PARSER_FAILURE), d::toString);
    }
  }
}
