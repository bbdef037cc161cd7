package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextParserTest {
  private static final Parsers PARSERS = Parsers.builder().discover(false).register(new TextParser()).build();

  /** A page of our own in the Podcast Nuggets layout; lines joined by {@code \n}. */
  static final List<String> PAGE =
      List.of(
          "✨ Podcast Nuggets is now available in the Play Store!",
          "Discover more podcasts, more insights, more features - exclusively in the app.",
          "- 🎧 Follow the shows you love.",
          "- 👉 Get the app.",
          "Maya Lindqvist (Marine Biologist) - Coral Reefs & the Next Decade",
          "Key takeaways",
          "Coral bleaching is a stress response: corals expel the algae that feed them.",
          "Restoration only works alongside cutting emissions.",
          "Table of contents",
          "• What Bleaching Really Is • Restoration: Nurseries, Gardens, and Limits (Part 1) • Can Reefs Recover?What"
              + " Bleaching Really Is",
          "Corals live in partnership with microscopic algae.",
          "A bleached reef is not yet a dead reef.",
          "Restoration: Nurseries, Gardens, and Limits (Part 1)",
          "Fragments are grown on underwater frames and replanted.",
          "Can Reefs Recover?",
          "Reefs can recover within ten to fifteen years between disturbances.");

  static String page(String lineEnd) {
    return String.join(lineEnd, PAGE);
  }

  static ParseResult<Episode> parse(String text) {
    return PARSERS.readEpisode(Input.ofText(text), "text");
  }

  static List<String> headings(Episode episode) {
    return episode.sections().stream().map(Section::heading).collect(Collectors.toList());
  }

  static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  static void assertNoWarnings(ParseResult<?> result) {
    assertFalse(result.hasProblems(), () -> "unexpected diagnostics: " + result.diagnostics());
  }

  @Nested
  class AWholePage {
    private final ParseResult<Episode> result = parse(page("\n"));
    private final Episode episode = result.value();

    @Test
    void dropsThePromoBlock() {
      assertFalse(episode.toString().contains("Play Store"));
      assertFalse(episode.toString().contains("Get the app"));
      assertNoWarnings(result);
    }

    @Test
    void readsTitleAndGuest() {
      assertEquals("Maya Lindqvist (Marine Biologist) - Coral Reefs & the Next Decade", episode.title().orElseThrow());
      assertEquals(
          List.of(Person.builder().name("Maya Lindqvist").role(Role.GUEST).description("Marine Biologist").build()),
          episode.people());
    }

    @Test
    void readsTakeawaysOnePerLine() {
      assertEquals(
          List.of(
              Takeaway.of("Coral bleaching is a stress response: corals expel the algae that feed them."),
              Takeaway.of("Restoration only works alongside cutting emissions.")),
          episode.takeaways());
    }

    @Test
    void splitsTheGluedLastEntryAndReadsSectionsInOrder() {
      assertEquals(
          List.of(
              "What Bleaching Really Is",
              "Restoration: Nurseries, Gardens, and Limits (Part 1)",
              "Can Reefs Recover?"),
          headings(episode));
      assertEquals(
          List.of("Corals live in partnership with microscopic algae.", "A bleached reef is not yet a dead reef."),
          episode.sections().get(0).paragraphs());
      assertEquals(1, episode.sections().get(2).paragraphs().size());
      assertEquals(List.of(TextCodes.TOC_GLUED_ENTRY), codes(result));
      assertEquals(SourcePosition.of(10, 103), result.diagnostics().get(0).position().orElseThrow());
    }
  }

  @ParameterizedTest(name = "line ends {0}")
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void everyLineEndReadsTheSame(String lineEnd) {
    assertEquals(parse(page("\n")).value(), parse(page(lineEnd)).value());
  }

  @Test
  void byteOrderMarkUnicodeSpacesBlankLinesAndNoFinalNewline() {
    String messy =
        "\uFEFF"
            + page("\r\n  \u00A0 \r\n")
                .replace("Key takeaways", "\u00A0Key\u2003takeaways\u00A0")
                .replace("Can Reefs Recover?\n", "Can Reefs Recover? \u200B\n")
            + "\r\n \t\r\n\u3000";
    ParseResult<Episode> result = parse(messy);
    assertEquals(parse(page("\n")).value(), result.value());
    assertEquals(List.of(TextCodes.TOC_GLUED_ENTRY), codes(result));
  }

  @Test
  void bytesWithBomAndCrlfReadLikeText() {
    byte[] bytes = ("\uFEFF" + page("\r\n")).getBytes(StandardCharsets.UTF_8);
    ParseResult<Episode> result = PARSERS.readEpisode(Input.of(new ByteArrayInputStream(bytes)).named("page.txt"));
    assertEquals(parse(page("\n")).value(), result.value());
  }

  @Test
  void promoBlockAnywhereNearTheTopIsDropped() {
    List<String> lines = new java.util.ArrayList<>(PAGE.subList(4, PAGE.size()));
    lines.addAll(1, PAGE.subList(0, 4)); // after the title, as the Podcast Nuggets site has it
    ParseResult<Episode> result = parse(String.join("\n", lines));
    assertEquals(parse(page("\n")).value(), result.value());
  }

  @Test
  void anOrdinaryEmojiBulletIsNotPromo() {
    ParseResult<Episode> result = parse(page("\n").replace("Restoration only works", "- 🌊 Restoration only works"));
    assertEquals("- 🌊 Restoration only works alongside cutting emissions.", result.value().takeaways().get(1).text());
  }

  @Test
  void takeawaysWithoutTheirHeading() {
    ParseResult<Episode> result = parse(page("\n").replace("Key takeaways\n", ""));
    assertEquals(parse(page("\n")).value(), result.value());
  }

  @Test
  void noTakeawaysAtAll() {
    List<String> lines = new java.util.ArrayList<>(PAGE);
    lines.subList(5, 8).clear();
    ParseResult<Episode> result = parse(String.join("\n", lines));
    assertTrue(result.value().takeaways().isEmpty());
    assertEquals(3, result.value().sections().size());
  }

  @Test
  void noTitle() {
    List<String> lines = new java.util.ArrayList<>(PAGE);
    lines.remove(4);
    Episode episode = parse(String.join("\n", lines)).value();
    assertTrue(episode.title().isEmpty());
    assertTrue(episode.people().isEmpty());
    assertEquals(2, episode.takeaways().size());
  }

  @Test
  void titleWithoutAGuest() {
    ParseResult<Episode> result = parse(page("\n").replace("Maya Lindqvist (Marine Biologist) - ", "Episode 12 (Live) - "));
    assertEquals("Episode 12 (Live) - Coral Reefs & the Next Decade", result.value().title().orElseThrow());
    assertTrue(result.value().people().isEmpty());
  }

  @Test
  void labelledTakeaways() {
    ParseResult<Episode> result =
        parse(page("\n").replace("Restoration only works", "Restoration Needs Emissions Cuts: restoration only works"));
    assertEquals(
        Takeaway.builder()
            .label("Restoration Needs Emissions Cuts")
            .text("restoration only works alongside cutting emissions.")
            .build(),
        result.value().takeaways().get(1));
  }

  @Test
  void lastEntryGluedToTheFirstWordsOfAParagraphWhoseHeadingStandsBeforeTheTable() {
    String text =
        String.join(
            "\n",
            "A Title",
            "Key takeaways",
            "One takeaway.",
            "Opening Thoughts",
            "Table of contents",
            "• Opening Thoughts • Closing ThoughtsThe host opens with a story about the first episode.",
            "It was recorded in a kitchen.",
            "Closing Thoughts",
            "The host thanks the guest.");
    ParseResult<Episode> result = parse(text);
    Episode episode = result.value();
    assertEquals(List.of("Opening Thoughts", "Closing Thoughts"), headings(episode));
    assertEquals(
        List.of("The host opens with a story about the first episode.", "It was recorded in a kitchen."),
        episode.sections().get(0).paragraphs());
    assertEquals(List.of(TextCodes.TOC_GLUED_ENTRY), codes(result));
  }

  @Test
  void entryWithoutSectionAndHeadingNotInTableAreWarnedAtTheirPosition() {
    String text =
        String.join(
            "\n",
            "A Title",
            "Key takeaways",
            "One takeaway.",
            "Table of contents",
            "• First Part • Missing Part • Last Part",
            "First Part",
            "Text of the first part.",
            "An Unlisted Interlude",
            "Text of the interlude, which is longer than its heading.",
            "Last Part",
            "Text of the last part.");
    ParseResult<Episode> result = parse(text);
    assertEquals(
        List.of("First Part", "Missing Part", "An Unlisted Interlude", "Last Part"), headings(result.value()));
    Section missing = result.value().sections().get(1);
    assertTrue(missing.paragraphs().isEmpty());
    Section interlude = result.value().sections().get(2);
    assertFalse(interlude.listedInToc());
    assertEquals(
        List.of("First Part", "Missing Part", "Last Part"),
        result.value().tableOfContents().stream().map(Section::heading).collect(Collectors.toList()));
    assertEquals(
        List.of(
            Diagnostic.of(
                Severity.WARNING,
                TextCodes.TOC_ENTRY_WITHOUT_SECTION,
                "the table of contents lists \"Missing Part\" but no line of the page is that heading;"
                    + " kept as an empty section",
                SourcePosition.of(5, 16)),
            Diagnostic.of(
                Severity.WARNING,
                TextCodes.HEADING_NOT_IN_TOC,
                "\"An Unlisted Interlude\" looks like a heading but is not in the table of contents (or repeats"
                    + " one); it starts a section that is not listed there",
                SourcePosition.of(8, 1))),
        result.diagnostics());
  }

  @Test
  void sectionsOutOfTableOrderAreWarned() {
    String text =
        String.join(
            "\n",
            "Table of contents",
            "• Alpha Part • Beta Part",
            "Beta Part",
            "Text of beta.",
            "Alpha Part",
            "Text of alpha.");
    ParseResult<Episode> result = parse(text);
    assertEquals(List.of("Beta Part", "Alpha Part"), headings(result.value()));
    assertEquals(List.of(TextCodes.TOC_ORDER), codes(result));
  }

  @Test
  void entriesMayHoldPunctuation() {
    String text =
        String.join(
            "\n",
            "Table of contents",
            "• Why now? (And why not, earlier) • Q&A: listeners, part 2 • Tools, tips & tricks",
            "Why now? (And why not, earlier)",
            "First text.",
            "Q&A: listeners, part 2",
            "Second text.",
            "Tools, tips & tricks",
            "Third text.");
    ParseResult<Episode> result = parse(text);
    assertNoWarnings(result);
    assertEquals(
        List.of("Why now? (And why not, earlier)", "Q&A: listeners, part 2", "Tools, tips & tricks"),
        headings(result.value()));
  }

  @Test
  void aLineThatFitsNowhereIsNamed() {
    ParseResult<Episode> result = parse(page("\n").replace("Key takeaways", "This subtitle is a sentence.\nKey takeaways"));
    assertEquals(List.of(TextCodes.UNRECOGNISED_LINE, TextCodes.TOC_GLUED_ENTRY), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("This subtitle is a sentence."));
    assertEquals(SourcePosition.of(6, 1), result.diagnostics().get(0).position().orElseThrow());
  }

  @Nested
  class BadInput {
    @Test
    void empty() {
      ParseResult<Episode> result = parse("");
      assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(result));
      assertEquals(Episode.builder().build(), result.value());
    }

    @Test
    void whitespaceOnly() {
      assertEquals(List.of(DiagnosticCodes.INPUT_EMPTY), codes(parse(" \n\t\r\n\u00A0")));
    }

    @Test
    void binary() {
      byte[] bytes = {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
      ParseResult<Episode> result = PARSERS.readEpisode(Input.of(new ByteArrayInputStream(bytes)).named("image.txt"));
      assertEquals(List.of(DiagnosticCodes.INPUT_BINARY), codes(result));
      assertTrue(result.hasErrors());
    }

    @Test
    void invalidUtf8IsReportedAtItsPositionAndReplaced() {
      byte[] head = "A Title\nKey takeaways\nBad ".getBytes(StandardCharsets.UTF_8);
      byte[] tail = " byte.".getBytes(StandardCharsets.UTF_8);
      byte[] bytes = new byte[head.length + 1 + tail.length];
      System.arraycopy(head, 0, bytes, 0, head.length);
      bytes[head.length] = (byte) 0xC3; // a lead byte with no continuation
      System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
      ParseResult<Episode> result = PARSERS.readEpisode(Input.of(new ByteArrayInputStream(bytes)).named("bad.txt"));
      assertEquals(List.of(DiagnosticCodes.INPUT_INVALID_UTF8), codes(result));
      assertEquals(SourcePosition.of(3, 5), result.diagnostics().get(0).position().orElseThrow());
      assertEquals("Bad \uFFFD byte.", result.value().takeaways().get(0).text());
    }

    @Test
    void textWithNoStructureKeepsWhatItCanAndNamesTheRest() {
      ParseResult<Episode> result =
          parse("just some words.\nand more words, none of them a heading.\nthe end.");
      assertEquals(
          List.of(
              TextCodes.NO_STRUCTURE,
              TextCodes.UNRECOGNISED_LINE,
              TextCodes.UNRECOGNISED_LINE,
              TextCodes.UNRECOGNISED_LINE),
          codes(result));
    }

    @Test
    void hugeSingleLineIsSkippedWithAnError() {
      String huge = "x".repeat(ParseLimits.defaults().maxLineLength() + 1);
      ParseResult<Episode> result = parse("A Title\nKey takeaways\n" + huge + "\nA takeaway.");
      assertEquals(List.of(DiagnosticCodes.LIMIT_LINE_LENGTH), codes(result));
      assertEquals(SourcePosition.of(3, 1), result.diagnostics().get(0).position().orElseThrow());
      assertEquals(List.of(Takeaway.of("A takeaway.")), result.value().takeaways());
    }

    @Test
    void strictParsingThrowsWithEveryDiagnostic() {
      Parsers strict = Parsers.builder().strict(true).build();
      NuggetsParseException e =
          assertThrows(NuggetsParseException.class, () -> strict.readEpisode(Input.ofText("one.\ntwo."), "text"));
      assertEquals(3, e.diagnostics().size());
      assertTrue(e.getMessage().contains("<string>:1:1: warning: text.no-structure"), e.getMessage());
      assertTrue(e.getMessage().contains("<string>:2:1: warning: text.unrecognised-line"), e.getMessage());
    }

    @Test
    void strictParsingAcceptsAWellFormedPage() {
      Parsers strict = Parsers.builder().strict(true).build();
      assertEquals(parse(page("\n")).value(), strict.readEpisode(Input.ofText(page("\n")), "text").value());
    }

    @Test
    void sectionLimit() {
      Parsers limited =
          Parsers.builder().limits(ParseLimits.builder().maxSections(2).build()).build();
      ParseResult<Episode> result = limited.readEpisode(Input.ofText(page("\n")), "text");
      assertEquals(2, result.value().sections().size());
      assertTrue(codes(result).contains(DiagnosticCodes.LIMIT_SECTIONS));
      assertTrue(result.hasErrors());
    }

    @Test
    void takeawayLimit() {
      Parsers limited =
          Parsers.builder().limits(ParseLimits.builder().maxTakeaways(1).build()).build();
      ParseResult<Episode> result = limited.readEpisode(Input.ofText(page("\n")), "text");
      assertEquals(1, result.value().takeaways().size());
      assertTrue(codes(result).contains(DiagnosticCodes.LIMIT_TAKEAWAYS));
    }

    @Test
    void inputSizeLimit() {
      Parsers limited = Parsers.builder().limits(ParseLimits.builder().maxInputSize(100).build()).build();
      ParseResult<Episode> result = limited.readEpisode(Input.ofText(page("\n")), "text");
      assertEquals(List.of(DiagnosticCodes.LIMIT_INPUT_SIZE), codes(result));
      assertTrue(result.diagnostics().get(0).message().contains("maxInputSize = 100"));
    }
  }
}
