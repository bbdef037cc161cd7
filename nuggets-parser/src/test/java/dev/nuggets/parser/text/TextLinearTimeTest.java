package dev.nuggets.parser.text;

import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.parser.LinearParsing;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The text parser reads adversarial pages in time linear in their size: each family is parsed at size n and 8n and
 * the time ratio must stay far below what a quadratic algorithm shows (see {@link LinearParsing}).
 */
class TextLinearTimeTest {
  private static void assertLinear(String family, int n, IntFunction<String> page) {
    LinearParsing.assertLinearParse(TextFormat.FORMAT.name(), family, n, page);
  }

  @Test
  void oneMultiMegabyteLine() {
    assertLinear("one long line of prose", 32_768, n -> "The guest explains. ".repeat(n));
  }

  @Test
  void oneLongLineAfterAFullPage() {
    assertLinear(
        "a page whose last paragraph is one long line", 32_768,
        n -> "Title\nKey takeaways\nOne.\nTable of contents\n• Part One\nPart One\n" + "word ".repeat(n));
  }

  @Test
  void hundredThousandTakeawayBullets() {
    assertLinear(
        "100,000 takeaway bullets", 12_500,
        n -> "Title\nKey takeaways\n" + "• Label Here: a takeaway that says something.\n".repeat(n));
  }

  @Test
  void tenThousandTableOfContentsEntries() {
    assertLinear(
        "10,000 table-of-contents entries, each with its section", 1_250,
        n -> {
          StringBuilder page = new StringBuilder("Title\nKey takeaways\nOne.\nTable of contents\n");
          for (int i = 0; i < n; i++) {
            page.append("• Part ").append(i).append(' ');
          }
          page.append("Part 0\n");
          for (int i = 0; i < n; i++) {
            page.append("Part ").append(i).append("\nThe section's only paragraph, longer than its heading.\n");
          }
          return page.toString();
        });
  }

  @Test
  void tableOfContentsEntriesOnManyLinesGluedAtTheEnd() {
    assertLinear(
        "table-of-contents lines with a glued entry that matches no heading", 1_250,
        n -> {
          StringBuilder page = new StringBuilder("Title\nTable of contents\n");
          for (int i = 0; i < n; i++) {
            page.append("• Entry Number ").append(i).append('\n');
          }
          page.append("• ").append("Glued Entry ".repeat(n)).append('\n');
          for (int i = 0; i < n; i++) {
            page.append("Glued Entry ".repeat(i % 20 + 1)).append("and a paragraph that goes on.\n");
          }
          return page.toString();
        });
  }

  @Test
  void thousandsOfTinyItems() {
    assertLinear("thousands of one-character lines", 20_000, n -> "x\n".repeat(n));
  }

  @Test
  void thousandsOfTinyBulletsOnOneTableOfContentsLine() {
    assertLinear(
        "one table-of-contents line of empty bullets", 50_000,
        n -> "Title\nTable of contents\n" + "• ".repeat(n) + "\nx\n");
  }

  @Test
  void nearMissHeadings() {
    assertLinear(
        "near-miss headings: heading-shaped lines that end in a full stop, entries that differ in the last letter",
        2_000,
        n -> {
          StringBuilder page = new StringBuilder("Title\nTable of contents\n");
          for (int i = 0; i < n; i++) {
            page.append("• Alpha Beta Gamma ").append(i).append(" Delta ");
          }
          page.append('\n');
          for (int i = 0; i < n; i++) {
            page.append("Alpha Beta Gamma ").append(i).append(" Deltx\n");
            page.append("Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda.\n");
          }
          return page.toString();
        });
  }

  @Test
  void unmatchedEntriesWithEmojiOnOneLongLine() {
    // every unmatched entry is reported at its column; emoji make each column a count of code points, not units
    assertLinear(
        "one table-of-contents line of entries with emoji that no heading matches", 2_000,
        n -> {
          StringBuilder page = new StringBuilder("Title\nTable of contents\n");
          for (int i = 0; i < n; i++) {
            page.append("• 😀 Entry ").append(i).append(" 🎧 ");
          }
          return page.append("\nA closing paragraph that no section holds.\n").toString();
        });
  }

  @Test
  void nearMissLabelsAndTitles() {
    assertLinear(
        "takeaways with a colon just past the label limit, titles with unbalanced parentheses", 5_000,
        n -> {
          StringBuilder page = new StringBuilder("Ada ((((((((((( (Founder - Topic\nKey takeaways\n");
          for (int i = 0; i < n; i++) {
            page.append("Word ".repeat(16)).append(":").append(" text: more: text\n");
          }
          return page.toString();
        });
  }

  @Test
  void manySpacesAndZeroWidthCharacters() {
    assertLinear(
        "lines of spaces, NBSP and zero-width characters around short words", 4_000,
        n -> ("\u00A0 \u200B\u2003 Word \u00A0\u200B  Word   \u2060\n").repeat(n));
  }
}
