package dev.nuggets.render.chapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.formats.ChaptersFormat;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.render.NuggetsRenderException;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ChaptersRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(ChaptersRendererTest.class.getResourceAsStream("json-chapters-1.2.schema.json"));

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "chapters").text();
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  private static Section timed(String heading, long startSeconds) {
    return Section.builder().heading(heading).start(Duration.ofSeconds(startSeconds)).build();
  }

  @Test
  void isDiscoveredWithTheSpecificationsMediaTypeAndExtension() {
    ChaptersRenderer renderer = (ChaptersRenderer) RENDERERS.format("chapters").orElseThrow();
    assertEquals(ChaptersFormat.FORMAT, renderer.format());
    assertEquals("application/json+chapters", renderer.format().mediaType());
    assertEquals("json", renderer.format().defaultExtension());
    assertEquals(Set.of(ContentKind.EPISODE), renderer.format().writes());
  }

  @Test
  void matchesTheGoldenFileByteForByte() throws IOException {
    try (InputStream in = ChaptersRendererTest.class.getResourceAsStream("coral-reefs.json")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), render(SampleEpisodes.coralReefs()));
    }
  }

  @Test
  void sampleHasOneChapterPerSectionAndValidates() {
    String json = render(SampleEpisodes.coralReefs());
    assertEquals(List.of(), validate(json));
    JsonNode root = MAPPER.readTree(json);
    assertEquals("1.2.0", root.get("version").asString());
    assertEquals("Deep Water Weekly", root.get("podcastName").asString());
    assertEquals(List.of("version", "title", "podcastName", "chapters"), names(root));
    JsonNode chapters = root.get("chapters");
    assertEquals(4, chapters.size());
    assertEquals(List.of("startTime", "title", "endTime"), names(chapters.get(0)));
    assertEquals(660, chapters.get(1).get("startTime").asInt());
    assertTrue(chapters.get(1).get("startTime").isIntegralNumber());
    assertEquals(1830, chapters.get(1).get("endTime").asInt());
  }

  @Test
  void tocFalseOnlyForSectionsLeftOutOfTheTableOfContents() {
    JsonNode chapters = MAPPER.readTree(render(SampleEpisodes.coralReefs())).get("chapters");
    List<String> silent = new ArrayList<>();
    for (JsonNode chapter : chapters) {
      if (chapter.has("toc")) {
        assertFalse(chapter.get("toc").asBoolean());
        silent.add(chapter.get("title").asString());
      }
    }
    assertEquals(List.of("A Word From Our Sponsor"), silent);
  }

  @Test
  void fractionalSecondsAreDecimalsNeverExponents() {
    Episode episode =
        Episode.builder()
            .addSections(Section.builder().heading("a").start(Duration.ofMillis(2500)).end(Duration.ofNanos(61_000_000_001L)).build())
            .addSections(Section.builder().heading("b").start(Duration.ofSeconds(100)).end(Duration.ofSeconds(3600)).build())
            .addSections(Section.builder().heading("c").start(Duration.ofMillis(3_600_001)).build())
            .build();
    String json = render(episode);
    assertTrue(json.contains("\"startTime\": 2.5,"), json);
    assertTrue(json.contains("\"endTime\": 61.000000001\n"), json);
    assertTrue(json.contains("\"startTime\": 100,"), json);
    assertTrue(json.contains("\"endTime\": 3600\n"), json);
    assertTrue(json.contains("\"startTime\": 3600.001,"), json);
    assertEquals(List.of(), validate(json));
  }

  @Test
  void noSectionsIsAnErrorNotAnEmptyFile() {
    StringBuilder out = new StringBuilder();
    NuggetsRenderException e =
        assertThrows(
            NuggetsRenderException.class,
            () -> RENDERERS.render(Episode.builder().title("Only a title").build(), "chapters", out));
    assertEquals(ChaptersCodes.NO_SECTIONS, e.diagnostics().get(0).code());
    assertEquals(Severity.ERROR, e.diagnostics().get(0).severity());
    assertEquals("", out.toString());
  }

  @Test
  void sectionsWithoutStartTimesAreAnErrorNotAnEmptyFile() {
    StringBuilder out = new StringBuilder();
    Episode untimed = Episode.builder().addSections(Section.of("One", "Text."), Section.of("Two")).build();
    NuggetsRenderException e =
        assertThrows(NuggetsRenderException.class, () -> RENDERERS.render(untimed, "chapters", out));
    Diagnostic diagnostic = e.diagnostics().get(0);
    assertEquals(ChaptersCodes.NO_START_TIMES, diagnostic.code());
    assertEquals(Severity.ERROR, diagnostic.severity());
    assertTrue(diagnostic.message().contains("none of the episode's 2 sections has a start time"), diagnostic.message());
    assertEquals("", out.toString());
  }

  @Test
  void untimedSectionsAmongTimedOnesAreSkippedWithAWarningEach() {
    Episode episode =
        Episode.builder()
            .addSections(timed("Intro", 0), Section.of("Show notes"), timed("Interview", 90), Section.of("Links"))
            .build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, "chapters", out);
    assertEquals(List.of("Intro", "Interview"), titles(out.toString()));
    assertEquals(
        List.of(ChaptersCodes.UNTIMED_SECTION, ChaptersCodes.UNTIMED_SECTION),
        result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList()));
    assertTrue(result.diagnostics().get(0).message().contains("\"Show notes\""), result.diagnostics().get(0).message());
    assertEquals(Severity.WARNING, result.diagnostics().get(1).severity());
  }

  @Test
  void sectionsOutOfOrderAreSortedByStartWithAWarning() {
    Episode episode = Episode.builder().addSections(timed("B", 60), timed("A", 0), timed("B2", 60)).build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, "chapters", out);
    assertEquals(List.of("A", "B", "B2"), titles(out.toString()));
    assertEquals(ChaptersCodes.REORDERED, result.diagnostics().get(0).code());

    RenderResult inOrder = RENDERERS.render(SampleEpisodes.coralReefs(), "chapters", new StringBuilder());
    assertEquals(List.of(), inOrder.diagnostics());
  }

  @Test
  void compactOutputIsOneLineWithTheSameContent() {
    String json =
        Renderers.builder()
            .register(ChaptersRenderer.compact())
            .build()
            .renderToString(SampleEpisodes.coralReefs(), "chapters")
            .text();
    assertFalse(json.contains("\n"));
    assertEquals(MAPPER.readTree(render(SampleEpisodes.coralReefs())), MAPPER.readTree(json));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesGiveValidChaptersThatKeepEveryCharacter(long seed) {
    Episode episode = new HostileText(seed).episode();
    String why = "seed " + seed;
    if (episode.sections().isEmpty()) {
      assertThrows(NuggetsRenderException.class, () -> render(episode), why);
      return;
    }
    String json = render(episode);
    assertEquals(List.of(), validate(json), why);
    JsonNode root = MAPPER.readTree(json);
    assertEquals(episode.title().orElse(null), root.has("title") ? root.get("title").asString() : null, why);
    assertEquals(
        episode.podcastTitle().orElse(null),
        root.has("podcastName") ? root.get("podcastName").asString() : null,
        why);
    JsonNode chapters = root.get("chapters");
    assertEquals(episode.sections().size(), chapters.size(), why);
    for (int i = 0; i < chapters.size(); i++) {
      Section section = episode.sections().get(i);
      JsonNode chapter = chapters.get(i);
      assertEquals(section.heading(), chapter.get("title").asString(), why);
      assertEquals(section.start().orElseThrow().toSeconds(), chapter.get("startTime").asLong(), why);
      assertEquals(section.end().orElseThrow().toSeconds(), chapter.get("endTime").asLong(), why);
      assertEquals(!section.listedInToc(), chapter.has("toc"), why);
    }
  }

  /** The schema written for these tests accepts the specification's own examples and refuses what it forbids. */
  @ParameterizedTest
  @ValueSource(strings = {"podcastindex-chapters-example.json", "podcastindex-chapters-example-complex.json"})
  void theTestSchemaAcceptsThePublicExamples(String fixture) throws IOException {
    String json = Files.readString(SharedFixtures.require("fixtures/public/" + fixture));
    assertEquals(List.of(), validate(json), fixture);
    JsonNode example = MAPPER.readTree(json);
    JsonNode ours = MAPPER.readTree(render(SampleEpisodes.coralReefs()));
    assertEquals(example.get("version").asString(), ours.get("version").asString());
    for (String name : names(ours)) {
      if (example.has(name)) {
        assertEquals(example.get(name).getNodeType(), ours.get(name).getNodeType(), name);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"chapters\":[]}",
        "{\"version\":\"1.2.0\"}",
        "{\"version\":\"1.2.0\",\"chapters\":[{\"title\":\"no start\"}]}",
        "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":\"12\"}]}",
        "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":-1}]}",
        "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":1,\"toc\":\"false\"}]}"
      })
  void theTestSchemaRefusesWhatTheSpecificationForbids(String json) {
    assertFalse(validate(json).isEmpty(), json);
  }

  private static List<String> titles(String json) {
    List<String> titles = new ArrayList<>();
    MAPPER.readTree(json).get("chapters").forEach(chapter -> titles.add(chapter.get("title").asString()));
    return titles;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
