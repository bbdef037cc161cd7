package dev.nuggets.parser.text;

import static dev.nuggets.parser.text.TextParserTest.codes;
import static dev.nuggets.parser.text.TextParserTest.headings;
import static dev.nuggets.parser.text.TextParserTest.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.ParseResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Pages whose landmarks stand in other places than the usual layout (title, takeaways, table of contents,
 * sections): each must still give takeaways and sections, not one swallowing the other.
 */
class TextLayoutsTest {
  private static final List<String> TAKEAWAYS =
      List.of(
          "Key takeaways",
          "Soil health drives yield more than any single input.",
          "Cover crops pay back within three seasons on most farms.");

  private static final List<String> BODY =
      List.of(
          "Why Soil Matters",
          "Farmers who measure organic matter see the effect of every change they make.",
          "Cover Crops in Practice",
          "Rye and clover were the two crops most guests had tried first, with mixed results.");

  private static String page(List<List<String>> parts) {
    return parts.stream().flatMap(List::stream).collect(Collectors.joining("\n"));
  }

  private static List<String> takeawayTexts(Episode episode) {
    return episode.takeaways().stream().map(Takeaway::text).collect(Collectors.toList());
  }

  @Test
  void aTableOfContentsBeforeTheTakeawaysKeepsTheTakeaways() {
    ParseResult<Episode> result =
        parse(
            page(
                List.of(
                    List.of("Ana Ruiz (Agronomist) - Healthy Soil", "Table of contents",
                        "• Why Soil Matters • Cover Crops in Practice"),
                    TAKEAWAYS,
                    BODY)));
    Episode episode = result.value();
    assertEquals(TAKEAWAYS.subList(1, 3), takeawayTexts(episode));
    assertEquals(List.of("Why Soil Matters", "Cover Crops in Practice"), headings(episode));
    assertTrue(episode.sections().stream().allMatch(Section::listedInToc));
  }

  @Test
  void aTrailingFullStopOnAnEntryStillMatchesItsHeading() {
    ParseResult<Episode> result =
        parse(
            page(
                List.of(
                    List.of("Ana Ruiz (Agronomist) - Healthy Soil"),
                    TAKEAWAYS,
                    List.of("Table of contents", "• Why Soil Matters. • Cover Crops in Practice."),
                    BODY)));
    Episode episode = result.value();
    assertEquals(List.of("Why Soil Matters", "Cover Crops in Practice"), headings(episode));
    assertEquals(List.of(), codes(result));
  }

  @Test
  void aSecondTableOfContentsIsReadAsOneAndReported() {
    List<String> toc = List.of("Table of contents", "• Why Soil Matters • Cover Crops in Practice");
    ParseResult<Episode> result =
        parse(page(List.of(List.of("Ana Ruiz (Agronomist) - Healthy Soil"), TAKEAWAYS, toc, BODY, toc)));
    Episode episode = result.value();
    assertEquals(List.of("Why Soil Matters", "Cover Crops in Practice"), headings(episode));
    assertTrue(
        episode.sections().stream().flatMap(s -> s.paragraphs().stream()).noneMatch(p -> p.startsWith("•")),
        () -> "a table of contents became paragraphs: " + episode.sections());
    assertEquals(List.of(TextCodes.TOC_REPEATED), codes(result));
  }
}
