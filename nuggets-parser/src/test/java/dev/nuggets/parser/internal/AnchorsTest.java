package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.text.Slugs;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A table of contents links to a heading by its anchor, and the {@code markdown} and {@code html} parsers match
 * those links with the one rule the renderers write anchors by ({@link Slugs#slug}), so that an anchor written on
 * one side is found on the other. The cases are those where the two modules' slug functions once disagreed: an
 * accent precomposed or combining, a double space, a heading of punctuation only, connector punctuation.
 */
class AnchorsTest {
  private static final Parsers PARSERS = Parsers.discover();

  private static List<String> listed(Episode episode) {
    return episode.tableOfContents().stream().map(Section::heading).collect(Collectors.toList());
  }

  private static void assertMatchedByAnchor(ParseResult<Episode> result, String heading) {
    Episode episode = result.value();
    assertEquals(List.of(heading, "Other"), episode.sections().stream().map(Section::heading).toList());
    assertEquals(List.of(heading), listed(episode), () -> "the entry named by its anchor is the heading: " + episode);
    assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Caf\u00e9 culture | caf\u00e9-culture",
        "Cafe\u0301 culture | cafe\u0301-culture",
        "a  b | a--b",
        "!!! | id",
        "a\u203fb | a\u203fb",
        "Why Now? (And Why Not, 2024) | why-now-and-why-not-2024",
      },
      ignoreLeadingAndTrailingWhitespace = false)
  void theSlugOfAHeading(String heading, String slug) {
    assertEquals(slug.strip(), Slugs.slug(heading.strip()));
  }

  @ParameterizedTest(name = "markdown: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"Caf\u00e9 culture", "Cafe\u0301 culture", "a  b", "!!!", "a\u203fb"},
      ignoreLeadingAndTrailingWhitespace = false)
  void markdownMatchesATableOfContentsLinkToTheSlugOfAHeading(String heading) {
    for (String target : List.of(Slugs.slug(heading), URLEncoder.encode(Slugs.slug(heading), StandardCharsets.UTF_8))) {
      String markdown =
          "# Title\n\n## Table of contents\n\n- [Entry](#" + target + ")\n\n## " + heading + "\n\nText.\n\n"
              + "## Other\n\nMore.\n";
      assertMatchedByAnchor(PARSERS.readEpisode(Input.ofText(markdown), "markdown"), heading);
    }
  }

  @ParameterizedTest(name = "html: {0}")
  @CsvSource(
      delimiter = '|',
      value = {"Caf\u00e9 culture", "Cafe\u0301 culture", "a  b", "!!!", "a\u203fb"},
      ignoreLeadingAndTrailingWhitespace = false)
  void htmlMatchesATableOfContentsLinkToTheSlugOfAHeading(String heading) {
    // HTML folds runs of white space, so the heading "a  b" written as text reads as "a b": its anchor is that of
    // what the page shows. The html renderer writes the anchor of the model's heading as the heading's id.
    String shown = heading.replace("  ", " ");
    String page =
        "<h1>Title</h1>\n<nav class=\"toc\"><ul><li><a href=\"#" + Slugs.slug(shown) + "\">Entry</a></li></ul></nav>\n"
            + "<h2>" + heading + "</h2><p>Text.</p>\n<h2>Other</h2><p>More.</p>\n";
    assertMatchedByAnchor(PARSERS.readEpisode(Input.ofText(page), "html"), shown);
    String rendered =
        "<h1>Title</h1>\n<nav class=\"toc\"><ul><li><a href=\"#" + Slugs.slug(heading) + "\">Entry</a></li></ul></nav>\n"
            + "<section>\n<h2 id=\"" + Slugs.slug(heading) + "\">" + heading + "</h2>"
            + "<p>Text.</p></section>\n<h2>Other</h2><p>More.</p>\n";
    assertMatchedByAnchor(PARSERS.readEpisode(Input.ofText(rendered), "html"), shown);
  }
}
