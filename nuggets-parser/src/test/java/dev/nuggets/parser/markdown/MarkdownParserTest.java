package dev.nuggets.parser.markdown;

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
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
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
import dev.nuggets.parser.text.TextParser;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownParserTest {
  private static final Parsers PARSERS =
      Parsers.builder().discover(false).register(new MarkdownParser()).register(new TextParser()).build();

  static String sample(String name) {
    return resource(MarkdownParserTest.class, name);
  }

  static ParseResult<Episode> parse(String text) {
    return PARSERS.readEpisode(Input.ofText(text), new MarkdownParser().format().name());
  }

  static ParseResult<Episode> parse(String text, ParseLimits limits) {
    return FormatAssertions.parse(new MarkdownParser(), text, limits);
  }

  /** The format's confidence that {@code text}, with no telling name, is an episode in it. */
  static int confidence(String text) {
    return new MarkdownParser().confidence(ContentKind.EPISODE, InputPrefix.of("<stdin>", text));
  }

  static Episode coralReefsWithoutEnds() {
    return withoutSectionEnds(SampleEpisodes.coralReefs());
  }

  @Nested
  class RendererShapedDocument {
    private final ParseResult<Episode> result = parse(sample("coral-reefs.md"));

    @Test
    void readsTheWholeEpisodeBackWithoutDiagnostics() {
      assertEquals(List.of(), result.diagnostics());
      assertEquals(coralReefsWithoutEnds(), result.value());
    }

    @Test
    void aSectionMissingFromTheTableOfContentsIsNotListed() {
      Section sponsor = result.value().sections().get(2);
      assertEquals("A Word From Our Sponsor", sponsor.heading());
      assertFalse(sponsor.listedInToc());
      assertEquals(3, result.value().tableOfContents().size());
    }

    @Test
    void isDetectedByExtensionAndByContent() {
      String text = sample("coral-reefs.md");
      assertEquals("markdown", detected(PARSERS, "episode.md", text));
      assertEquals("markdown", detected(PARSERS, "episode.MARKDOWN", text));
      assertEquals("markdown", detected(PARSERS, "<stdin>", text));
      String withoutFrontMatter = text.substring(text.indexOf("# Maya"));
      assertEquals("markdown", detected(PARSERS, "<stdin>", withoutFrontMatter));
    }
  }

  @Nested
  class HandWrittenDocument {
    private final ParseResult<Episode> result = parse(sample("sleep-hand-written.md"));
    private final Episode episode = result.value();

    @Test
    void titleAndPeopleLines() {
      assertEquals("Why Sleep Matters, with Dr. Lena Hart", episode.title().orElseThrow());
      assertEquals(
          List.of(
              Person.of("Sam Okafor", Role.HOST),
              Person.builder().name("Lena Hart").role(Role.GUEST).description("Sleep Researcher").build()),
          episode.people());
    }

    @Test
    void numberedTakeawaysWithTimesLabelsAndNestedItems() {
      assertEquals(
          List.of(
              Takeaway.builder().text("Adults need seven to nine hours.").start(Duration.ofSeconds(130)).build(),
              Takeaway.builder().label("Caffeine").text("its half-life is about five hours.").build(),
              Takeaway.of("Even an afternoon coffee delays deep sleep.")),
          episode.takeaways());
    }

    @Test
    void sectionsWithListItemsAsParagraphsAndTheTableOfContentsChecked() {
      assertEquals(List.of("Intro", "The science of sleep", "Bonus: listener questions"), headings(episode));
      Section intro = episode.sections().get(0);
      assertEquals(Duration.ZERO, intro.start().orElseThrow());
      assertEquals(List.of("Welcome back to the show. The guest runs a sleep lab."), intro.paragraphs());
      assertEquals(
          List.of(
              "Sleep has stages:",
              "light sleep",
              "deep sleep",
              "slow waves",
              "Quote from the guest: \"Nobody adapts to less sleep.\"",
              "Listen to the full episode."),
          episode.sections().get(1).paragraphs());
      Section bonus = episode.sections().get(2);
      assertFalse(bonus.listedInToc());
      assertEquals(List.of("Q and A with listeners.\nSecond line after a hard break."), bonus.paragraphs());
    }

    @Test
    void invisibleTextIsNamedAtItsPosition() {
      assertEquals(List.of(MarkdownCodes.INVISIBLE_TEXT, MarkdownCodes.INVISIBLE_TEXT), codes(result));
      assertEquals(SourcePosition.of(31, 1), at(result.diagnostics().get(0)));
      assertTrue(result.diagnostics().get(0).message().contains("editor note"));
      assertEquals(SourcePosition.of(39, 1), at(result.diagnostics().get(1)));
      assertEquals(Severity.INFO, result.diagnostics().get(1).severity());
    }
  }

  @Test
  void aBoldOrBareLandmarkLineActsAsItsHeading() {
    Episode episode =
        parse("# T\n\n**Key Takeaways:**\n\n- a\n- b\n\nTable of contents\n\n- S\n\n## S\n\nKey takeaways\n").value();
    assertEquals(List.of(Takeaway.of("a"), Takeaway.of("b")), episode.takeaways());
    assertEquals(List.of("Key takeaways"), episode.sections().get(0).paragraphs(), "inside a section it is text");
    assertTrue(episode.sections().get(0).listedInToc());
  }

  @Nested
  class TimesInHeadingsAndItems {
    @ParameterizedTest(name = "{0}")
    @ValueSource(
        strings = {
          "## Planning (00:12:34)", "## [12:34] Planning", "## 00:12:34 - Planning", "## 0:12:34 Planning",
          "## Planning [00:12:34]", "## (12:34) Planning", "## Planning - 12:34"
        })
    void startTimesInEveryWrittenForm(String heading) {
      Episode episode = parse(heading + "\n\nText.").value();
      assertEquals("Planning", episode.sections().get(0).heading());
      assertEquals(Duration.ofMinutes(12).plusSeconds(34), episode.sections().get(0).start().orElseThrow());
    }

    @Test
    void hoursAndNumbersThatAreNotTimes() {
      Episode episode =
          parse("## 1:02:03 Late topic\n\nA.\n\n## 2024 Predictions\n\nB.\n\n## 12:34\n\nC.").value();
      assertEquals(Duration.ofSeconds(3723), episode.sections().get(0).start().orElseThrow());
      assertEquals("2024 Predictions", episode.sections().get(1).heading());
      assertTrue(episode.sections().get(1).start().isEmpty());
      assertEquals("12:34", episode.sections().get(2).heading(), "a heading that is only a time stays a heading");
    }
  }

  @Nested
  class TableOfContents {
    @Test
    void entryWithoutSectionIsKeptAsAnEmptySectionAndWarnedAtItsPosition() {
      ParseResult<Episode> result =
          parse("# T\n\n## Table of contents\n\n- [One](#one)\n- Two\n- [Three](#three)\n\n## One\n\nA.\n\n## Three\n\nC.");
      assertEquals(List.of("One", "Two", "Three"), headings(result.value()));
      assertTrue(result.value().sections().get(1).paragraphs().isEmpty());
      assertEquals(SourcePosition.of(6, 1), at(only(result, MarkdownCodes.TOC_ENTRY_WITHOUT_SECTION)));
    }

    @Test
    void sectionsOutOfOrderAreWarnedOnce() {
      ParseResult<Episode> result = parse("## Contents\n\n1. A\n2. B\n3. C\n\n## C\n\nc\n\n## B\n\nb\n\n## A\n\na");
      assertEquals(List.of("C", "B", "A"), headings(result.value()));
      assertEquals(SourcePosition.of(4, 1), at(only(result, MarkdownCodes.TOC_ORDER)));
    }

    @Test
    void entriesMatchByAnchorEvenWhenTheTextDiffers() {
      ParseResult<Episode> result =
          parse("## Table of contents\n\n- [Start here](#what-it-is)\n\n## What It Is?\n\nA.\n\n## Other\n\nB.");
      assertTrue(result.value().sections().get(0).listedInToc());
      assertFalse(result.value().sections().get(1).listedInToc());
      assertFalse(result.hasProblems(), () -> result.diagnostics().toString());
    }

    @Test
    void emptyTableOfContentsIsWarnedAndEverySectionStaysListed() {
      ParseResult<Episode> result = parse("## Table of contents\n\n## A\n\na");
      assertEquals(SourcePosition.of(1, 1), at(only(result, MarkdownCodes.TOC_EMPTY)));
      assertTrue(result.value().sections().get(0).listedInToc());
    }

    @Test
    void aChapterListWithoutHeadingsGivesTimedSections() {
      ParseResult<Episode> result = parse("# Show notes\n\n## Chapters\n\n00:00 Intro\n05:12 - Planning\n1:02:03 Outro");
      assertEquals(List.of("Intro", "Planning", "Outro"), headings(result.value()));
      assertEquals(Duration.ofSeconds(312), result.value().sections().get(1).start().orElseThrow());
      assertEquals(Severity.INFO, only(result, MarkdownCodes.TOC_AS_SECTIONS).severity());
    }
  }

  @Nested
  class FrontMatterVariants {
    @Test
    void commonVariantsOfTheKeys() {
      Episode episode =
          parse(
                  "---\nTitle: From front matter\nshow: The Show\nhosts: [Sam Okafor]\nguests:\n  - Maya Lindqvist"
                      + " (Marine Biologist)\ndate: 2026-03-14T09:30:00Z\nduration: \"52:17\"\nurl: https://x.example/1\n"
                      + "---\n\n## A\n\nText.")
              .value();
      assertEquals("From front matter", episode.title().orElseThrow());
      assertEquals("The Show", episode.podcastTitle().orElseThrow());
      assertEquals(
          List.of(
              Person.of("Sam Okafor", Role.HOST),
              Person.builder().name("Maya Lindqvist").role(Role.GUEST).description("Marine Biologist").build()),
          episode.people());
      assertEquals(PublicationDate.parse("2026-03-14T09:30:00Z"), episode.publishedOn().orElseThrow());
      assertEquals(Duration.ofSeconds(52 * 60 + 17), episode.duration().orElseThrow());
      assertEquals("https://x.example/1", episode.link().orElseThrow());
    }

    @Test
    void badValuesAndUnknownKeysAreNamedAtTheirKey() {
      ParseResult<Episode> result = parse("---\ntitle: T\npublished: last tuesday\nlayout: post\n---\n# T\n");
      assertEquals(SourcePosition.of(3, 1), at(only(result, MarkdownCodes.FRONT_MATTER_VALUE)));
      Diagnostic unknown = only(result, MarkdownCodes.FRONT_MATTER_UNKNOWN_KEY);
      assertEquals(SourcePosition.of(4, 1), at(unknown));
      assertTrue(unknown.message().contains("layout"));
      assertTrue(result.value().publishedOn().isEmpty());
    }

    @Test
    void invalidYamlIsReportedInsideTheFrontMatterAndTheBodyStillRead() {
      ParseResult<Episode> result = parse("---\ntitle: T\npeople: [a, b\n---\n\n## A\n\nText.");
      Diagnostic invalid = only(result, MarkdownCodes.FRONT_MATTER_INVALID);
      assertTrue(at(invalid).line() >= 2 && at(invalid).line() <= 3, invalid::toString);
      assertEquals(List.of("A"), headings(result.value()));
    }

    @Test
    void unclosedFrontMatterIsReadAsMarkdown() {
      ParseResult<Episode> result = parse("---\ntitle: T\n\n## A\n\nText.");
      assertEquals(SourcePosition.START, at(only(result, MarkdownCodes.FRONT_MATTER_UNCLOSED)));
      assertEquals(List.of("A"), headings(result.value()));
    }

    @Test
    void aTitleThatDiffersFromTheHeadingIsNamed() {
      ParseResult<Episode> result = parse("---\nshow: S\ntitle: Old title\n---\n# New title\n");
      assertEquals("New title", result.value().title().orElseThrow());
      Diagnostic differs = only(result, MarkdownCodes.TITLE_DIFFERS);
      assertTrue(differs.message().contains("Old title"));
      assertEquals(SourcePosition.of(3, 1), at(differs));
    }

    @Test
    void aNonMappingIsInvalid() {
      ParseResult<Episode> result = parse("---\n- a\n- b\n---\n# T\n");
      assertEquals(SourcePosition.of(2, 1), at(only(result, MarkdownCodes.FRONT_MATTER_INVALID)));
    }
  }

  @Nested
  class Paragraphs {
    @Test
    void textIsKeptCharacterForCharacter() {
      Episode episode = parse("## A  \u200Db\n\nTwo  spaces, a joiner 👩\u200D👧 and &#32;a reference&#32;").value();
      assertEquals("A  \u200Db", episode.sections().get(0).heading());
      assertEquals(List.of("Two  spaces, a joiner 👩\u200D👧 and  a reference "), episode.sections().get(0).paragraphs());
    }

    @Test
    void anEscapedEndIsTextNotAStartTime() {
      Episode episode =
          parse("## Key takeaways\n\n- \\(01:02:03) is a time\n- ends - 1:02:0&#51;\n- (00:01:02) timed\n\n"
                  + "## \\[12:34\\] Heading")
              .value();
      assertEquals(
          List.of(Takeaway.of("(01:02:03) is a time"), Takeaway.of("ends - 1:02:03"),
              Takeaway.builder().text("timed").start(Duration.ofSeconds(62)).build()),
          episode.takeaways());
      assertEquals("[12:34] Heading", episode.sections().get(0).heading());
      assertTrue(episode.sections().get(0).start().isEmpty());
    }

    @Test
    void paragraphBeforeTheFirstSectionIsQuotedAtItsPosition() {
      ParseResult<Episode> result = parse("# Title\n\n  Some *intro* text.\n\n## A\n\nText.");
      Diagnostic d = only(result, MarkdownCodes.PARAGRAPH_WITHOUT_SECTION);
      assertEquals(SourcePosition.of(3, 3), d.position().orElseThrow());
      assertTrue(d.message().contains("Some intro text."));
    }

    @Test
    void inlineMarkupBecomesPlainText() {
      Episode episode =
          parse("## A\n\n**Bold**, _it_, `code`, [link](https://x), ![alt text](i.png), <em>html</em> &amp; 😀")
              .value();
      assertEquals(
          List.of("Bold, it, code, link, alt text, html & 😀"), episode.sections().get(0).paragraphs());
    }

    @Test
    void inlineHtmlImagesGiveTheirAltTextAndCommentsAreNamed() {
      ParseResult<Episode> result = parse("## A\n\nLogo: <img src=\"l.png\" alt=\"Deep Water\"> end <!-- hidden --> .<br>next");
      assertEquals(List.of("Logo: Deep Water end .\nnext"), result.value().sections().get(0).paragraphs());
      assertEquals(SourcePosition.of(3, 46), at(only(result, MarkdownCodes.INVISIBLE_TEXT)));
    }

    @Test
    void setextHeadingsAndATakeawaysParagraphReadLineByLine() {
      ParseResult<Episode> result = parse(sample("odds-and-ends.md"));
      Episode episode = result.value();
      assertEquals("Notes", episode.title().orElseThrow());
      assertEquals(
          List.of(
              Takeaway.of("Sleep is a skill you can train."), Takeaway.of("Light in the morning sets the clock.")),
          episode.takeaways());
      assertEquals(List.of("First part"), headings(episode));
      assertEquals(Duration.ofMinutes(1), episode.sections().get(0).start().orElseThrow());
      assertEquals(
          List.of(
              "A plus-sign list item", "Another item with a link", "Raw HTML block text", "indented code line",
              "Final paragraph with trailing spaces and a tab\there."),
          episode.sections().get(0).paragraphs());
      assertEquals(SourcePosition.of(4, 1), at(only(result, MarkdownCodes.PARAGRAPH_WITHOUT_SECTION)));
      Diagnostic comment = only(result, MarkdownCodes.INVISIBLE_TEXT);
      assertEquals(SourcePosition.of(23, 1), at(comment));
      assertTrue(comment.message().contains("(lines 23-26)"), comment::message);
    }

    @Test
    void codeBlocksKeepTheirText() {
      Episode episode = parse("## A\n\n```\nline one\n  line two\n```\n\n    indented").value();
      assertEquals(List.of("line one\n  line two", "indented"), episode.sections().get(0).paragraphs());
    }

    @Test
    void columnsCountCodePoints() {
      ParseResult<Episode> result = parse("# T\n\n> 😀 x\n\n## A");
      assertEquals(SourcePosition.of(3, 3), at(only(result, MarkdownCodes.PARAGRAPH_WITHOUT_SECTION)));
    }
  }

  @Nested
  class Detection {
    @Test
    void plainTextPodcastNuggetsPagesStayText() {
      String page =
          "Coral Reefs\nKey takeaways\nBleaching is a stress response.\n- 🎧 Follow the shows you love.\n"
              + "Table of contents\n• What Bleaching Is\nWhat Bleaching Is\nCorals live with algae.";
      assertEquals("text", detected(PARSERS, "<stdin>", page));
      assertTrue(confidence(page) < 80);
    }

    @Test
    void aDocumentThatStartsWithAnHtmlBlockIsStillMarkdown() {
      assertEquals(60, confidence("<p align=\"center\"><img src=\"logo.png\" alt=\"Logo\"></p>\n\n# Title\n\nText."));
      assertEquals(60, confidence("<div>\nraw html\n</div>\n\n# Title\n\nText."));
    }

    @Test
    void xmlWhoseRootIsNotHtmlIsNotMarkdown() {
      assertEquals(0, confidence("<rss version=\"2.0\"><channel><title>T</title></channel></rss>"));
      assertEquals(0, confidence("<opml version=\"2.0\">\n<body/>\n</opml>\n\n# Not a heading of this file\n"));
    }

    @Test
    void htmlIsNotMarkdown() {
      assertEquals(0, confidence("<!DOCTYPE html>\n<html><h1>T</h1></html>"));
    }

    @Test
    void confidenceLevels() {
      assertEquals(95, confidence("---\ntitle: x\n---\n"));
      assertEquals(85, confidence("\n# Title\ntext"));
      assertEquals(60, confidence("intro\n## Part\ntext"));
      assertEquals(30, confidence("intro [a link](https://x.example)\n"));
      assertEquals(3, confidence("intro\n- item\n"));
      // any prose is Markdown, a little (once 0; now 1, so that it stays below text's 5 but is not refused)
      assertEquals(1, confidence("#hashtag and plain text"));
      assertEquals(0, confidence("{\"title\": \"JSON is not Markdown\"}"));
      assertEquals(0, confidence("WEBVTT\n\n00:00.000 --> 00:01.000\nHello"));
      assertEquals(85, confidence("Notes\n=====\n\nKey takeaways\n-------------\n"));
      assertEquals(60, confidence("intro\n\nKey takeaways\n---\ntext"));
    }
  }

  @Nested
  class LimitsAndBadInput {
    @Test
    void longLinesAreSkippedWithAnError() {
      ParseResult<Episode> result =
          parse("## A\n\nshort\n\n" + "x".repeat(50) + "\n", ParseLimits.builder().maxLineLength(40).build());
      assertEquals(SourcePosition.of(5, 1), at(only(result, DiagnosticCodes.LIMIT_LINE_LENGTH)));
      assertEquals(List.of("short"), result.value().sections().get(0).paragraphs());
    }

    @Test
    void listsNestedDeeperThanTheLimitAreSkipped() {
      ParseResult<Episode> result =
          parse("## A\n\n- one\n  - two\n    - three\n      - four\n", ParseLimits.builder().maxDepth(2).build());
      assertEquals(List.of("one", "two"), result.value().sections().get(0).paragraphs());
      assertEquals(SourcePosition.of(5, 5), at(only(result, DiagnosticCodes.LIMIT_DEPTH)));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"- ", "> ", "* > ", "1. "})
    void tenThousandLevelsOfNestingNeitherOverflowNorLoseTheLimit(String marker) {
      String deep = "## A\n\n" + marker.repeat(10_000) + "deep text\n";
      ParseResult<Episode> result = parse(deep);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), () -> result.diagnostics().toString());
      assertTrue(
          codes(result).contains(DiagnosticCodes.LIMIT_DEPTH) || result.value().toString().contains("deep text"),
          () -> "neither kept nor reported: " + result.diagnostics());
    }

    @Test
    void deepInlineNestingIsSafe() {
      String deep = "## A\n\n" + "*_".repeat(10_000) + "x" + "_*".repeat(10_000) + "\n" + "[".repeat(10_000);
      ParseResult<Episode> result = parse(deep);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), () -> result.diagnostics().toString());
      assertEquals(1, result.value().sections().size());
    }

    @Test
    void sectionAndTakeawayLimits() {
      ParseResult<Episode> sections =
          parse("## A\n\na\n\n## B\n\nb\n\n## C\n\nc", ParseLimits.builder().maxSections(2).build());
      assertEquals(List.of("A", "B"), headings(sections.value()));
      assertEquals(SourcePosition.of(9, 1), at(only(sections, DiagnosticCodes.LIMIT_SECTIONS)));
      ParseResult<Episode> takeaways =
          parse("## Key takeaways\n\n- a\n- b\n- c\n", ParseLimits.builder().maxTakeaways(2).build());
      assertEquals(2, takeaways.value().takeaways().size());
      assertEquals(SourcePosition.of(5, 1), at(only(takeaways, DiagnosticCodes.LIMIT_TAKEAWAYS)));
    }

    @Test
    void hostileFrontMatterIsAWarningNotAFailure() {
      String deep = "---\na: " + "[".repeat(10_000) + "\n---\n## A\n\nText.";
      String aliases = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
          + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\n## A\n\nText.";
      for (String text : List.of(deep, aliases, "---\n!!java.lang.Runtime x: 1\n---\n## A\n\nText.")) {
        ParseResult<Episode> result = parse(text);
        assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), () -> result.diagnostics().toString());
        assertEquals(List.of("A"), headings(result.value()));
      }
    }

    @ParameterizedTest(name = "line ends {0}")
    @ValueSource(strings = {"\r\n", "\r"})
    void everyLineEndReadsTheSame(String lineEnd) {
      FormatAssertions.assertLineEndsReadTheSame(PARSERS, sample("sleep-hand-written.md"), "markdown", lineEnd);
    }

    @Test
    void emptyBinaryAndGarbage() {
      assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(parse("")));
      assertEquals(List.of(DiagnosticCodes.INPUT_BINARY), codes(parse("\0\1\2PK\3\4")));
      ParseResult<Episode> garbage = parse("}{][)(*&^%$#@!~`<<>>|\\\n\t\u0007***\n---\n===\n");
      assertFalse(codes(garbage).contains(DiagnosticCodes.PARSER_FAILURE));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void hostileTextNeverFailsTheParser(long seed) {
      HostileText hostile = new HostileText(seed);
      StringBuilder doc = new StringBuilder();
      for (int i = 0; i < 60; i++) {
        doc.append(hostile.text(12)).append(i % 3 == 0 ? "\n\n" : "\n");
      }
      ParseResult<Episode> result = parse(doc.toString());
      assertFalse(
          codes(result).contains(DiagnosticCodes.PARSER_FAILURE),
          () -> "seed " + seed + ": " + result.diagnostics());
    }
  }

  @Test
  void strictParsingAcceptsTheRendererShapedDocument() {
    Parsers strict = Parsers.builder().discover(false).register(new MarkdownParser()).strict(true).build();
    assertEquals(coralReefsWithoutEnds(), strict.readEpisode(Input.ofText(sample("coral-reefs.md")), "markdown").value());
    assertEquals(LocalDate.of(2026, 3, 14), coralReefsWithoutEnds().publishedOn().orElseThrow().date());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"coral-reefs.md", "sleep-hand-written.md"})
  void oneParserServesManyThreads(String sample) throws Exception {
    FormatAssertions.assertSameFromManyThreads(PARSERS, sample(sample), "markdown");
  }
}
