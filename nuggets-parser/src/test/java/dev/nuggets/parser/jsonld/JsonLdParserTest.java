package dev.nuggets.parser.jsonld;

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
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.DiagnosticCollector;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class JsonLdParserTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final String EPISODE =
      """
      {
        "@context": "https://schema.org",
        "@type": "PodcastEpisode",
        "name": "Night Skies Without Light Pollution",
        "url": "https://stargazing.example/episodes/14",
        "datePublished": "2025-11-02",
        "timeRequired": "PT48M30S",
        "abstract": "Why dark skies matter to people and to wildlife.",
        "description": "Astronomer Lena Ortiz explains how cities can dim their lights.",
        "partOfSeries": {"@type": "PodcastSeries", "name": "Looking Up", "url": "https://stargazing.example"},
        "actor": [
          {"@type": "Person", "name": "Tom Becker"},
          {"@type": "PerformanceRole", "roleName": "Guest",
           "actor": {"@type": "Person", "name": "Lena Ortiz", "jobTitle": "Astronomer"}}
        ],
        "contributor": "Sam Reyes",
        "producer": {"@type": "Organization", "name": "Orbit Audio"},
        "hasPart": [
          {"@type": "Clip", "name": "What Light Pollution Is", "startOffset": 0, "endOffset": 610},
          {"@type": "Clip", "name": "Dimming a City", "startOffset": 610, "endOffset": "00:30:00",
           "description": "Shielded street lamps and curfews for billboards."}
        ],
        "image": "https://stargazing.example/14.jpg",
        "inLanguage": "en"
      }
      """;

  static ParseResult<Episode> parse(String json) {
    return PARSERS.readEpisode(Input.ofText(json), "jsonld");
  }

  static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @Test
  void theAbstractHoldsTheTakeawaysOneALineLabelledAsTheTextFormatReadsThem() {
    ParseResult<Episode> result =
        parse(
            """
            {"@context": "https://schema.org", "@type": "PodcastEpisode",
             "abstract": "Dark Skies Matter: wildlife navigates by starlight.\\n\\n  • Cities can dim their lights  \\nLight pollution is a choice: cities make it every night.",
             "description": "Dark Skies Matter: wildlife navigates by starlight."}
            """);
    assertEquals(
        List.of(
            Takeaway.builder().label("Dark Skies Matter").text("wildlife navigates by starlight.").build(),
            Takeaway.of("Cities can dim their lights"),
            Takeaway.of("Light pollution is a choice: cities make it every night.")),
        result.value().takeaways());
    assertEquals(
        List.of(Section.builder().heading(JsonLdReader.DESCRIPTION_HEADING)
            .addParagraphs("Dark Skies Matter: wildlife navigates by starlight.").listedInToc(false).build()),
        result.value().sections(),
        "a description that is not the abstract word for word is kept as the page's lead");
    assertFalse(result.hasProblems(), result.diagnostics()::toString);
  }

  @Test
  void aDescriptionThatRepeatsTheAbstractIsNotReadTwice() {
    ParseResult<Episode> result =
        parse(
            """
            {"@context": "https://schema.org", "@type": "PodcastEpisode",
             "abstract": "Same words.", "description": "Same words."}
            """);
    assertEquals(List.of(Takeaway.of("Same words.")), result.value().takeaways());
    assertEquals(List.of(), result.value().sections());
  }

  @Test
  void abstractLinesBeyondTheTakeawayLimitAreAnErrorThatNamesIt() {
    Parsers limited =
        Parsers.builder().limits(ParseLimits.builder().maxTakeaways(2).build()).build();
    ParseResult<Episode> result =
        limited.readEpisode(Input.ofText(
            """
            {"@context": "https://schema.org", "@type": "PodcastEpisode", "abstract": "one\\ntwo\\nthree"}
            """), "jsonld");
    assertEquals(List.of(Takeaway.of("one"), Takeaway.of("two")), result.value().takeaways());
    assertEquals(List.of(DiagnosticCodes.LIMIT_TAKEAWAYS), codes(result));
    assertTrue(result.diagnostics().get(0).message().contains("maxTakeaways"), result.diagnostics()::toString);
    assertEquals(SourcePosition.of(1, 75), result.diagnostics().get(0).position().orElseThrow());
  }

  @Test
  void aClipsTextIsItsParagraphsSeparatedByBlankLinesAfterItsDescription() {
    ParseResult<Episode> result =
        parse(
            """
            {"@context": "https://schema.org", "@type": "PodcastEpisode",
             "hasPart": [{"@type": "Clip", "name": "Dimming a City", "startOffset": 610,
               "description": "Shielded lamps.",
               "text": "Shielded lamps.\\n\\nCurfews for billboards,\\nfrom midnight.\\n \\n\\nDark parks."}]}
            """);
    assertEquals(
        List.of("Shielded lamps.", "Curfews for billboards,\nfrom midnight.", "Dark parks."),
        result.value().sections().get(0).paragraphs());
    assertFalse(result.hasProblems(), result.diagnostics()::toString);
  }

  @Test
  void readsAPodcastEpisode() {
    ParseResult<Episode> result = parse(EPISODE);
    Episode expected =
        Episode.builder()
            .title("Night Skies Without Light Pollution")
            .link("https://stargazing.example/episodes/14")
            .podcastTitle("Looking Up")
            .publishedOn(PublicationDate.of(LocalDate.of(2025, 11, 2)))
            .duration(Duration.ofMinutes(48).plusSeconds(30))
            .addPeople(
                Person.of("Tom Becker", Role.HOST),
                Person.builder().name("Lena Ortiz").role(Role.GUEST).description("Astronomer").build(),
                Person.of("Sam Reyes", Role.GUEST),
                Person.of("Orbit Audio", Role.PRODUCER))
            .addTakeaways(Takeaway.of("Why dark skies matter to people and to wildlife."))
            .addSections(
                Section.builder()
                    .heading(JsonLdReader.DESCRIPTION_HEADING)
                    .addParagraphs("Astronomer Lena Ortiz explains how cities can dim their lights.")
                    .listedInToc(false)
                    .build(),
                Section.builder()
                    .heading("What Light Pollution Is")
                    .start(Duration.ZERO)
                    .end(Duration.ofSeconds(610))
                    .build(),
                Section.builder()
                    .heading("Dimming a City")
                    .addParagraphs("Shielded street lamps and curfews for billboards.")
                    .start(Duration.ofSeconds(610))
                    .end(Duration.ofMinutes(30))
                    .build())
            .build();
    assertEquals(expected, result.value());
    assertEquals(List.of(JsonLdCodes.IGNORED_PROPERTY, JsonLdCodes.IGNORED_PROPERTY), codes(result));
    assertTrue(result.diagnostics().get(0).message().startsWith("'image'"));
    assertEquals(SourcePosition.of(23, 3), result.diagnostics().get(0).position().orElseThrow());
    assertFalse(result.hasProblems());
  }

  @Test
  void findsTheEpisodeInAGraphAnArrayOrASeries() {
    String episode = "{\"@type\": \"PodcastEpisode\", \"name\": \"E\"}";
    for (String json :
        List.of(
            "{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebSite\", \"name\": \"W\"}, " + episode
                + "]}",
            "[{\"@context\": \"https://schema.org\", \"@type\": \"Organization\", \"name\": \"O\"}, " + episode + "]",
            "{\"@context\": \"https://schema.org\", \"@type\": \"PodcastSeries\", \"name\": \"S\", \"episode\": "
                + episode + "}")) {
      ParseResult<Episode> result = parse(json);
      assertEquals(List.of(), result.diagnostics(), json);
      assertEquals("E", result.value().title().orElseThrow(), json);
    }
    assertEquals("S", parse("{\"@type\": \"PodcastSeries\", \"name\": \"S\", \"hasPart\": [" + episode + "]}")
        .value().podcastTitle().orElseThrow());
  }

  @Test
  void referencesByIdPointToNodesOfTheGraph() {
    ParseResult<Episode> result =
        parse("{\"@context\": \"https://schema.org\", \"@graph\": [\n"
            + " {\"@type\": \"PodcastEpisode\", \"@id\": \"#ep\", \"name\": \"E\", \"partOfSeries\": {\"@id\": \"#show\"},"
            + " \"actor\": [{\"@id\": \"#host\"}, {\"@id\": \"#nobody\"}],"
            + " \"hasPart\": {\"@id\": \"#clip\"}},\n"
            + " {\"@type\": \"PodcastSeries\", \"@id\": \"#show\", \"name\": \"The Show\", \"episode\": {\"@id\": \"#ep\"}},\n"
            + " {\"@type\": \"Person\", \"@id\": \"#host\", \"name\": \"Hana\"},\n"
            + " {\"@type\": \"Clip\", \"@id\": \"#clip\", \"name\": \"Opening\", \"startOffset\": 0}]}");
    assertEquals(List.of(JsonLdCodes.MISSING_KEY), codes(result));
    assertEquals(SourcePosition.of(2, 119), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(
        Episode.builder()
            .title("E")
            .podcastTitle("The Show")
            .addPeople(Person.of("Hana", Role.HOST))
            .addSections(Section.builder().heading("Opening").start(Duration.ZERO).build())
            .build(),
        result.value());
  }

  @Test
  void typesMayBeFullIrisPrefixedOrLists() {
    for (String type :
        List.of("\"http://schema.org/PodcastEpisode\"", "\"schema:PodcastEpisode\"", "[\"CreativeWork\", \"Episode\"]")) {
      ParseResult<Episode> result = parse("{\"@type\": " + type + ", \"name\": \"E\"}");
      assertEquals("E", result.value().title().orElseThrow(), type);
    }
  }

  @Test
  void aSeriesWithoutEpisodesGivesThePodcastTitleAndAWarning() {
    ParseResult<Episode> result =
        parse("{\"@context\": \"https://schema.org/\", \"@type\": \"PodcastSeason\", \"name\": \"Season 2\","
            + " \"partOfSeries\": {\"@type\": \"PodcastSeries\", \"name\": \"Looking Up\"}}");
    assertEquals(List.of(JsonLdCodes.NO_EPISODE), codes(result));
    assertEquals(Episode.builder().podcastTitle("Looking Up").build(), result.value());
  }

  @Test
  void moreThanOneEpisodeReadsTheFirst() {
    ParseResult<Episode> result =
        parse("[{\"@type\": \"PodcastEpisode\", \"name\": \"One\"},\n {\"@type\": \"PodcastEpisode\", \"name\": \"Two\"}]");
    assertEquals(List.of(JsonLdCodes.MORE_THAN_ONE_EPISODE), codes(result));
    assertEquals(SourcePosition.of(2, 2), result.diagnostics().get(0).position().orElseThrow());
    assertEquals("One", result.value().title().orElseThrow());
  }

  @Test
  void valueObjectsAndListsOfTextAreRead() {
    Episode episode =
        parse("{\"@type\": \"PodcastEpisode\", \"name\": {\"@value\": \"Valued\", \"@language\": \"en\"},"
            + " \"url\": [\"https://a.example\", \"https://b.example\"]}").value();
    assertEquals("Valued", episode.title().orElseThrow());
    assertEquals("https://a.example", episode.link().orElseThrow());
  }

  @Test
  void roleNamesAnyRoleAndARoleWithoutAPersonIsAnError() {
    ParseResult<Episode> result =
        parse("{\"@type\": \"PodcastEpisode\", \"contributor\": [\n"
            + " {\"@type\": \"Role\", \"roleName\": \"Sound Designer\", \"contributor\": [\"Ana\", {\"name\": \"Bo\"}]},\n"
            + " {\"@type\": \"OrganizationRole\", \"roleName\": \"Producer\"}]}");
    assertEquals(List.of(JsonLdCodes.MISSING_KEY), codes(result));
    assertEquals(SourcePosition.of(3, 2), result.diagnostics().get(0).position().orElseThrow());
    assertEquals(
        List.of(Person.of("Ana", Role.of("Sound Designer")), Person.of("Bo", Role.of("sound designer"))),
        result.value().people());
  }

  @Test
  void badValuesAreReportedAtTheirPositionAndTheRestIsKept() {
    ParseResult<Episode> result =
        parse("{\"@type\": \"PodcastEpisode\", \"name\": \"E\",\n \"datePublished\": \"yesterday\",\n"
            + " \"timeRequired\": \"37 minutes\",\n \"actor\": [{\"@type\": \"Person\"}, 42],\n"
            + " \"hasPart\": [{\"@type\": \"Clip\", \"startOffset\": 5}, {\"@type\": \"Clip\", \"name\": \"C\","
            + " \"startOffset\": \"later\"}]}");
    assertEquals(
        List.of(JsonLdCodes.BAD_DATE, JsonLdCodes.BAD_TIME, JsonLdCodes.MISSING_KEY, JsonLdCodes.WRONG_TYPE,
            JsonLdCodes.MISSING_KEY, JsonLdCodes.BAD_TIME),
        codes(result));
    assertEquals(SourcePosition.of(2, 19), result.diagnostics().get(0).position().orElseThrow());
    assertEquals("E", result.value().title().orElseThrow());
    assertEquals(List.of(Section.of("C")), result.value().sections());
  }

  @Test
  void aContextOtherThanSchemaOrgIsAWarning() {
    ParseResult<Episode> result = parse("{\"@context\": \"https://example.com/vocab\", \"@type\": \"PodcastEpisode\", \"name\": \"E\"}");
    assertEquals(List.of(JsonLdCodes.NOT_SCHEMA_ORG), codes(result));
    assertEquals(
        List.of(),
        codes(parse("{\"@context\": {\"@vocab\": \"http://schema.org/\"}, \"@type\": \"PodcastEpisode\", \"name\": \"E\"}")));
  }

  @Test
  void malformedJsonIsAnErrorWithPositionAndNoSecondWarning() {
    ParseResult<Episode> result = parse("{\"@type\": \"PodcastEpisode\",\n \"name\": \"E\" \"url\": \"u\"}");
    assertEquals(List.of(JsonLdCodes.SYNTAX), codes(result));
    assertEquals(SourcePosition.of(2, 14), result.diagnostics().get(0).position().orElseThrow());
    assertEquals("E", result.value().title().orElseThrow());
  }

  @Test
  void aDocumentThatCannotBeReadIsNotAlsoReportedAsHavingNoEpisode() {
    assertEquals(List.of(JsonLdCodes.NOT_AN_OBJECT), codes(parse("[1, 2]")));
    assertEquals(List.of(JsonLdCodes.SYNTAX), codes(parse("not json")));
    assertEquals(List.of(JsonLdCodes.NO_EPISODE), codes(parse("{\"@type\": \"WebPage\"}")));
  }

  @Test
  void clipsHonourTheSectionLimit() {
    ParseResult<Episode> result =
        Parsers.builder()
            .limits(ParseLimits.builder().maxSections(1).build())
            .build()
            .readEpisode(Input.ofText(
                "{\"@type\": \"PodcastEpisode\", \"hasPart\": [{\"@type\": \"Clip\", \"name\": \"A\", \"startOffset\": 0},"
                    + " {\"@type\": \"Clip\", \"name\": \"B\", \"startOffset\": 9}]}"), "jsonld");
    assertEquals(List.of(DiagnosticCodes.LIMIT_SECTIONS), codes(result));
    assertEquals(1, result.value().sections().size());
  }

  @Test
  void theReaderFillsABuilderAndReportsAtPositionsOfTheWholePage() {
    String page =
        "<!doctype html>\n<title>Page</title>\n<script type=\"application/ld+json\">\n"
            + "{\"@type\": \"PodcastEpisode\", \"name\": \"From JSON-LD\", \"datePublished\": \"soon\",}\n</script>\n";
    int start = page.indexOf('{');
    int end = page.indexOf("\n</script>");
    SourceText source = SourceText.of("page.html", page);
    DiagnosticCollector context = new DiagnosticCollector(ParseLimits.defaults());
    Episode.Builder episode = Episode.builder().podcastTitle("From the page");
    assertTrue(JsonLdReader.read(page.substring(start, end), source, start, episode, context));
    assertEquals(
        Episode.builder().podcastTitle("From the page").title("From JSON-LD").build(), episode.build());
    List<Diagnostic> diagnostics = context.diagnostics();
    assertEquals(
        List.of(JsonLdCodes.BAD_DATE, JsonLdCodes.TOLERATED_SYNTAX),
        diagnostics.stream().map(Diagnostic::code).collect(Collectors.toList()));
    assertEquals(SourcePosition.of(4, 70), diagnostics.get(0).position().orElseThrow());
    assertEquals(Severity.WARNING, diagnostics.get(1).severity());
  }

  @Test
  void theReaderReportsNothingForJsonLdWithoutAnEpisode() {
    SourceText source = SourceText.of("{\"@type\": \"BreadcrumbList\"}");
    DiagnosticCollector context = new DiagnosticCollector(ParseLimits.defaults());
    Episode.Builder episode = Episode.builder();
    assertFalse(JsonLdReader.read(source.text(), source, 0, episode, context));
    assertEquals(List.of(), context.diagnostics());
    assertThrows(
        IndexOutOfBoundsException.class, () -> JsonLdReader.read("{}", source, source.length() + 1, episode, context));
  }

  @Test
  void neverAStackTraceForHostileInput() {
    for (String json :
        List.of("\"text\"", "[1, 2]", "{\"@graph\": 5}", "{\"@type\": 5}", "{\"@type\": \"PodcastEpisode\", \"actor\": [[[]]]}",
            "{\"@type\": \"PodcastEpisode\", \"actor\": {\"@type\": \"Role\", \"actor\": {\"@type\": \"Role\"}}}",
            "{\"@type\": \"PodcastEpisode\", \"hasPart\": {\"@type\": \"Clip\", \"name\": [], \"startOffset\": {}}}",
            "{\"@type\": \"PodcastSeries\", \"episode\": [null, 1]}", "{")) {
      ParseResult<Episode> result = parse(json);
      assertFalse(codes(result).contains(DiagnosticCodes.PARSER_FAILURE), json + ": " + result.diagnostics());
      assertTrue(result.hasProblems(), json + ": " + result.diagnostics());
    }
  }
}
