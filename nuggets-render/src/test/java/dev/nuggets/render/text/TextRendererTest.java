package dev.nuggets.render.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Golden;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TextRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parsers PARSERS = Parsers.discover();

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "text").text();
  }

  static Episode parse(String text) {
    return PARSERS.readEpisode(Input.ofText(text), "text").value();
  }

  @Test
  void matchesTheGoldenFileByteForByte() throws IOException {
    Golden.assertMatches(TextRendererTest.class, "coral-reefs.txt", render(SampleEpisodes.coralReefs()));
  }

  @Test
  void theSampleReadsBackAsWhatTheLayoutHolds() {
    Episode sample = SampleEpisodes.coralReefs();
    Episode held =
        Episode.builder()
            .title(sample.title().orElseThrow())
            .addPeople(sample.people(Role.GUEST).get(0))
            .takeaways(sample.takeaways().stream().map(t -> t.toBuilder().start(java.util.Optional.empty()).build()).toList())
            .sections(
                sample.sections().stream()
                    .map(s -> s.toBuilder().start(java.util.Optional.empty()).end(java.util.Optional.empty()).build())
                    .toList())
            .build();
    assertEquals(held, parse(render(sample)));
  }

  @Test
  void reportsWhatItDrops() {
    RenderResult result = RENDERERS.render(SampleEpisodes.coralReefs(), "text", new StringBuilder());
    List<String> codes = result.diagnostics().stream().map(Diagnostic::code).toList();
    assertEquals(TextRenderCodes.METADATA_DROPPED, codes.get(0));
    assertTrue(result.diagnostics().get(0).message().contains("podcast, date, duration, link"), result.toString());
    assertEquals(TextRenderCodes.PERSON_DROPPED, codes.get(1));
    assertTrue(result.diagnostics().get(1).message().contains("\"Sam Okafor\""), result.toString());
    assertEquals(1 + 1 + 2 + 4, codes.size(), result.toString()); // metadata, the host, 2 takeaway and 4 section times
    assertEquals(6, codes.stream().filter(TextRenderCodes.TIME_DROPPED::equals).count());
  }

  /** A transcript and links to transcripts or chapters have no place in the layout either: dropped, and said so. */
  @Test
  void reportsTheTranscriptAndLinksItDrops() {
    Episode episode =
        Episode.builder()
            .title("Reefs")
            .transcript(Transcript.of(List.of(Cue.of(Duration.ZERO, "Welcome back."))))
            .addTranscriptLinks(ContentLink.of("https://deepwater.example/12.vtt", "text/vtt"))
            .chaptersLink(ContentLink.of("https://deepwater.example/12.json", "application/json+chapters"))
            .build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, "text", out);
    assertEquals("Reefs\n", out.toString());
    assertEquals(1, result.diagnostics().size(), result.toString());
    assertEquals(TextRenderCodes.METADATA_DROPPED, result.diagnostics().get(0).code());
    assertTrue(
        result.diagnostics().get(0).message().contains("transcript, transcript links, chapters link"),
        result.toString());
    assertEquals(List.of(), RENDERERS.render(Episode.builder().title("Reefs").build(), "text", out).diagnostics());
  }

  @Test
  void lineBreaksAreJoinedAndReported() {
    Episode episode = Episode.builder().addSections(Section.of("Heading", "one\ntwo\r\n\nthree")).build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, "text", out);
    assertEquals("Table of contents\n• Heading\n\nHeading\none two three\n", out.toString());
    assertEquals(
        List.of(TextRenderCodes.LINE_BREAK_JOINED), result.diagnostics().stream().map(Diagnostic::code).toList());
    assertTrue(result.diagnostics().get(0).message().contains("\"one two three\""), result.toString());
  }

  /** Each text field with line breaks is reported on its own, its text quoted, so a reader can find it. */
  @Test
  void eachTextWithLineBreaksIsReportedOnItsOwn() {
    Episode episode =
        Episode.builder()
            .title("Two\nlines")
            .addTakeaways(Takeaway.of("A\rB"), Takeaway.of("One line"))
            .addSections(Section.of("Heading", "First\nparagraph", "Second\n\nparagraph"))
            .build();
    RenderResult result = RENDERERS.render(episode, "text", new StringBuilder());
    List<String> joined =
        result.diagnostics().stream()
            .filter(d -> d.code().equals(TextRenderCodes.LINE_BREAK_JOINED))
            .map(Diagnostic::message)
            .toList();
    assertEquals(4, joined.size(), result.toString());
    for (String text : List.of("Two lines", "A B", "First paragraph", "Second paragraph")) { // quoted, space folded
      assertEquals(
          1, joined.stream().filter(m -> m.contains("\"" + text + "\"")).count(), () -> text + " in " + joined);
    }
  }

  @Test
  void onlyTheGuestTheTitleNamesIsKept() {
    Person guest = Person.builder().name("Ada Example").role(Role.GUEST).description("Founder").build();
    Episode episode =
        Episode.builder()
            .title("Ada Example (Founder) - Planning")
            .addPeople(Person.of("Sam Host", Role.HOST), guest, guest.toBuilder().name("Bo Other").build())
            .build();
    RenderResult result = RENDERERS.render(episode, "text", new StringBuilder());
    assertEquals(2, result.diagnostics().size(), result.toString());
    assertEquals(List.of(guest), parse(render(episode)).people());
  }

  @Test
  void emptyEpisodeIsAnEmptyPage() {
    assertEquals("", render(SampleEpisodes.empty()));
    assertEquals(SampleEpisodes.empty(), parse(render(SampleEpisodes.empty())));
  }

  @Test
  void aTakeawayThatLooksLikeAHeadingStaysATakeaway() {
    Episode episode =
        Episode.builder()
            .title("Title")
            .addTakeaways(Takeaway.of("What Bleaching Really Is"), Takeaway.of("Table of contents!"))
            .addSections(Section.of("Intro", "Text."))
            .build();
    assertEquals(episode, parse(render(episode)));
  }

  /**
   * Hostile episodes with only what the layout has a place for, their text left as generated: whenever the render
   * reports nothing, the page reads back equal; when it reads back otherwise, the render said so.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRenderWithoutWarningsReadsBackEqual(long seed) {
    Episode hostile = new HostileText(seed).episode();
    Episode episode =
        Episode.builder()
            .title(hostile.title())
            .takeaways(hostile.takeaways().stream().map(t -> t.toBuilder().start(Optional.empty()).build()).toList())
            .sections(
                hostile.sections().stream()
                    .map(s -> s.toBuilder().start(Optional.empty()).end(Optional.empty()).build())
                    .toList())
            .build();
    StringBuilder out = new StringBuilder();
    RenderResult rendered = RENDERERS.render(episode, "text", out);
    Episode parsed = parse(out.toString());
    if (!parsed.equals(episode)) {
      assertFalse(rendered.diagnostics().isEmpty(), "seed " + seed + ": read back otherwise without a warning\n" + out);
    }
  }

  @Test
  void saysWhichLinesWillNotReadBack() {
    Episode episode =
        Episode.builder()
            .title("A title that ends with a full stop.")
            .addTakeaways(
                Takeaway.builder().label("a label that is far too long to be one: really").text("Text.").build(),
                Takeaway.of("Short lead: reads as a label"),
                Takeaway.of("• a bullet"))
            .addSections(Section.of("Intro • Part", "Looks Like A Heading", "A longer paragraph that follows it here."))
            .addSections(Section.of("Intro • Part", "Text."))
            .build();
    StringBuilder out = new StringBuilder();
    List<String> messages =
        RENDERERS.render(episode, "text", out).diagnostics().stream()
            .peek(d -> assertEquals(TextRenderCodes.NOT_READ_BACK, d.code()))
            .map(Diagnostic::message)
            .toList();
    assertEquals(8, messages.size(), String.join("\n", messages));
    assertTrue(messages.get(0).startsWith("the heading \"Intro • Part\" will not read back as written: a \"•\""));
    assertTrue(messages.get(2).contains("repeats a heading listed before it"), messages.get(2));
    assertTrue(messages.get(3).startsWith("the title \"A title that ends with a full stop.\""), messages.get(3));
    assertTrue(messages.get(4).startsWith("the label \"a label that is far too long"), messages.get(4));
    assertTrue(messages.get(5).endsWith("its lead-in reads as a label"), messages.get(5));
    assertTrue(messages.get(6).endsWith("a leading \"•\" reads as a bullet"), messages.get(6));
    assertTrue(messages.get(7).startsWith("the paragraph \"Looks Like A Heading\""), messages.get(7));
    assertTrue(!parse(out.toString()).equals(episode));
  }

  static LongStream seeds() {
    return LongStream.range(0, 600);
  }

  /** What the layout holds is written without a warning; that it reads back equal, RoundTripMatrixTest checks. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyEpisodeTheLayoutHoldsIsWrittenWithoutAWarning(long seed) {
    Episode episode = HoldableEpisodes.of(seed);
    RenderResult rendered = RENDERERS.render(episode, "text", new StringBuilder());
    assertEquals(List.of(), rendered.diagnostics(), "seed " + seed + ": nothing to drop");
  }
}
