package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Nesting deeper than {@code maxDepth} is an error that names the limit, in every nested format. Each check skips,
 * with a message, until its format's parser is registered. (Count limits are checked for every format that has a
 * renderer too, by {@code RenderedLimitsTest} in nuggets-render; the text format's limits by {@code TextLimitsTest}.)
 */
class DepthLimitTest {
  private static final int MAX_DEPTH = 8;
  private static final int NESTING = 40;
  private static final Parsers PARSERS =
      Parsers.builder().limits(ParseLimits.builder().maxDepth(MAX_DEPTH).build()).build();

  private static void assertDepthLimit(String format, String input) {
    assumeTrue(
        PARSERS.format(format).isPresent(),
        "skipped: no " + format + " parser is registered yet; this check runs once one is");
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(input), format);
    ParserContract.assertNoFailure(result, "input nested " + NESTING + " deep");
    List<Diagnostic> depth =
        result.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.LIMIT_DEPTH))
            .collect(Collectors.toList());
    assertTrue(!depth.isEmpty(), () -> format + " read " + NESTING + " levels with maxDepth = " + MAX_DEPTH
        + " without reporting limit.depth: " + result.diagnostics());
    Diagnostic first = depth.get(0);
    assertTrue(first.isError(), () -> "limit.depth is an error: " + first);
    assertTrue(first.message().contains("maxDepth"), () -> "the message names the limit: " + first);
  }

  @Test
  void json() {
    assertDepthLimit("json", "{\"title\":\"t\",\"sections\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}");
  }

  @Test
  void jsonld() {
    assertDepthLimit("jsonld", "{\"@context\":\"https://schema.org\",\"@type\":\"PodcastEpisode\",\"name\":\"t\","
        + "\"hasPart\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}");
  }

  @Test
  void chapters() {
    assertDepthLimit("chapters",
        "{\"version\":\"1.2.0\",\"chapters\":" + "[".repeat(NESTING) + "]".repeat(NESTING) + "}");
  }

  @Test
  void html() {
    assertDepthLimit("html",
        "<html><body><h1>Title</h1>" + "<div>".repeat(NESTING) + "deep" + "</div>".repeat(NESTING) + "</body></html>");
  }

  @Test
  void markdownLists() {
    StringBuilder page = new StringBuilder("# Title\n\n## Key takeaways\n\n");
    for (int i = 0; i < NESTING; i++) {
      page.append("  ".repeat(i)).append("- level ").append(i).append('\n');
    }
    assertDepthLimit("markdown", page.toString());
  }

  @Test
  void markdownBlockQuotes() {
    assertDepthLimit("markdown", "# Title\n\n" + "> ".repeat(NESTING) + "deep\n");
  }
}
