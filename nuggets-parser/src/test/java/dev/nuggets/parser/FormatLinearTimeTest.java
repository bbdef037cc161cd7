package dev.nuggets.parser;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Adversarial families for the nested and markup formats, parsed at size n and 8n through {@link Parsers} (see
 * {@link LinearParsing}). A family whose format is not registered skips with a message, so each one starts running
 * as soon as its parser is added.
 */
class FormatLinearTimeTest {
  private static void check(String format, String family, int n, IntFunction<String> input) {
    LinearParsing.assertLinearParse(format, family, n, input);
  }

  private static String repeat(String open, int n, String middle, String close) {
    return open.repeat(n) + middle + close.repeat(n);
  }

  // Markdown

  /**
   * Lists nested n deep in input of size O(n): the markers on one line ({@code - - - item}). One item per line, each
   * indented under the last, would make the input itself grow as n², and any reader's time with it.
   */
  @Test
  void markdownDeeplyNestedLists() {
    check("markdown", "deeply nested lists", 2_000,
        n -> "# Title\n\n## Key takeaways\n\n" + "- ".repeat(n) + "item\n- a takeaway\n");
  }

  @Test
  void markdownDeeplyNestedBlockQuotes() {
    check("markdown", "deeply nested block quotes", 2_000, n -> "> ".repeat(n) + "quoted\n");
  }

  @Test
  void markdownHundredThousandBullets() {
    check("markdown", "100,000 bullets", 12_500, n -> "# Title\n\n## Key takeaways\n\n" + "- a takeaway\n".repeat(n));
  }

  @Test
  void markdownTenThousandHeadings() {
    check("markdown", "10,000 sections", 1_250, n -> {
      StringBuilder out = new StringBuilder("# Title\n\n");
      for (int i = 0; i < n; i++) {
        out.append("## Part ").append(i).append("\n\nA paragraph.\n\n");
      }
      return out.toString();
    });
  }

  @Test
  void markdownUnclosedEmphasisAndBrackets() {
    check("markdown", "unclosed emphasis, links and brackets", 5_000,
        n -> "# Title\n\n" + "*a **b [c ![d `e ".repeat(n) + "\n");
  }

  @Test
  void markdownOneMultiMegabyteLine() {
    check("markdown", "one long line", 32_768, n -> "# Title\n\n" + "word ".repeat(n) + "\n");
  }

  // HTML

  @Test
  void htmlDeeplyNestedElements() {
    check("html", "deeply nested div elements", 2_000, n -> repeat("<div>", n, "text", "</div>"));
  }

  @Test
  void htmlDeeplyNestedLists() {
    check("html", "deeply nested lists", 1_000, n -> repeat("<ul><li>", n, "item", "</li></ul>"));
  }

  @Test
  void htmlUnclosedInlineElements() {
    check("html", "unclosed inline elements", 2_000, n -> "<h1>Title</h1><p>" + "<b><i>x".repeat(n));
  }

  @Test
  void htmlHundredThousandListItems() {
    check("html", "100,000 list items", 12_500,
        n -> "<h1>Title</h1><h2>Key takeaways</h2><ul>" + "<li>a takeaway</li>".repeat(n) + "</ul>");
  }

  // JSON

  @Test
  void jsonDeeplyNestedArrays() {
    check("json", "deeply nested arrays", 5_000, n -> "{\"title\":\"t\",\"x\":" + repeat("[", n, "1", "]") + "}");
  }

  @Test
  void jsonDeeplyNestedObjects() {
    check("json", "deeply nested objects", 5_000,
        n -> "{\"title\":\"t\",\"x\":" + repeat("{\"a\":", n, "1", "}") + "}");
  }

  @Test
  void jsonThousandsOfTinyTakeaways() {
    check("json", "thousands of tiny takeaways", 12_500,
        n -> "{\"title\":\"t\",\"takeaways\":[" + "{\"text\":\"x\"},".repeat(n) + "{\"text\":\"x\"}]}");
  }

  @Test
  void jsonOneMultiMegabyteString() {
    check("json", "one multi-megabyte string", 65_536, n -> "{\"title\":\"" + "word ".repeat(n) + "\"}");
  }

  @Test
  void jsonFeedOfManyEpisodes() {
    LinearParsing.assertLinearFeed("json", "a feed of many episodes", 2_500, n -> {
      StringBuilder out = new StringBuilder("{\"podcast\": {\"title\": \"Show\"}, \"episodes\": [");
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : ",").append("{\"title\": \"Episode ").append(i)
            .append("\", \"takeaways\": [{\"text\": \"x\"}], \"sections\": [{\"heading\": \"H\"}]}");
      }
      return out.append("]}").toString();
    });
  }

  // JSON-LD and chapters

  private static String jsonldSeries(int episodes) {
    StringBuilder out =
        new StringBuilder("{\"@context\": \"https://schema.org\", \"@type\": \"PodcastSeries\", \"name\": \"S\","
            + " \"episode\": [");
    for (int i = 0; i < episodes; i++) {
      out.append(i == 0 ? "" : ",").append("{\"@type\": \"PodcastEpisode\", \"name\": \"Episode ").append(i)
          .append("\"}");
    }
    return out.append("]}").toString();
  }

  /** Once quadratic: every episode found was compared with every one before it. */
  @Test
  void jsonldSeriesOfManyEpisodes() {
    LinearParsing.assertLinearFeed("jsonld", "a series of many episodes", 2_500, FormatLinearTimeTest::jsonldSeries);
  }

  @Test
  void jsonldSeriesOfManyEpisodesReadAsAnEpisode() {
    check("jsonld", "a series of many episodes, read as its first", 2_500, FormatLinearTimeTest::jsonldSeries);
  }

  @Test
  void jsonldDeeplyNestedGraph() {
    check("jsonld", "deeply nested objects", 5_000,
        n -> "{\"@context\":\"https://schema.org\",\"@type\":\"PodcastEpisode\",\"name\":\"t\",\"x\":"
            + repeat("{\"@type\":\"Thing\",\"a\":", n, "1", "}") + "}");
  }

  @Test
  void chaptersTenThousandChapters() {
    check("chapters", "10,000 chapters", 1_250, n -> {
      StringBuilder out = new StringBuilder("{\"version\":\"1.2.0\",\"chapters\":[");
      for (int i = 0; i < n; i++) {
        out.append(i == 0 ? "" : ",").append("{\"startTime\":").append(i).append(",\"title\":\"Part ").append(i)
            .append("\"}");
      }
      return out.append("]}").toString();
    });
  }

  @Test
  void chaptersDeeplyNestedArrays() {
    check("chapters", "deeply nested arrays", 5_000,
        n -> "{\"version\":\"1.2.0\",\"chapters\":" + repeat("[", n, "", "]") + "}");
  }
}
