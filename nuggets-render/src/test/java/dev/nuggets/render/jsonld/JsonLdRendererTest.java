package dev.nuggets.render.jsonld;

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
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.formats.JsonLdFormat;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.core.testing.SharedFixtures;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonLdRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Parsers PARSERS = Parsers.discover();

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "jsonld").text();
  }

  static Episode read(String jsonld) {
    return PARSERS.readEpisode(Input.ofText(jsonld), "jsonld").value();
  }

  static JsonNode tree(Episode episode) {
    return MAPPER.readTree(render(episode));
  }

  @Test
  void isDiscoveredWithItsMediaTypeAndExtension() {
    JsonLdRenderer renderer = (JsonLdRenderer) RENDERERS.format("jsonld").orElseThrow();
    assertEquals(JsonLdFormat.FORMAT, renderer.format());
    assertEquals("application/ld+json", renderer.format().mediaType());
    assertEquals("jsonld", renderer.format().defaultExtension());
    assertEquals(Set.of(ContentKind.EPISODE), renderer.format().writes());
    assertTrue(RENDERERS.format("JSON-LD").orElseThrow() == renderer, "found by alias, in any case");
  }

  @Test
  void matchesTheGoldenFileByteForByte() throws IOException {
    try (InputStream in = JsonLdRendererTest.class.getResourceAsStream("coral-reefs.jsonld")) {
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), render(SampleEpisodes.coralReefs()));
    }
  }

  @Test
  void describesThePodcastEpisodeWithSchemaOrgTerms() {
    JsonNode root = tree(SampleEpisodes.coralReefs());
    assertEquals("https://schema.org", root.get("@context").asString());
    assertEquals("PodcastEpisode", root.get("@type").asString());
    assertEquals(
        List.of(
            "@context", "@type", "name", "url", "datePublished", "timeRequired", "abstract", "partOfSeries",
            "actor", "hasPart"),
        names(root));
    assertEquals("PT52M17S", root.get("timeRequired").asString());
    assertEquals("2026-03-14", root.get("datePublished").asString());
    assertEquals("https://deepwater.example/episodes/coral-reefs", root.get("url").asString());
    assertEquals("PodcastSeries", root.get("partOfSeries").get("@type").asString());
    assertEquals("Deep Water Weekly", root.get("partOfSeries").get("name").asString());
  }

  @Test
  void abstractHoldsTheTakeawaysOneALineWithTheirLabels() {
    String abstractText = tree(SampleEpisodes.coralReefs()).get("abstract").asString();
    List<String> lines = abstractText.lines().collect(Collectors.toList());
    assertEquals(3, lines.size());
    assertTrue(lines.get(1).startsWith("Restoration Buys Time: nurseries help reefs"), lines.get(1));
  }

  @Test
  void peopleFollowTheRolePatternAsActorsOrContributors() {
    Episode episode =
        Episode.builder()
            .addPeople(Person.of("Ada Host", Role.HOST))
            .addPeople(Person.builder().name("Bo Guest").role(Role.GUEST).description("Ocean Physicist").build())
            .addPeople(Person.of("Cy Cohost", Role.CO_HOST))
            .addPeople(Person.of("Di Producer", Role.PRODUCER))
            .addPeople(Person.of("Ed Wizard", Role.of("Sound Wizard")))
            .build();
    JsonNode root = tree(episode);
    JsonNode actors = root.get("actor");
    assertEquals(3, actors.size());
    JsonNode guest = actors.get(1);
    assertEquals("PerformanceRole", guest.get("@type").asString());
    assertEquals("Guest", guest.get("roleName").asString());
    assertEquals("Person", guest.get("actor").get("@type").asString());
    assertEquals("Bo Guest", guest.get("actor").get("name").asString());
    assertEquals("Ocean Physicist", guest.get("actor").get("description").asString());
    assertEquals("Co-Host", actors.get(2).get("roleName").asString());

    JsonNode contributors = root.get("contributor");
    assertEquals(2, contributors.size());
    assertEquals("Role", contributors.get(0).get("@type").asString());
    assertEquals("Producer", contributors.get(0).get("roleName").asString());
    assertEquals("Di Producer", contributors.get(0).get("contributor").get("name").asString());
    assertEquals("Sound Wizard", contributors.get(1).get("roleName").asString());
    assertEquals("Person", contributors.get(1).get("contributor").get("@type").asString());
  }

  @Test
  void listedSectionsBecomeClipsWithOffsetsInSeconds() {
    JsonNode parts = tree(SampleEpisodes.coralReefs()).get("hasPart");
    assertEquals(3, parts.size(), "the unlisted sponsor section is not a clip");
    for (JsonNode clip : parts) {
      assertEquals("Clip", clip.get("@type").asString());
      assertFalse(clip.get("name").asString().contains("Sponsor"));
    }
    JsonNode last = parts.get(2);
    assertEquals("Can Reefs Recover by 2035?", last.get("name").asString());
    assertEquals(1890, last.get("startOffset").asInt());
    assertEquals(3137, last.get("endOffset").asInt());
    assertTrue(last.get("startOffset").isIntegralNumber());
  }

  @Test
  void fractionalOffsetsAndUntimedSections() {
    Episode episode =
        Episode.builder()
            .addSections(
                Section.builder().heading("Cold open").start(Duration.ofMillis(2500)).end(Duration.ofMillis(61_125)).build())
            .addSections(Section.of("Notes", "First.", "Second."))
            .build();
    JsonNode parts = tree(episode).get("hasPart");
    assertEquals("2.5", parts.get(0).get("startOffset").toString());
    assertEquals("61.125", parts.get(0).get("endOffset").toString());
    assertFalse(parts.get(0).has("text"));
    assertEquals(List.of("@type", "name", "text"), names(parts.get(1)));
    assertEquals("First.\n\nSecond.", parts.get(1).get("text").asString());
  }

  @Test
  void dateTimesAndLongDurationsInIso8601() {
    Episode episode =
        Episode.builder()
            .publishedOn(PublicationDate.of(OffsetDateTime.of(2026, 3, 14, 9, 30, 15, 0, ZoneOffset.ofHours(2))))
            .duration(Duration.ofHours(26).plusMillis(500))
            .build();
    JsonNode root = tree(episode);
    assertEquals("2026-03-14T09:30:15+02:00", root.get("datePublished").asString());
    assertEquals("PT26H0.5S", root.get("timeRequired").asString());
  }

  @Test
  void anEmptyEpisodeIsATypedNode() {
    assertEquals(
        "{\n  \"@context\": \"https://schema.org\",\n  \"@type\": \"PodcastEpisode\"\n}\n",
        render(SampleEpisodes.empty()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)", "JAVASCRIPT:alert(1)", "/episodes/7", "ftp://example.com/a", "http://",
        "mailto:host@example.com", "&#106;avascript:alert(1)"
      })
  void dropsLinksThatAreNotWebAddressesWithAWarning(String link) {
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(Episode.builder().title("T").link(link).build(), "jsonld", out);
    assertFalse(MAPPER.readTree(out.toString()).has("url"), out.toString());
    assertEquals(1, result.diagnostics().size());
    Diagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(RenderCodes.UNSAFE_LINK, diagnostic.code());
    assertEquals(Severity.WARNING, diagnostic.severity());
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://example.com/a?b=1&c=<2>", "HTTP://EXAMPLE.COM/", "http://x"})
  void keepsWebAddresses(String link) {
    RenderResult result = RENDERERS.render(Episode.builder().link(link).build(), "jsonld", new StringBuilder());
    assertEquals(List.of(), result.diagnostics());
    assertEquals(link, tree(Episode.builder().link(link).build()).get("url").asString());
  }

  @Test
  void compactOutputIsOneLineWithTheSameContent() {
    String json =
        Renderers.builder()
            .register(JsonLdRenderer.compact())
            .build()
            .renderToString(SampleEpisodes.coralReefs(), "jsonld")
            .text();
    assertFalse(json.contains("\n"));
    assertEquals(tree(SampleEpisodes.coralReefs()), MAPPER.readTree(json));
  }

  @Test
  void textCannotEndAnEnclosingScriptElement() {
    String json =
        render(
            Episode.builder()
                .title("</script><script>alert(1)</script> & \u2028 \u2029")
                .addTakeaways(Takeaway.of("<!-- -->"))
                .build());
    assertFalse(json.contains("<"), json);
    assertFalse(json.contains(">"), json);
    assertFalse(json.contains("&"), json);
    assertFalse(json.contains("\u2028"), json);
    assertFalse(json.contains("\u2029"), json);
    assertEquals("</script><script>alert(1)</script> & \u2028 \u2029", MAPPER.readTree(json).get("name").asString());
  }

  static Stream<Arguments> takeawaysThatReadBackOtherwise() {
    return Stream.of(
        Arguments.of(Takeaway.builder().label("a label far too long to read as one").text("Text.").build(),
            "its label does not read as one"),
        Arguments.of(Takeaway.of("Short lead: reads as a label"), "its lead-in reads as a label"),
        Arguments.of(Takeaway.of("• a bullet"), "a leading \"•\" reads as a bullet"),
        Arguments.of(Takeaway.of("two\nlines"), "a line break splits it into more than one takeaway"),
        Arguments.of(Takeaway.of("\u200Bzero-width space first"), "space at the ends of its label or text is not kept"),
        Arguments.of(Takeaway.builder().label("Label\u00A0").text("text").build(),
            "space at the ends of its label or text is not kept"));
  }

  @ParameterizedTest
  @MethodSource("takeawaysThatReadBackOtherwise")
  void saysWhichTakeawaysWillNotReadBackFromTheAbstract(Takeaway takeaway, String why) {
    Episode episode = Episode.builder().addTakeaways(Takeaway.of("Coral bleaching is a stress response."), takeaway).build();
    StringBuilder out = new StringBuilder();
    RenderResult result = RENDERERS.render(episode, "jsonld", out);
    assertEquals(1, result.diagnostics().size(), result::toString);
    Diagnostic diagnostic = result.diagnostics().get(0);
    assertEquals(JsonLdCodes.TAKEAWAY_NOT_READ_BACK, diagnostic.code());
    assertEquals(Severity.WARNING, diagnostic.severity());
    assertTrue(diagnostic.message().contains(": " + why), diagnostic.message());
    assertFalse(read(out.toString()).takeaways().equals(episode.takeaways()), out::toString);
  }

  /**
   * The warning is exact: over hostile takeaways (labels and lead-ins of every shape), a takeaway is reported if
   * and only if the jsonld parser reads its {@code abstract} line back as another takeaway.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aTakeawayIsReportedExactlyWhenItReadsBackOtherwise(long seed) {
    for (Takeaway hostile : new HostileText(seed).episode().takeaways()) {
      Takeaway takeaway = hostile.toBuilder().start(Optional.empty()).build();
      Episode episode = Episode.builder().addTakeaways(takeaway).build();
      StringBuilder out = new StringBuilder();
      RenderResult result = RENDERERS.render(episode, "jsonld", out);
      boolean readsBackEqual = read(out.toString()).equals(episode);
      assertEquals(!readsBackEqual, !result.diagnostics().isEmpty(), () -> "seed " + seed + ": " + result + "\n" + out);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesGiveValidJsonThatKeepsEveryCharacter(long seed) {
    Episode episode = new HostileText(seed).episode();
    String json = render(episode);
    String why = "seed " + seed;
    assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), why);
    JsonNode root = MAPPER.readTree(json);
    assertEquals(episode.title().orElse(null), text(root, "name"), why);
    assertEquals(JsonLdRenderer.abstractOf(episode.takeaways()).orElse(null), text(root, "abstract"), why);
    assertEquals(
        episode.podcastTitle().orElse(null),
        root.has("partOfSeries") ? root.get("partOfSeries").get("name").asString() : null,
        why);
    List<String> people = new ArrayList<>();
    for (String property : List.of("actor", "contributor")) {
      if (root.has(property)) {
        for (JsonNode role : root.get(property)) {
          JsonNode person = role.get(property);
          people.add(person.get("name").asString() + "|" + text(person, "description"));
        }
      }
    }
    assertEquals(
        episode.people().stream().map(p -> p.name() + "|" + p.description().orElse(null)).collect(Collectors.toList()),
        people,
        why);
    List<Section> listed = episode.tableOfContents();
    assertEquals(listed.size(), root.has("hasPart") ? root.get("hasPart").size() : 0, why);
    for (int i = 0; i < listed.size(); i++) {
      JsonNode clip = root.get("hasPart").get(i);
      assertEquals(listed.get(i).heading(), clip.get("name").asString(), why);
      assertEquals(
          listed.get(i).paragraphs().isEmpty() ? null : String.join("\n\n", listed.get(i).paragraphs()),
          text(clip, "text"),
          why);
      assertEquals(listed.get(i).start().orElseThrow().toSeconds(), clip.get("startOffset").asLong(), why);
    }
  }

  /** The public schema.org examples: where we write the same property, it has the same JSON shape. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "schemaorg-podcastepisode-eg-0307.jsonld",
        "schemaorg-podcastseries-eg-0306.jsonld",
        "schemaorg-podcastseason-eg-0308.jsonld"
      })
  void sharedPropertiesHaveTheShapesOfTheSchemaOrgExamples(String fixture) throws IOException {
    JsonNode example = MAPPER.readTree(Files.readString(SharedFixtures.require("fixtures/public/" + fixture)));
    JsonNode ours = tree(SampleEpisodes.coralReefs());
    assertEquals(
        ours.get("@context").asString().replaceAll("/$", ""), example.get("@context").asString().replaceAll("/$", ""));
    int compared = compareShapes(example, ours, fixture);
    if (example.has("partOfSeries")) {
      compared += compareShapes(example.get("partOfSeries"), ours.get("partOfSeries"), fixture);
    }
    if ("PodcastSeries".equals(example.get("@type").asString())) {
      compared += compareShapes(example, ours.get("partOfSeries"), fixture);
    }
    if (example.has("author")) { // the series' author: a Person, like the ones our roles wrap
      compared += compareShapes(example.get("author"), ours.get("actor").get(0).get("actor"), fixture);
    }
    assertTrue(compared >= 3, fixture + " shares too little with our output to compare: " + compared);
    if ("PodcastEpisode".equals(example.get("@type").asString())) {
      for (String property : List.of("name", "url", "datePublished", "timeRequired", "partOfSeries")) {
        assertTrue(ours.has(property), property);
      }
      assertEquals(example.get("datePublished").asString().length(), ours.get("datePublished").asString().length());
      assertTrue(example.get("timeRequired").asString().startsWith("PT"));
    }
  }

  /** Counts the properties both nodes have, after checking each has the same JSON node type in both. */
  private static int compareShapes(JsonNode example, JsonNode ours, String fixture) {
    int compared = 0;
    for (String name : names(example)) {
      if (ours.has(name) && !name.equals("@type")) {
        assertEquals(example.get(name).getNodeType(), ours.get(name).getNodeType(), fixture + ": " + name);
        compared++;
      }
    }
    if (example.has("@type") && ours.get("@type").asString().equals(example.get("@type").asString())) {
      compared++;
    }
    return compared;
  }

  private static String text(JsonNode node, String name) {
    return node.has(name) ? node.get(name).asString() : null;
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
