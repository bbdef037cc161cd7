package dev.nuggets.parser.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonParserTest {
  private static final Parsers PARSERS = Parsers.discover();

  /** The coral-reefs sample, written by hand: keys in another order, version 1.3, one line per item. */
  static final String CORAL_REEFS =
      """
      {
        "version": "1.3",
        "sections": [
          {"heading": "What Bleaching Really Is", "start": "PT0S", "end": "PT11M",
           "paragraphs": ["Corals live in partnership with microscopic algae that provide most of their energy.",
                          "A bleached reef is not yet a dead reef: if the water cools within weeks, many colonies recover."]},
          {"heading": "Restoration: Nurseries, Gardens, and Limits", "start": "PT11M", "end": "PT30M30S",
           "paragraphs": ["Fragments are grown on underwater frames and replanted, hundreds of thousands at a time."]},
          {"heading": "A Word From Our Sponsor", "start": "PT30M30S", "end": "PT31M30S", "listedInToc": false,
           "paragraphs": ["The show is supported by listeners like you."]},
          {"heading": "Can Reefs Recover by 2035?", "start": "PT31M30S", "end": "PT52M17S",
           "paragraphs": ["Reefs can recover within ten to fifteen years between disturbances, but heatwaves now come more often than that."]}
        ],
        "title": "Maya Lindqvist (Marine Biologist) - Coral Reefs, Heatwaves, & the Next Decade of Restoration",
        "podcastTitle": "Deep Water Weekly",
        "publishedOn": "2026-03-14",
        "duration": "PT52M17S",
        "link": "https://deepwater.example/episodes/coral-reefs",
        "people": [
          {"role": "host", "name": "Sam Okafor"},
          {"name": "Maya Lindqvist", "role": "Guest", "description": "Marine Biologist"}
        ],
        "takeaways": [
          {"start": "PT2M5S", "text": "Coral bleaching is a stress response: corals expel the algae that feed them when the water stays too warm for too long."},
          {"text": "nurseries help reefs recover but cannot outgrow a warming ocean on their own.", "label": "Restoration Buys Time", "start": "PT18M"},
          {"text": "Heat-tolerant strains bred from heatwave survivors are the most promising tool in twenty years."}
        ]
      }
      """;

  static ParseResult<Episode> parse(String json) {
    return PARSERS.readEpisode(Input.ofText(json), "json");
  }

  static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void readsAHandWrittenDocumentIntoTheSampleEpisode() {
    ParseResult<Episode> result = parse(CORAL_REEFS);
    assertEquals(List.of(), result.diagnostics());
    assertEquals(SampleEpisodes.coralReefs(), result.value());
  }

  @Test
  void readsTheEmptyDocumentAsTheEmptyEpisode() {
    ParseResult<Episode> result = parse("{\"people\": [], \"takeaways\": [], \"sections\": []}");
    assertEquals(List.of(), result.diagnostics());
    assertEquals(SampleEpisodes.empty(), result.value());
    assertEquals(SampleEpisodes.empty(), parse("{}").value());
  }

  @Test
  void keepsTextExactlyAsWritten() {
    String json = "{\"title\": \" \\u00a0Spaced <b>&amp;</b> \\\"quoted\\\" 😀\\n\", \"sections\": [{\"heading\": "
        + "\"\\u202eRTL\", \"paragraphs\": [\"line one\\nline two\"]}]}";
    Episode episode = parse(json).value();
    assertEquals(" \u00a0Spaced <b>&amp;</b> \"quoted\" 😀\n", episode.title().orElseThrow());
    assertEquals("\u202eRTL", episode.sections().get(0).heading());
    assertEquals(List.of("line one\nline two"), episode.sections().get(0).paragraphs());
  }

  @Test
  void readsDateTimesAndFractionalDurations() {
    Episode episode =
        parse("{\"publishedOn\": \"2026-03-14T09:30+02:00\", \"duration\": \"PT1H2M3.5S\"}").value();
    assertEquals(
        PublicationDate.of(OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 0, ZoneOffset.ofHours(2))),
        episode.publishedOn().orElseThrow());
    assertEquals(Duration.ofHours(1).plusMinutes(2).plusMillis(3500), episode.duration().orElseThrow());
  }

  @Test
  void versionOneAndItsMinorVersionsAreRead() {
    for (String version : List.of("1", "1.0", "1.12", "1.2.3")) {
      ParseResult<Episode> result = parse("{\"version\": \"" + version + "\", \"title\": \"T\"}");
      assertEquals(List.of(), result.diagnostics(), version);
      assertEquals("T", result.value().title().orElseThrow());
    }
  }

  @Test
  void aNewerMajorVersionIsAClearErrorAndNothingIsRead() {
    ParseResult<Episode> result = parse("{\"title\": \"T\",\n \"version\": \"2.0\"}");
    assertEquals(List.of(JsonCodes.UNSUPPORTED_VERSION), codes(result));
    Diagnostic error = result.diagnostics().get(0);
    assertEquals(Severity.ERROR, error.severity());
    assertEquals(SourcePosition.of(2, 13), error.position().orElseThrow());
    assertTrue(error.message().contains("2.0") && error.message().contains("upgrade"), error.message());
    assertEquals(SampleEpisodes.empty(), result.value());
  }

  @Test
  void aMalformedVersionIsAWarningAndReadAsVersionOne() {
    for (String version : List.of("1", "\"one\"", "\"1.\"", "\"\"", "\"0.9\"")) {
      ParseResult<Episode> result = parse("{\"version\": " + version + ", \"title\": \"T\"}");
      assertEquals(List.of(JsonCodes.BAD_VERSION), codes(result), version);
      assertEquals("T", result.value().title().orElseThrow());
    }
  }

  @Test
  void unknownKeysAreWarnedAboutAtTheKeyEachTime() {
    ParseResult<Episode> result =
        parse("{\"title\": \"T\",\n \"subtitle\": \"S\",\n \"people\": [{\"name\": \"A\", \"role\": \"host\", \"age\": 3}],"
            + "\n \"sections\": [{\"heading\": \"H\", \"paragraphs\": [], \"img\": \"x\"}]}");
    assertEquals(List.of(JsonCodes.UNKNOWN_KEY, JsonCodes.UNKNOWN_KEY, JsonCodes.UNKNOWN_KEY), codes(result));
    assertEquals(SourcePosition.of(2, 2), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(SourcePosition.of(3, 43), result.diagnostics().get(1).position().orElseThrow());
    assertTrue(result.diagnostics().get(2).message().contains("'img'"));
    assertTrue(result.diagnostics().stream().allMatch(d -> d.severity() == Severity.WARNING));
    assertEquals(1, result.value().sections().size());
    assertEquals(List.of(Person.of("A", Role.HOST)), result.value().people());
  }

  @Test
  void wrongTypesAreErrorsAtTheValueAndTheRestIsKept() {
    ParseResult<Episode> result =
        parse("{\"title\": 42,\n \"podcastTitle\": \"P\",\n \"takeaways\": {\"text\": \"t\"},\n"
            + " \"sections\": [\"not an object\", {\"heading\": \"H\", \"paragraphs\": [\"p\", 7], \"listedInToc\": \"no\"}]}");
    assertEquals(
        List.of(JsonCodes.WRONG_TYPE, JsonCodes.WRONG_TYPE, JsonCodes.WRONG_TYPE, JsonCodes.WRONG_TYPE,
            JsonCodes.WRONG_TYPE),
        codes(result));
    assertEquals(SourcePosition.of(1, 11), result.diagnostics().get(0).position().orElseThrow());
    assertTrue(result.diagnostics().get(0).message().contains("'title' must be a string, not a number"));
    assertEquals(SourcePosition.of(3, 15), result.diagnostics().get(1).position().orElseThrow());
    Episode episode = result.value();
    assertTrue(episode.title().isEmpty());
    assertEquals("P", episode.podcastTitle().orElseThrow());
    assertEquals(List.of(Section.of("H", "p")), episode.sections());
  }

  @Test
  void blankRequiredTextSkipsTheItemWithAnErrorAndBlankOptionalTextIsAWarning() {
    ParseResult<Episode> result =
        parse("{\"title\": \"  \", \"people\": [{\"name\": \" \", \"role\": \"guest\"}, {\"role\": \"guest\"}],"
            + " \"takeaways\": [{\"text\": \"\\u00a0\"}, {\"text\": \"kept\", \"label\": \"\"}],"
            + " \"sections\": [{\"heading\": \"\", \"paragraphs\": []}, {\"heading\": \"H\", \"paragraphs\": [\" \"]}]}");
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(
        List.of(JsonCodes.BLANK_TEXT, JsonCodes.BLANK_TEXT, JsonCodes.MISSING_KEY, JsonCodes.BLANK_TEXT,
            JsonCodes.BLANK_TEXT, JsonCodes.BLANK_TEXT, JsonCodes.BLANK_TEXT),
        codes(result));
    assertEquals(Severity.WARNING, diagnostics.get(0).severity()); // title
    assertEquals(Severity.ERROR, diagnostics.get(1).severity()); // person's name
    assertEquals(Severity.ERROR, diagnostics.get(2).severity()); // person without a name
    assertEquals(Severity.ERROR, diagnostics.get(3).severity()); // takeaway's text
    assertEquals(Severity.WARNING, diagnostics.get(4).severity()); // label
    assertEquals(Severity.ERROR, diagnostics.get(5).severity()); // heading
    assertEquals(Severity.WARNING, diagnostics.get(6).severity()); // paragraph
    Episode episode = result.value();
    assertEquals(List.of(), episode.people());
    assertEquals(List.of(Takeaway.of("kept")), episode.takeaways());
    assertEquals(List.of(Section.of("H")), episode.sections());
  }

  @Test
  void badDurationsAndDatesAreErrorsAtTheValue() {
    ParseResult<Episode> result =
        parse("{\"publishedOn\": \"14/03/2026\",\n \"duration\": \"52:17\",\n"
            + " \"takeaways\": [{\"text\": \"t\", \"start\": \"-PT5S\"}],\n"
            + " \"sections\": [{\"heading\": \"H\", \"paragraphs\": [], \"start\": \"PT10M\", \"end\": \"PT5M\"}]}");
    assertEquals(
        List.of(JsonCodes.BAD_DATE, JsonCodes.BAD_DURATION, JsonCodes.BAD_DURATION, JsonCodes.BAD_DURATION),
        codes(result));
    assertEquals(SourcePosition.of(1, 17), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(SourcePosition.of(2, 14), result.diagnostics().get(1).position().orElseThrow());
    assertTrue(result.diagnostics().get(3).message().contains("before the start"));
    Episode episode = result.value();
    assertTrue(episode.publishedOn().isEmpty() && episode.duration().isEmpty());
    assertEquals(List.of(Takeaway.of("t")), episode.takeaways());
    assertEquals(
        List.of(Section.builder().heading("H").start(Duration.ofMinutes(10)).build()), episode.sections());
  }

  @Test
  void aDateTimeWithoutOffsetKeepsItsDateWithAWarning() {
    ParseResult<Episode> result = parse("{\"publishedOn\": \"2026-03-14T09:30:00\"}");
    assertEquals(List.of(JsonCodes.BAD_DATE), codes(result));
    assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
    assertEquals(PublicationDate.of(LocalDate.of(2026, 3, 14)), result.value().publishedOn().orElseThrow());
  }

  @Test
  void nullIsReadAsAbsentWithAWarningAndARequiredTextOfTheWrongTypeIsOneError() {
    ParseResult<Episode> result = parse("{\"title\": null, \"people\": [{\"name\": 5}, {\"name\": \"Ada\", \"role\": \"host\", \"description\": null}]}");
    assertEquals(List.of(JsonCodes.WRONG_TYPE, JsonCodes.WRONG_TYPE, JsonCodes.WRONG_TYPE), codes(result));
    assertEquals(
        List.of(Severity.WARNING, Severity.ERROR, Severity.WARNING),
        result.diagnostics().stream().map(Diagnostic::severity).collect(Collectors.toList()));
    assertTrue(result.diagnostics().get(1).message().contains("it was skipped"));
    assertEquals(List.of(Person.of("Ada", Role.HOST)), result.value().people());
  }

  @Test
  void aPersonWithoutRoleIsAHostWithAWarning() {
    ParseResult<Episode> result = parse("{\"people\": [{\"name\": \"Ada\"}, {\"name\": \"Bo\", \"role\": \"Sound Designer\"}]}");
    assertEquals(List.of(JsonCodes.MISSING_KEY), codes(result));
    assertEquals(Severity.WARNING, result.diagnostics().get(0).severity());
    assertEquals(
        List.of(Person.of("Ada", Role.HOST), Person.of("Bo", Role.of("sound designer"))), result.value().people());
  }

  @Test
  void malformedJsonIsAnErrorWithPositionAndWhatCameBeforeIsKept() {
    ParseResult<Episode> result =
        parse("{\"title\": \"Kept\",\n \"takeaways\": [{\"text\": \"one\"}, {\"text\": \"two\"\n \"sections\": []}");
    assertEquals(List.of(JsonCodes.SYNTAX), codes(result));
    assertEquals(SourcePosition.of(3, 2), result.diagnostics().get(0).position().orElseThrow());
    assertEquals("Kept", result.value().title().orElseThrow());
    assertEquals(List.of(Takeaway.of("one"), Takeaway.of("two")), result.value().takeaways());
  }

  @Test
  void trailingCommasAreToleratedWithAWarningAndFailStrictParsing() {
    String json = "{\"title\": \"T\", \"takeaways\": [{\"text\": \"a\"},],}";
    ParseResult<Episode> result = parse(json);
    assertEquals(List.of(JsonCodes.TOLERATED_SYNTAX, JsonCodes.TOLERATED_SYNTAX), codes(result));
    assertEquals(List.of(Takeaway.of("a")), result.value().takeaways());
    NuggetsParseException e =
        assertThrows(NuggetsParseException.class, () -> Parsers.builder().strict(true).build().readEpisode(Input.ofText(json), "json"));
    assertTrue(e.getMessage().contains("<string>:1:43: warning: json.tolerated-syntax"), e.getMessage());
  }

  @Test
  void notAnObjectIsAnError() {
    ParseResult<Episode> result = parse("[{\"title\": \"T\"}]");
    assertEquals(List.of(JsonCodes.NOT_AN_OBJECT), codes(result));
    assertTrue(result.hasErrors());
  }

  @Test
  void sectionAndTakeawayLimitsStopTheListWithAnErrorThatNamesTheLimit() {
    Parsers limited =
        Parsers.builder().limits(ParseLimits.builder().maxSections(2).maxTakeaways(1).build()).build();
    ParseResult<Episode> result =
        limited.readEpisode(Input.ofText(
            "{\"takeaways\": [{\"text\": \"a\"}, {\"text\": \"b\"}],"
                + " \"sections\": [{\"heading\": \"1\"}, {\"heading\": \"2\"}, {\"heading\": \"3\"}]}"), "json");
    assertEquals(List.of(DiagnosticCodes.LIMIT_TAKEAWAYS, DiagnosticCodes.LIMIT_SECTIONS), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("maxTakeaways = 1"));
    assertTrue(result.diagnostics().get(1).message().contains("maxSections = 2"));
    assertEquals(1, result.value().takeaways().size());
    assertEquals(2, result.value().sections().size());
  }

  @Test
  void depthLimitIsReportedAsLimitDepth() {
    Parsers limited = Parsers.builder().limits(ParseLimits.builder().maxDepth(2).build()).build();
    ParseResult<Episode> result =
        limited.readEpisode(Input.ofText("{\"title\": \"T\", \"sections\": [{\"heading\": \"H\"}], \"x\": {\"y\": 1}}"), "json");
    assertTrue(codes(result).contains(DiagnosticCodes.LIMIT_DEPTH), codes(result).toString());
    assertEquals("T", result.value().title().orElseThrow());
  }

  @Test
  void neverAStackTraceForHostileInput() {
    for (String json :
        List.of("{", "}", "{\"a\"", "{\"duration\": \"PT99999999999999999999H\"}",
            "{\"sections\": [{\"heading\": \"H\", \"start\": 1e999999}]}", "\"just a string\"", "nul",
            "{\"people\": [null, [], 1, {\"name\": {\"a\": 1}}]}", "[".repeat(10_000))) {
      ParseResult<Episode> result = parse(json);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), json + ": " + result.diagnostics());
      assertTrue(result.hasProblems(), json);
    }
  }
}
