package dev.nuggets.examples.shownotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.testing.DocumentedCodes;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ShowNotesRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();

  private static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "shownotes").text();
  }

  @Test
  void isFoundThroughServiceLoaderBesideTheBuiltInFormats() {
    assertTrue(RENDERERS.format("shownotes").orElseThrow() instanceof ShowNotesRenderer);
    assertTrue(RENDERERS.format("jsonld").isPresent());
    assertSame(RENDERERS.format("shownotes").orElseThrow(), RENDERERS.format("Show-Notes").orElseThrow());
    assertSame(RENDERERS.format("shownotes").orElseThrow(), RENDERERS.format("notes").orElseThrow());
  }

  /** Its identity, declared once: written only, never read, so no parser claims it. */
  @Test
  void declaresItsIdentityOnce() {
    Format format = RENDERERS.format("shownotes").orElseThrow().format();
    assertSame(ShowNotesRenderer.FORMAT, format);
    assertEquals("txt", format.defaultExtension());
    assertEquals("text/plain", format.mediaType());
    assertEquals(Set.of(ContentKind.EPISODE), format.writes());
    assertEquals(Set.of(), format.reads());
    assertTrue(Parsers.discover().format("shownotes").isEmpty());
  }

  /** The example documents its code beside its rules, as every format does: docs/formats/shownotes.md. */
  @Test
  void itsDiagnosticCodeIsDocumented() throws IOException {
    Path doc = Path.of("..", "docs", "formats", ShowNotesRenderer.FORMAT.name() + ".md");
    assertEquals(List.of(ShowNotesRenderer.LINK_DROPPED), DocumentedCodes.listedIn(doc));
    assertTrue(ShowNotesRenderer.LINK_DROPPED.startsWith(ShowNotesRenderer.FORMAT.name() + "."));
  }

  @Test
  void writesTheSampleAsShowNotesWithChapterTimestamps() {
    assertEquals(
        "Maya Lindqvist (Marine Biologist) - Coral Reefs, Heatwaves, & the Next Decade of Restoration\n"
            + "Deep Water Weekly · 2026-03-14 · 52 min\n"
            + "\n"
            + "With Sam Okafor (Host) and Maya Lindqvist (Guest, Marine Biologist).\n"
            + "\n"
            + "Key takeaways\n"
            + "- Coral bleaching is a stress response: corals expel the algae that feed them when the water stays"
            + " too warm for too long.\n"
            + "- Restoration Buys Time: nurseries help reefs recover but cannot outgrow a warming ocean on their"
            + " own.\n"
            + "- Heat-tolerant strains bred from heatwave survivors are the most promising tool in twenty years.\n"
            + "\n"
            + "Chapters\n"
            + "00:00 What Bleaching Really Is\n"
            + "11:00 Restoration: Nurseries, Gardens, and Limits\n"
            + "31:30 Can Reefs Recover by 2035?\n"
            + "\n"
            + "https://deepwater.example/episodes/coral-reefs\n",
        render(SampleEpisodes.coralReefs()));
  }

  @Test
  void hourLongEpisodesGetHoursInEveryTimestamp() {
    Episode episode =
        Episode.builder()
            .duration(Duration.ofMinutes(75))
            .addSections(
                Section.builder().heading("Intro").start(Duration.ZERO).build(),
                Section.builder().heading("Late").start(Duration.ofMinutes(62).plusSeconds(5).plusMillis(900)).build())
            .build();
    assertEquals("1 h 15 min\n\nChapters\n0:00:00 Intro\n1:02:05 Late\n", render(episode));
  }

  @Test
  void partlyTimedSectionsAreListedWithoutTimes() {
    Episode episode =
        Episode.builder()
            .addSections(Section.builder().heading("Intro").start(Duration.ZERO).build(), Section.of("Untimed"))
            .build();
    assertEquals("In this episode\n- Intro\n- Untimed\n", render(episode));
  }

  @Test
  void lineBreaksInsideTextsBecomeSpaces() {
    Episode episode =
        Episode.builder()
            .title("Two\nlines\r\nand\u2028more")
            .addTakeaways(Takeaway.of("A\rB"))
            .addPeople(Person.of("Ann\nLee", Role.PRODUCER))
            .build();
    assertEquals("Two lines and more\n\nWith Ann Lee (Producer).\n\nKey takeaways\n- A B\n", render(episode));
  }

  @Test
  void dropsALinkThatIsNotAWebAddressWithAWarning() {
    StringBuilder out = new StringBuilder();
    RenderResult result =
        RENDERERS.render(Episode.builder().title("T").link("javascript:alert(1)").build(), "shownotes", out);
    assertEquals("T\n", out.toString());
    assertEquals(List.of(ShowNotesRenderer.LINK_DROPPED), result.diagnostics().stream().map(d -> d.code()).toList());
  }

  @Test
  void anEmptyEpisodeGivesEmptyNotes() {
    assertEquals("", render(SampleEpisodes.empty()));
    assertEquals("45 s", ShowNotesRenderer.minutes(Duration.ofSeconds(45)));
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesKeepEveryListedText(long seed) {
    Episode episode = new HostileText(seed).episode();
    String notes = render(episode);
    String why = "seed " + seed;
    episode.title().ifPresent(title -> assertTrue(notes.startsWith(title + "\n"), why));
    for (Takeaway takeaway : episode.takeaways()) {
      assertTrue(notes.contains("\n- " + takeaway.label().map(l -> l + ": ").orElse("") + takeaway.text() + "\n"), why);
    }
    List<Section> listed = episode.tableOfContents();
    if (listed.isEmpty()) {
      assertFalse(notes.contains("Chapters\n") || notes.contains("In this episode\n"), why);
      return;
    }
    String heading = listed.stream().allMatch(s -> s.start().isPresent()) ? "Chapters\n" : "In this episode\n";
    int start = notes.indexOf(heading);
    assertTrue(start == 0 || notes.charAt(start - 1) == '\n', why);
    String[] entries = notes.substring(start + heading.length()).split("\n", -1);
    for (int i = 0; i < listed.size(); i++) {
      assertTrue(entries[i].endsWith(" " + listed.get(i).heading()), why + ": " + entries[i]);
    }
    assertTrue(entries[listed.size()].isEmpty(), why + ": the list ends after the listed sections");
  }
}
