package dev.nuggets.parser.chapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChaptersParserTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final String GARDEN_SHOW =
      """
      {
        "version": "1.2.0",
        "title": "Episode 12 - Soil First",
        "podcastName": "The Patient Gardener",
        "author": "Rosa Delgado",
        "chapters": [
          {"startTime": 0, "title": "Welcome"},
          {"startTime": 95.5, "endTime": 600, "title": "Why Soil Comes First", "img": "https://example.com/soil.jpg"},
          {"startTime": "00:10:00", "title": "Compost Without Smell", "url": "https://example.com/compost"},
          {"startTime": "25:30.25", "title": "Listener Questions", "toc": false},
          {"startTime": "1830", "title": "Goodbye", "img": "https://example.com/bye.jpg"}
        ]
      }
      """;

  static ParseResult<Episode> parse(String json) {
    return PARSERS.readEpisode(Input.ofText(json), "chapters");
  }

  static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void chaptersBecomeTimedSections() {
    ParseResult<Episode> result = parse(GARDEN_SHOW);
    Episode episode = result.value();
    assertEquals("Episode 12 - Soil First", episode.title().orElseThrow());
    assertEquals("The Patient Gardener", episode.podcastTitle().orElseThrow());
    assertEquals(List.of(Person.of("Rosa Delgado", Role.AUTHOR)), episode.people());
    assertEquals(
        List.of(
            Section.builder().heading("Welcome").start(Duration.ZERO).build(),
            Section.builder()
                .heading("Why Soil Comes First")
                .start(Duration.ofMillis(95_500))
                .end(Duration.ofMinutes(10))
                .build(),
            Section.builder().heading("Compost Without Smell").start(Duration.ofMinutes(10)).build(),
            Section.builder()
                .heading("Listener Questions")
                .start(Duration.ofMinutes(25).plusMillis(30_250))
                .listedInToc(false)
                .build(),
            Section.builder().heading("Goodbye").start(Duration.ofSeconds(1830)).build()),
        episode.sections());
    assertEquals(4, episode.tableOfContents().size());
  }

  @Test
  void keysTheModelCannotCarryAreReportedOncePerKindAsInformation() {
    ParseResult<Episode> result = parse(GARDEN_SHOW);
    assertEquals(List.of(ChaptersCodes.NOT_IN_MODEL, ChaptersCodes.NOT_IN_MODEL), codes(result));
    assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
    Diagnostic img = result.diagnostics().get(0);
    assertTrue(img.message().startsWith("'img' (2 times)"), img.message());
    assertEquals(SourcePosition.of(8, 74), img.position().orElseThrow());
    assertTrue(result.diagnostics().get(1).message().startsWith("'url' (once)"));
    assertFalse(result.hasProblems(), "a file that follows the specification passes strict parsing");
  }

  @Test
  void keysTheSpecificationDoesNotDefineAreWarnedAboutEachTime() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"language\": \"en\",\n \"chapters\": [{\"startTime\": 1, \"title\": \"A\","
            + " \"value\": \"<x/>\"}, {\"startTime\": 2, \"title\": \"B\", \"value\": \"<y/>\"}]}");
    assertEquals(
        List.of(ChaptersCodes.UNKNOWN_KEY, ChaptersCodes.UNKNOWN_KEY, ChaptersCodes.UNKNOWN_KEY), codes(result));
    assertEquals(SourcePosition.of(1, 22), result.diagnostics().get(0).position().orElseThrow());
    assertTrue(result.diagnostics().get(1).message().contains("'value'"));
    assertEquals(2, result.value().sections().size());
  }

  @Test
  void aChapterWithoutATitleIsSkippedWithAWarning() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"A\"},\n"
            + "  {\"startTime\": 30, \"toc\": false, \"location\": {\"name\": \"Lisbon\"}},\n"
            + "  {\"startTime\": 60, \"title\": \" \"}, {\"startTime\": 90, \"title\": \"B\"}]}");
    assertEquals(
        List.of(ChaptersCodes.UNTITLED_CHAPTER, ChaptersCodes.NOT_IN_MODEL, ChaptersCodes.UNTITLED_CHAPTER,
            ChaptersCodes.BLANK_TEXT),
        codes(result));
    Diagnostic untitled = result.diagnostics().get(0);
    assertEquals(Severity.WARNING, untitled.severity());
    assertEquals(SourcePosition.of(2, 3), untitled.position().orElseThrow());
    assertTrue(untitled.message().contains("PT30S"), untitled.message());
    assertEquals(
        List.of("A", "B"),
        result.value().sections().stream().map(Section::heading).collect(Collectors.toList()));
  }

  @Test
  void badOrMissingTimesSkipTheChapterWithAnError() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [\n {\"title\": \"No time\"},\n"
            + " {\"startTime\": \"soon\", \"title\": \"Words\"},\n {\"startTime\": -5, \"title\": \"Negative\"},\n"
            + " {\"startTime\": true, \"title\": \"Boolean\"},\n"
            + " {\"startTime\": 10, \"endTime\": 5, \"title\": \"Ends early\"}]}");
    assertEquals(
        List.of(ChaptersCodes.MISSING_KEY, ChaptersCodes.BAD_TIME, ChaptersCodes.BAD_TIME, ChaptersCodes.WRONG_TYPE,
            ChaptersCodes.BAD_TIME),
        codes(result));
    assertTrue(result.diagnostics().stream().allMatch(Diagnostic::isError));
    assertEquals(SourcePosition.of(3, 16), result.diagnostics().get(1).position().orElseThrow());
    assertEquals(
        List.of(Section.builder().heading("Ends early").start(Duration.ofSeconds(10)).build()),
        result.value().sections());
  }

  @Test
  void chaptersOutOfOrderAreKeptWithAWarning() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 60, \"title\": \"B\"},"
            + " {\"startTime\": 0, \"title\": \"A\"}]}");
    assertEquals(List.of(ChaptersCodes.OUT_OF_ORDER), codes(result));
    assertEquals(
        List.of("B", "A"), result.value().sections().stream().map(Section::heading).collect(Collectors.toList()));
  }

  @Test
  void aTrailingCommaIsReadWithAWarningAtTheComma() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [\n  {\"startTime\": 0, \"title\": \"A\"},\n]}");
    assertEquals(List.of(ChaptersCodes.TOLERATED_SYNTAX), codes(result));
    assertEquals(SourcePosition.of(2, 33), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(1, result.value().sections().size());
  }

  @Test
  void invalidJsonIsReportedWithItsPositionAndEarlierChaptersAreKept() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [\n  {\"startTime\": 0, \"title\": \"A\"}\n"
            + "  {\"startTime\": 5, \"title\": \"B\"}]}");
    assertEquals(List.of(ChaptersCodes.SYNTAX), codes(result));
    assertEquals(SourcePosition.of(3, 3), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(1, result.value().sections().size());
  }

  @Test
  void versionIsCheckedButANewerOneIsStillRead() {
    ParseResult<Episode> newer = parse("{\"version\": \"2.0.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"A\"}]}");
    assertEquals(List.of(ChaptersCodes.UNSUPPORTED_VERSION), codes(newer));
    assertEquals(1, newer.value().sections().size());
    ParseResult<Episode> missing = parse("{\"chapters\": [{\"startTime\": 0, \"title\": \"A\"}]}");
    assertEquals(List.of(ChaptersCodes.MISSING_KEY), codes(missing));
    assertEquals(Severity.WARNING, missing.diagnostics().get(0).severity());
  }

  @Test
  void noChaptersArrayIsAnError() {
    ParseResult<Episode> result = parse("{\"version\": \"1.2.0\", \"title\": \"T\"}");
    assertEquals(List.of(ChaptersCodes.MISSING_KEY), codes(result));
    assertTrue(result.hasErrors());
    assertEquals("T", result.value().title().orElseThrow());
  }

  @Test
  void theSectionLimitStopsTheChapters() {
    ParseResult<Episode> result =
        Parsers.builder()
            .limits(ParseLimits.builder().maxSections(1).build())
            .build()
            .readEpisode(Input.ofText(
                "{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 0, \"title\": \"A\"},"
                    + " {\"startTime\": 1, \"title\": \"B\"}]}"), "chapters");
    assertEquals(List.of(DiagnosticCodes.LIMIT_SECTIONS), codes(result));
    assertEquals(1, result.value().sections().size());
  }

  @Test
  void timesTooSmallForNanosecondsAreZero() {
    ParseResult<Episode> result =
        parse("{\"version\": \"1.2.0\", \"chapters\": [{\"startTime\": 1e-999999999, \"title\": \"A\"},"
            + " {\"startTime\": 0.0000000004, \"title\": \"B\"}, {\"startTime\": 0.0000000005, \"title\": \"C\"}]}");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(
        List.of(Duration.ZERO, Duration.ZERO, Duration.ofNanos(1)),
        result.value().sections().stream().map(s -> s.start().orElseThrow()).collect(Collectors.toList()));
  }

  @Test
  void neverAStackTraceForHostileInput() {
    for (String json :
        List.of("[]", "{\"chapters\": 5}", "{\"chapters\": [1, null, []]}",
            "{\"chapters\": [{\"startTime\": 1e999999999999, \"title\": \"x\"}]}",
            "{\"chapters\": [{\"startTime\": \"99999999999999:00:00\", \"title\": \"x\"}]}",
            "{\"chapters\": [{\"startTime\": 0, \"title\": {\"en\": \"x\"}}]}", "{\"chapters\": [")) {
      ParseResult<Episode> result = parse(json);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), json + ": " + result.diagnostics());
      assertTrue(result.hasErrors(), json + ": " + result.diagnostics());
    }
  }
}
