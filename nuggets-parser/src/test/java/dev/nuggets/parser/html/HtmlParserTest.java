package dev.nuggets.parser.html;

import static dev.nuggets.parser.FormatAssertions.at;
import static dev.nuggets.parser.FormatAssertions.codes;
import static dev.nuggets.parser.FormatAssertions.detected;
import static dev.nuggets.parser.FormatAssertions.headings;
import static dev.nuggets.parser.FormatAssertions.only;
import static dev.nuggets.parser.FormatAssertions.resource;
import static dev.nuggets.parser.FormatAssertions.withoutSectionEnds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.FormatAssertions;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.parser.jsonld.JsonLdCodes;
import dev.nuggets.parser.markdown.MarkdownParser;
import dev.nuggets.parser.text.TextParser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlParserTest {
  private static final Parsers PARSERS =
      Parsers.builder()
          .discover(false)
          .register(new HtmlParser())
          .register(new MarkdownParser())
          .register(new TextParser())
          .build();

  static String sample(String name) {
    return resource(HtmlParserTest.class, name);
  }

  static ParseResult<Episode> parse(String text) {
    return PARSERS.readEpisode(Input.ofText(text), new HtmlParser().format().name());
  }

  static ParseResult<Episode> parse(String text, ParseLimits limits) {
    return FormatAssertions.parse(new HtmlParser(), text, limits);
  }

  /** The format's confidence that {@code text}, with no telling name, is an episode in it. */
  static int confidence(String text) {
    return new HtmlParser().confidence(ContentKind.EPISODE, InputPrefix.of("<stdin>", text));
  }

  static Episode coralReefsWithoutEnds() {
    return withoutSectionEnds(SampleEpisodes.coralReefs());
  }

  @Nested
  class RendererShapedPage {
    private final ParseResult<Episode> result = parse(sample("coral-reefs.html"));

    @Test
    void readsTheWholeEpisodeBackWithoutDiagnostics() {
      assertEquals(List.of(), result.diagnostics());
      assertEquals(coralReefsWithoutEnds(), result.value());
    }

    @Test
    void aSectionMissingFromTheNavIsNotListed() {
      assertFalse(result.value().sections().get(2).listedInToc());
      assertEquals(3, result.value().tableOfContents().size());
    }

    @Test
    void isDetectedByExtensionAndByContent() {
      String html = sample("coral-reefs.html");
      assertEquals("html", detected(PARSERS, "page.htm", html));
      assertEquals("html", detected(PARSERS, "<stdin>", html));
      String fragment = html.substring(html.indexOf("<article>"), html.indexOf("</body>"));
      assertEquals("html", detected(PARSERS, "<stdin>", fragment));
      assertEquals(coralReefsWithoutEnds().toBuilder().title(result.value().title().orElseThrow())
          .podcastTitle(Optional.empty()).publishedOn(Optional.empty()).duration(Optional.empty())
          .link(Optional.empty()).build(), parse(fragment).value(), "a fragment without JSON-LD");
    }
  }

  @Nested
  class OrdinaryArticle {
    private final ParseResult<Episode> result = parse(sample("sleep-article.html"));
    private final Episode episode = result.value();

    @Test
    void ignoresChromeScriptsAndHiddenText() {
      String all = episode.toString();
      for (String chrome : List.of("Example Blog", "About", "not content", "Related posts", "Search", "Draft note",
          "2026")) {
        assertFalse(all.contains(chrome), chrome);
      }
      assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void titlePeopleAndTakeaways() {
      assertEquals("Why Sleep Matters", episode.title().orElseThrow());
      assertEquals(
          List.of(
              Person.of("Sam Okafor", Role.HOST),
              Person.builder().name("Lena Hart").role(Role.GUEST).description("Sleep Researcher").build()),
          episode.people());
      assertEquals(
          List.of(
              Takeaway.builder().text("Adults need seven to nine hours").start(Duration.ofSeconds(130)).build(),
              Takeaway.builder().label("Caffeine").text("its half-life is about five hours.").build(),
              Takeaway.of("Even an afternoon coffee delays deep sleep.")),
          episode.takeaways());
    }

    @Test
    void sectionsWithLooseTextListItemsQuotesTablesAndFigures() {
      assertEquals(List.of("Intro", "The science of sleep"), headings(episode));
      assertEquals(Duration.ZERO, episode.sections().get(0).start().orElseThrow());
      assertEquals(
          List.of("Welcome back to the show.", "The guest runs a sleep lab."), episode.sections().get(0).paragraphs());
      assertEquals(
          List.of(
              "Sleep has stages:", "light sleep", "deep sleep", "slow waves", "Nobody adapts to less sleep.",
              "Stage | Share", "Deep | 20%", "A hypnogram", "One night of sleep"),
          episode.sections().get(1).paragraphs());
    }
  }

  @Test
  void aBoldLandmarkParagraphActsAsItsHeading() {
    ParseResult<Episode> result = parse("<h1>T</h1><p><strong>Key takeaways:</strong></p><ul><li>a</li></ul><h2>S</h2><p>x</p>");
    assertEquals(List.of(Takeaway.of("a")), result.value().takeaways());
    assertEquals(List.of(), result.diagnostics());
  }

  @Nested
  class Metadata {
    private static final String EPISODE_LD =
        "<script type=\"application/ld+json\">\n"
            + "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": [\"PodcastEpisode\"], \"name\": \"Ld title\","
            + " \"description\": \"About sleep.\", \"datePublished\": \"2026-03-14T09:30:00Z\","
            + " \"duration\": \"PT1H\", \"url\": \"https://x.example/1\"}]}\n</script>";

    @Test
    void jsonLdInAGraphFillsTheMetadataAndNamesWhatItCannotKeep() {
      ParseResult<Episode> result = parse(EPISODE_LD + "\n<h2>A</h2><p>x</p>");
      Episode episode = result.value();
      assertEquals("Ld title", episode.title().orElseThrow());
      assertEquals(PublicationDate.parse("2026-03-14T09:30:00Z"), episode.publishedOn().orElseThrow());
      assertEquals(Duration.ofHours(1), episode.duration().orElseThrow());
      assertEquals("https://x.example/1", episode.link().orElseThrow());
      Diagnostic description = only(result, HtmlCodes.JSONLD_NOT_KEPT);
      assertTrue(description.message().contains("About sleep."));
      assertEquals(SourcePosition.of(2, 1), at(description));
    }

    @Test
    void anEpisodeNestedInAWebPageIsFound() {
      Episode episode =
          parse("<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\":"
                  + " \"PodcastEpisode\", \"partOfSeries\": {\"name\": \"The Show\"}}}</script><h2>A</h2>")
              .value();
      assertEquals("The Show", episode.podcastTitle().orElseThrow());
    }

    @Test
    void theH1WinsOverTheJsonLdName() {
      ParseResult<Episode> result = parse(EPISODE_LD.replace(" \"description\": \"About sleep.\",", "") + "<h1>Page title</h1>");
      assertEquals("Page title", result.value().title().orElseThrow());
      assertTrue(only(result, HtmlCodes.JSONLD_NOT_KEPT).message().contains("Ld title"));
    }

    @Test
    void invalidJsonLdIsReportedWhereItBreaks() {
      ParseResult<Episode> result = parse("<p>x</p>\n<script type=\"application/ld+json\">\n{\"name\": }\n</script>");
      assertEquals(SourcePosition.of(3, 10), at(only(result, JsonLdCodes.SYNTAX)));
    }

    @Test
    void unreadableJsonLdValues() {
      ParseResult<Episode> result =
          parse("<script type=\"application/ld+json\">{\"@type\": \"PodcastEpisode\", \"datePublished\": \"soon\","
              + " \"timeRequired\": \"long\"}</script>");
      assertEquals(
          List.of(JsonLdCodes.BAD_DATE, JsonLdCodes.BAD_TIME),
          codes(result).stream().filter(c -> c.startsWith("jsonld.bad-")).sorted().toList());
    }

    @Test
    void theRenderersMetadataLineIsMetadataNotAParagraph() {
      ParseResult<Episode> result =
          parse("<article class=\"episode\"><header><p class=\"episode-meta\"><span class=\"podcast\">Deep"
              + " Water</span> · <time datetime=\"2026-03-14\">2026-03-14</time> · <time datetime=\"PT52M17S\">"
              + "00:52:17</time> · <a href=\"https://x.example/7?a=1&amp;b=2\">Episode page</a></p>"
              + "<h1>Reefs</h1></header><section><h2>A</h2><p>x</p></section></article>");
      Episode episode = result.value();
      assertEquals("Deep Water", episode.podcastTitle().orElseThrow());
      assertEquals(PublicationDate.parse("2026-03-14"), episode.publishedOn().orElseThrow());
      assertEquals(Duration.parse("PT52M17S"), episode.duration().orElseThrow());
      assertEquals("https://x.example/7?a=1&b=2", episode.link().orElseThrow());
      assertEquals(List.of(), result.diagnostics());
    }

    @Test
    void anUnreadableTimeInTheMetadataLineIsNamed() {
      ParseResult<Episode> result =
          parse("<p class=\"episode-meta\"><time datetime=\"soon\">soon</time></p><h1>T</h1><h2>A</h2>");
      assertEquals(SourcePosition.of(1, 25), at(only(result, HtmlCodes.METADATA_VALUE)));
    }

    @Test
    void aRenderedPageKeepsTimesWrittenInTheText() {
      String item = "<li>(01:02:03) starts with a time <time datetime=\"PT5M\">00:05:00</time></li>";
      Episode rendered =
          parse("<article class=\"episode\"><h1>T</h1><h2>Key takeaways</h2><ul>" + item + "</ul></article>")
              .value();
      assertEquals(
          List.of(Takeaway.builder().text("(01:02:03) starts with a time").start(Duration.ofMinutes(5)).build()),
          rendered.takeaways());
      Episode handWritten =
          parse("<article><h1>T</h1><h2>Key takeaways</h2><ul><li>(01:02:03) a time</li></ul></article>").value();
      assertEquals(
          List.of(Takeaway.builder().text("a time").start(Duration.parse("PT1H2M3S")).build()),
          handWritten.takeaways());
    }

    @Test
    void jsonLdPeopleCountWhenThePageNamesNone() {
      String ld =
          "<script type=\"application/ld+json\">{\"@type\": \"WebPage\", \"mainEntity\": {\"@type\":"
              + " \"PodcastEpisode\", \"actor\": {\"@type\": \"Person\", \"name\": \"Sam Okafor\"}}}</script>";
      assertEquals(
          List.of(Person.builder().name("Sam Okafor").role(Role.HOST).build()),
          parse(ld + "<h1>T</h1><h2>A</h2>").value().people());
      assertEquals(
          List.of("Maya Lindqvist"),
          parse(ld + "<h1>T</h1><ul class=\"people\"><li>Guest: Maya Lindqvist</li></ul><h2>A</h2>")
              .value().people().stream().map(Person::name).toList());
    }

    @Test
    void titleFallsBackToTheTitleElement() {
      assertEquals("Just a title", parse("<title>Just a title</title><h2>A</h2>").value().title().orElseThrow());
    }

    @Test
    void peopleListsInEveryWrittenForm() {
      Episode episode =
          parse("<h1>T</h1><ul class=\"people\"><li>Sam Okafor (Host)</li><li>Maya Lindqvist (Guest, Marine"
                  + " Biologist)</li><li>Guests: Ana Souza, Lee Chen</li><li itemprop=\"actor\"><span"
                  + " itemprop=\"name\">Kim Park</span> <span itemprop=\"roleName\">producer</span></li>"
                  + "<li>Ada Example, guest, Founder of Example Labs</li><li>Bo Li — Sound Designer</li></ul>")
              .value();
      assertEquals(
          List.of(
              Person.of("Sam Okafor", Role.HOST),
              Person.builder().name("Maya Lindqvist").role(Role.GUEST).description("Marine Biologist").build(),
              Person.of("Ana Souza", Role.GUEST),
              Person.of("Lee Chen", Role.GUEST),
              Person.of("Kim Park", Role.PRODUCER),
              Person.builder().name("Ada Example").role(Role.GUEST).description("Founder of Example Labs").build(),
              Person.of("Bo Li", Role.of("Sound Designer"))),
          episode.people());
    }

    /** Markup a browser does not show as text, or that holds no text of its own: never a person's name. */
    @ParameterizedTest
    @ValueSource(
        strings = {
          "<button>x</button>", "<noscript>x</noscript>", "<select><option>x</option></select>",
          "<b hidden>x</b>", "<svg><text>x</text></svg>", "<template>x</template>", "<textarea>x</textarea>",
          "<span aria-hidden=\"true\">x</span>"
        })
    void aNameOfHiddenOrChromeTextIsWarnedAndThatPersonSkipped(String hidden) {
      ParseResult<Episode> result =
          parse("<h1>T</h1>\n<ul class=\"people\"><li><span class=\"name\">" + hidden + "</span></li>\n"
              + "<li><span class=\"name\">Sam Okafor</span></li></ul><h2>A</h2><p>text</p>");
      assertEquals(List.of(HtmlCodes.UNRECOGNISED_PERSON), codes(result), hidden);
      assertEquals(SourcePosition.of(2, 20), at(only(result, HtmlCodes.UNRECOGNISED_PERSON)), hidden);
      assertEquals(List.of(Person.of("Sam Okafor", Role.HOST)), result.value().people(), hidden);
      assertEquals(Optional.of("T"), result.value().title(), hidden);
      assertEquals(List.of("A"), headings(result.value()), hidden);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "<button>x</button>", "<noscript>x</noscript>", "<select><option>x</option></select>",
          "<b hidden>x</b>", "<svg><text>x</text></svg>", "<template>x</template>", "<textarea>x</textarea>"
        })
    void aRoleOrDescriptionOfHiddenTextIsLeftOut(String hidden) {
      ParseResult<Episode> result =
          parse("<h1>T</h1><ul class=\"people\"><li><span class=\"name\">Sam</span> <span class=\"role\">"
              + hidden + "</span> <span class=\"description\">" + hidden + "</span></li></ul>");
      assertEquals(List.of(), codes(result), hidden);
      assertEquals(List.of(Person.of("Sam", Role.HOST)), result.value().people(), hidden);
    }

    @Test
    void aPodcastNameOfHiddenTextIsLeftOut() {
      ParseResult<Episode> result =
          parse("<p class=\"episode-meta\"><span class=\"podcast\"><button>x</button></span></p><h1>T</h1>");
      assertEquals(List.of(), codes(result));
      assertEquals(Optional.empty(), result.value().podcastTitle());
    }

    @Test
    void anUnreadablePersonIsQuoted() {
      ParseResult<Episode> result = parse("<h1>T</h1>\n<ul class=\"people\">\n<li>???</li></ul>");
      assertEquals(SourcePosition.of(3, 1), at(only(result, HtmlCodes.UNRECOGNISED_PERSON)));
    }
  }

  @Nested
  class TableOfContents {
    @Test
    void aListUnderATableOfContentsHeadingAndAnEntryWithoutSection() {
      ParseResult<Episode> result =
          parse("<h2>Contents</h2>\n<ul><li><a href=\"#a\">A</a></li>\n<li>Missing</li></ul>\n<h2 id=\"a\">Alpha</h2>"
              + "<p>x</p><h2>Other</h2><p>y</p>");
      assertEquals(List.of("Alpha", "Missing", "Other"), headings(result.value()));
      assertTrue(result.value().sections().get(0).listedInToc());
      assertFalse(result.value().sections().get(2).listedInToc());
      assertEquals(SourcePosition.of(3, 1), at(only(result, HtmlCodes.TOC_ENTRY_WITHOUT_SECTION)));
    }

    @Test
    void aNavOfSiteLinksIsChromeNotAToc() {
      ParseResult<Episode> result = parse("<nav><a href=\"/a\">Home</a><a href=\"/b\">Blog</a></nav><h2>A</h2><p>x</p>");
      assertTrue(result.value().sections().get(0).listedInToc());
      assertFalse(result.value().toString().contains("Home"));
    }

    @Test
    void emptyTocHeadingIsWarned() {
      ParseResult<Episode> result = parse("<h2>Table of contents</h2>\n<h2>A</h2><p>x</p>");
      assertEquals(SourcePosition.of(1, 1), at(only(result, HtmlCodes.TOC_EMPTY)));
    }
  }

  @Nested
  class Detection {
    @Test
    void confidenceLevels() {
      assertEquals(100, confidence("\n  <!DOCTYPE html><p>x</p>"));
      assertEquals(95, confidence("<html><body></body></html>"));
      assertEquals(90, confidence("<article><h1>x</h1></article>"));
      assertEquals(85, confidence("<h2>x</h2><p>y</p>"));
      assertEquals(0, confidence("# Title\n\nText"));
    }

    @Test
    void plainTextPagesStayText() {
      String page = "Coral Reefs\nKey takeaways\nBleaching is a stress response.\nTable of contents\n• A\nA\nText.";
      assertEquals("text", detected(PARSERS, "<stdin>", page));
    }

    @Test
    void markdownStaysMarkdown() {
      String markdown = "# Title\n\n<div>raw html</div>\n\n## Part\n\nText.";
      assertEquals("markdown", detected(PARSERS, "<stdin>", markdown));
    }
  }

  @Nested
  class LimitsAndBadInput {
    @Test
    void headingPositionsAreExact() {
      ParseResult<Episode> result = parse("<h1>T</h1>\n  <p>Stray 😀 <b>intro</b></p>\n<h2>A</h2>");
      Diagnostic stray = only(result, HtmlCodes.PARAGRAPH_WITHOUT_SECTION);
      assertEquals(SourcePosition.of(2, 3), at(stray));
      assertTrue(stray.message().contains("Stray 😀 intro"));
    }

    @Test
    void looseTextIsReportedAtItsFirstWord() {
      ParseResult<Episode> result = parse("<h1>T</h1>\n  stray <i>text</i>\n<h2>A</h2>");
      Diagnostic stray = only(result, HtmlCodes.PARAGRAPH_WITHOUT_SECTION);
      assertEquals(SourcePosition.of(2, 3), at(stray));
      assertTrue(stray.message().contains("\"stray text\""), stray::message);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<div>", "<section>", "<ul><li>", "<blockquote>", "<span>", "<b><i>", "<table><tr><td>"})
    void tenThousandLevelsOfNestingAreSafe(String open) {
      String html = "<h2>A</h2>" + open.repeat(10_000) + "deep text";
      ParseResult<Episode> result = parse(html);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), () -> result.diagnostics().toString());
      assertTrue(
          codes(result).contains(DiagnosticCodes.LIMIT_DEPTH) || result.value().toString().contains("deep text"),
          () -> "neither kept nor reported: " + result.diagnostics());
    }

    @Test
    void elementsDeeperThanTheLimitAreSkippedAndReportedOnce() {
      String line2 = "<div><div><p>kept</p><div><p>too deep</p><div><p>deeper</p></div></div></div></div>";
      ParseResult<Episode> result = parse("<h2>A</h2>\n" + line2, ParseLimits.builder().maxDepth(3).build());
      assertEquals(List.of("kept"), result.value().sections().get(0).paragraphs());
      int tooDeep = line2.indexOf("<p>too deep");
      assertEquals(SourcePosition.of(2, tooDeep + 1), at(only(result, DiagnosticCodes.LIMIT_DEPTH)));
    }

    @Test
    void nestedListsDeeperThanTheLimit() {
      ParseResult<Episode> result =
          parse("<h2>A</h2><ul><li>one<ul><li>two<ul><li>three</li></ul></li></ul></li></ul>",
              ParseLimits.builder().maxDepth(4).build());
      assertEquals(List.of("one", "two"), result.value().sections().get(0).paragraphs());
      assertTrue(codes(result).contains(DiagnosticCodes.LIMIT_DEPTH));
    }

    @Test
    void sectionAndTakeawayLimits() {
      ParseResult<Episode> sections =
          parse("<h2>A</h2><h2>B</h2>\n<h2>C</h2>", ParseLimits.builder().maxSections(2).build());
      assertEquals(List.of("A", "B"), headings(sections.value()));
      assertEquals(SourcePosition.of(2, 1), at(only(sections, DiagnosticCodes.LIMIT_SECTIONS)));
      ParseResult<Episode> takeaways =
          parse("<h2>Key takeaways</h2><ul><li>a</li><li>b</li>\n<li>c</li></ul>",
              ParseLimits.builder().maxTakeaways(2).build());
      assertEquals(2, takeaways.value().takeaways().size());
      assertEquals(SourcePosition.of(2, 1), at(only(takeaways, DiagnosticCodes.LIMIT_TAKEAWAYS)));
    }

    @Test
    void unclosedAndMisnestedTagsAreRepaired() {
      ParseResult<Episode> result = parse("<h2>A</h2><p>one<p>two <b>bold <i>both</b> italic</i>\n<h2>B</h2><li>stray item");
      assertEquals(List.of("A", "B"), headings(result.value()));
      assertEquals(List.of("one", "two bold both italic"), result.value().sections().get(0).paragraphs());
      assertEquals(List.of("stray item"), result.value().sections().get(1).paragraphs());
    }

    @Test
    void deeplyNestedJsonLdIsReportedWhereTheLimitIsPassedAndThePageStillRead() {
      ParseResult<Episode> result =
          parse("<script type=\"application/ld+json\">" + "[".repeat(10_000) + "</script><h2>A</h2>");
      // the JSON-LD block is read by the jsonld format with the page's limits, positions in the page
      Diagnostic depth = result.diagnostics().stream()
          .filter(d -> d.code().equals(DiagnosticCodes.LIMIT_DEPTH)).findFirst().orElseThrow();
      assertEquals(SourcePosition.of(1, 36 + ParseLimits.defaults().maxDepth()), at(depth));
      assertEquals(List.of("A"), headings(result.value()));
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\r\n", "\r"})
    void everyLineEndReadsTheSame(String lineEnd) {
      FormatAssertions.assertLineEndsReadTheSame(PARSERS, sample("sleep-article.html"), "html", lineEnd);
    }

    @Test
    void emptyBinaryAndGarbage() {
      assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(parse("")));
      assertEquals(List.of(DiagnosticCodes.INPUT_BINARY), codes(parse("\0\1\2PK\3\4")));
      for (String garbage : List.of("<", "</>", "<<>>", "<!--", "<![CDATA[", "<script>", "&#xFFFFFFFF;", "<a href=")) {
        assertFalse(codes(parse(garbage)).contains(DiagnosticCodes.PARSER_FAILURE), garbage);
      }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void hostileTextNeverFailsTheParser(long seed) {
      HostileText hostile = new HostileText(seed);
      String[] tags = {"<h2>", "<p>", "<ul><li>", "</ul>", "<nav>", "<h1>", "<section id=x>", "<li>", "</p>", "<br>"};
      StringBuilder page = new StringBuilder();
      for (int i = 0; i < 80; i++) {
        page.append(tags[i % tags.length]).append(hostile.text(10)).append('\n');
      }
      ParseResult<Episode> result = parse(page.toString());
      assertFalse(
          codes(result).contains(DiagnosticCodes.PARSER_FAILURE),
          () -> "seed " + seed + ": " + result.diagnostics());
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"coral-reefs.html", "sleep-article.html"})
  void oneParserServesManyThreads(String sample) throws Exception {
    FormatAssertions.assertSameFromManyThreads(PARSERS, sample(sample), "html");
  }
}
