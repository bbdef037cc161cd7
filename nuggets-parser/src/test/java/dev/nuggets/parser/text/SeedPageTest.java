package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The first real input: a Podcast Nuggets page scraped to text (read from ../shared, skipped without it). */
class SeedPageTest {
  private static ParseResult<Episode> result;
  private static Episode episode;

  @BeforeAll
  static void parseSeed() {
    result = Parsers.discover().readEpisode(SharedFixtures.require("seed/podcast-nuggets-john-schulman.txt"));
    episode = result.value();
  }

  @Test
  void readsAsTextFormatWithoutWarnings() {
    assertEquals("text", result.format().orElseThrow());
    assertEquals("detected: .txt extension", result.detection().orElseThrow().reason(result.inputName()));
    assertTrue(
        result.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO),
        () -> "unexpected diagnostics: " + result.diagnostics());
  }

  @Test
  void title() {
    assertEquals(
        "John Schulman (OpenAI Cofounder) - Reasoning, RLHF, & Plan for 2027 AGI", episode.title().orElseThrow());
  }

  @Test
  void guestFromTitle() {
    assertEquals(
        List.of(Person.builder().name("John Schulman").role(Role.GUEST).description("OpenAI Cofounder").build()),
        episode.people());
  }

  @Test
  void takeaways() {
    List<Takeaway> takeaways = episode.takeaways();
    assertEquals(5, takeaways.size());
    assertTrue(takeaways.get(0).text().startsWith("Pre-training involves training AI models"));
    assertTrue(takeaways.get(1).text().startsWith("John Schulman predicts significant advancements"));
    assertTrue(takeaways.get(2).text().startsWith("Schulman emphasizes the need for caution"));
    assertTrue(takeaways.get(3).text().startsWith("Schulman discusses enhancing AI reasoning"));
    assertTrue(takeaways.get(4).text().startsWith("Ensuring AI systems are aligned with human values"));
    assertTrue(takeaways.stream().allMatch(t -> t.label().isEmpty() && t.start().isEmpty()));
  }

  @Test
  void sectionsInTableOfContentsOrder() {
    assertEquals(
        List.of(
            "Pre-training vs Post-training in AI Models",
            "Advancements in AI Models",
            "Caution and Coordination in AGI Development",
            "Behavioral Incentives in RLHF",
            "Enhancing AI Reasoning with Internal Monologue",
            "Reflections on Leading ChatGPT Creation",
            "The Future of AI Research",
            "The Importance of Aligning AI with Human Values",
            "Advancements in AI Research",
            "Enhancing AI Models with Human Input"),
        episode.sections().stream().map(Section::heading).collect(Collectors.toList()));
    assertEquals(episode.sections(), episode.tableOfContents());
  }

  @Test
  void paragraphCounts() {
    assertEquals(
        List.of(1, 1, 2, 1, 1, 1, 2, 1, 1, 1),
        episode.sections().stream().map(s -> s.paragraphs().size()).collect(Collectors.toList()));
    assertTrue(episode.sections().get(0).paragraphs().get(0).startsWith("Pre-training involves training the model"));
    assertTrue(
        episode.sections().get(9).paragraphs().get(0).startsWith("The podcast also explores the role of human"));
  }

  @Test
  void noPromoTextAnywhere() {
    String all = episode.toString();
    assertFalse(all.contains("Play Store"), all);
    assertFalse(all.contains("Discover more"), all);
    assertFalse(all.contains("Download here"), all);
    assertFalse(all.contains("📌"), all);
  }
}
