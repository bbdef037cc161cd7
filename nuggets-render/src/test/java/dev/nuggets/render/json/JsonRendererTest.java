package dev.nuggets.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.nuggets.core.Episode;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Section;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonRendererTest {
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JsonRenderer.openSchema());
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "json");
  }

  static List<Error> validate(String json) {
    return SCHEMA.validate(json, InputFormat.JSON);
  }

  @Test
  void matchesTheGoldenFileByteForByte() throws IOException {
    try (InputStream in = JsonRendererTest.class.getResourceAsStream("coral-reefs.json")) {
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(golden, render(SampleEpisodes.coralReefs()));
    }
  }

  @Test
  void keysInTheDocumentedOrder() {
    JsonNode root = MAPPER.readTree(render(SampleEpisodes.coralReefs()));
    assertEquals(
        List.of("title", "podcastTitle", "people", "publishedOn", "duration", "link", "takeaways", "sections"),
        names(root));
    assertEquals(List.of("name", "role"), names(root.get("people").get(0)));
    assertEquals(List.of("name", "role", "description"), names(root.get("people").get(1)));
    assertEquals(List.of("text", "label", "start"), names(root.get("takeaways").get(1)));
    assertEquals(List.of("heading", "paragraphs", "start", "end"), names(root.get("sections").get(0)));
    assertEquals(
        List.of("heading", "paragraphs", "start", "end", "listedInToc"), names(root.get("sections").get(2)));
  }

  @Test
  void emptyEpisodeOmitsOptionalsButKeepsLists() {
    assertEquals(
        "{\n  \"people\": [],\n  \"takeaways\": [],\n  \"sections\": []\n}\n", render(SampleEpisodes.empty()));
    assertTrue(validate(render(SampleEpisodes.empty())).isEmpty());
  }

  @Test
  void compactOutputIsOneLine() {
    String json =
        Renderers.builder().register(JsonRenderer.compact()).build().renderToString(SampleEpisodes.coralReefs(), "json");
    assertFalse(json.contains("\n"));
    assertEquals(MAPPER.readTree(render(SampleEpisodes.coralReefs())), MAPPER.readTree(json));
  }

  @Test
  void dateTimesAndIsoDurations() {
    Episode episode =
        Episode.builder()
            .publishedOn(PublicationDate.of(OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 0, ZoneOffset.UTC)))
            .duration(java.time.Duration.ofHours(1).plusMinutes(2).plusMillis(3500))
            .build();
    JsonNode root = MAPPER.readTree(render(episode));
    assertEquals("2026-03-14T09:30Z", root.get("publishedOn").asString());
    assertEquals("PT1H2M3.5S", root.get("duration").asString());
    assertTrue(validate(render(episode)).isEmpty());
  }

  @Test
  void writesToAWriterWithoutClosingIt() throws IOException {
    StringWriter writer = new StringWriter();
    RENDERERS.render(SampleEpisodes.coralReefs(), "json", writer);
    writer.write("still open");
    assertTrue(writer.toString().endsWith("}\nstill open"));
  }

  @Test
  void sampleOutputValidatesAgainstTheSchema() {
    assertEquals(List.of(), validate(render(SampleEpisodes.coralReefs())));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileEpisodesValidateAndKeepEveryCharacter(long seed) {
    Episode episode = new HostileText(seed).episode();
    String json = render(episode);
    assertEquals(List.of(), validate(json), "seed " + seed);
    JsonNode root = MAPPER.readTree(json);
    for (int i = 0; i < episode.sections().size(); i++) {
      Section section = episode.sections().get(i);
      assertEquals(section.heading(), root.get("sections").get(i).get("heading").asString(), "seed " + seed);
      assertEquals(
          section.paragraphs(),
          strings(root.get("sections").get(i).get("paragraphs")),
          "seed " + seed);
    }
    assertEquals(episode.title().orElse(null), root.has("title") ? root.get("title").asString() : null, "seed " + seed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"people\":[],\"takeaways\":[],\"sections\":[],\"extra\":1}",
        "{\"people\":[],\"takeaways\":[],\"sections\":[{\"heading\":\" \",\"paragraphs\":[]}]}",
        "{\"people\":[],\"takeaways\":[{\"text\":\"t\",\"start\":\"12:00\"}],\"sections\":[]}",
        "{\"people\":[],\"takeaways\":[{\"text\":\"t\",\"start\":\"PT\"}],\"sections\":[]}",
        "{\"people\":[{\"name\":\"n\"}],\"takeaways\":[],\"sections\":[]}",
        "{\"publishedOn\":\"14/03/2026\",\"people\":[],\"takeaways\":[],\"sections\":[]}",
        "{\"version\":\"2.0\",\"people\":[],\"takeaways\":[],\"sections\":[]}",
        "{\"takeaways\":[],\"sections\":[]}"
      })
  void theSchemaRejectsWhatTheFormatForbids(String json) {
    assertFalse(validate(json).isEmpty(), json);
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    for (Iterator<JsonNode> it = array.iterator(); it.hasNext(); ) {
      values.add(it.next().asString());
    }
    return values.stream().collect(Collectors.toList());
  }
}
