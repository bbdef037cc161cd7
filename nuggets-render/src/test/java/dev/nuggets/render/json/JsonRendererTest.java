package dev.nuggets.render.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.SchemaLocation;
import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.testing.EpisodeShapes;
import dev.nuggets.render.HostileFeeds;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderedText;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Section;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
  private static final String SCHEMAS = "https://nuggets.dev/schema/";

  /** The feed schema, its references to the episode schema resolved to the schema in the jar. */
  private static final Schema FEED_SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              registry -> registry.schemas(Map.of(
                  SCHEMAS + "episode-1.schema.json", JsonRenderer.schema(),
                  SCHEMAS + "feed-1.schema.json", resource(JsonRenderer.FEED_SCHEMA_RESOURCE))))
          .getSchema(SchemaLocation.of(SCHEMAS + "feed-1.schema.json"));

  private static String resource(String name) {
    try (InputStream in = JsonRenderer.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String render(Episode episode) {
    return RENDERERS.renderToString(episode, "json").text();
  }

  static String render(Feed feed) {
    return RENDERERS.renderToString(feed, "json").text();
  }

  static List<Error> validateFeed(String json) {
    return FEED_SCHEMA.validate(json, InputFormat.JSON);
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
        Renderers.builder().register(JsonRenderer.compact()).build().renderToString(SampleEpisodes.coralReefs(), "json")
            .text();
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

  /** The transcript and the links to transcripts and chapters come last, each only when the episode has it. */
  @Test
  void transcriptAndLinksOnlyWhenPresentAfterTheSections() {
    Episode episode =
        SampleEpisodes.coralReefs().toBuilder()
            .addTranscriptLinks(
                ContentLink.builder().url("https://deepwater.example/12.vtt").mediaType("text/vtt").language("en")
                    .rel("captions").build(),
                ContentLink.of("https://deepwater.example/12.srt", "application/x-subrip"))
            .chaptersLink(ContentLink.builder().url("https://deepwater.example/12.chapters.json").build())
            .transcript(Transcript.builder().language("en")
                .addCues(Cue.builder().start(Duration.ZERO).end(Duration.ofMillis(4500)).speaker("Sam Okafor")
                    .text("Welcome back.").build())
                .addCues(Cue.of(Duration.ofSeconds(5), "Thanks for\nhaving me."))
                .build())
            .build();
    String json = render(episode);
    assertEquals(List.of(), validate(json));
    JsonNode root = MAPPER.readTree(json);
    assertEquals(
        List.of("title", "podcastTitle", "people", "publishedOn", "duration", "link", "takeaways", "sections",
            "transcriptLinks", "chaptersLink", "transcript"),
        names(root));
    assertEquals(List.of("url", "mediaType", "language", "rel"), names(root.get("transcriptLinks").get(0)));
    assertEquals(List.of("url", "mediaType"), names(root.get("transcriptLinks").get(1)));
    assertEquals(List.of("url"), names(root.get("chaptersLink")));
    assertEquals(List.of("language", "cues"), names(root.get("transcript")));
    assertEquals(List.of("start", "end", "speaker", "text"), names(root.get("transcript").get("cues").get(0)));
    assertEquals("PT4.5S", root.get("transcript").get("cues").get(0).get("end").asString());
    assertEquals(List.of("start", "text"), names(root.get("transcript").get("cues").get(1)));
    assertEquals("Thanks for\nhaving me.", root.get("transcript").get("cues").get(1).get("text").asString());
    assertFalse(render(SampleEpisodes.coralReefs()).contains("transcript"), "none of them for an episode without");
  }

  /** A link to a transcript or chapters with an unsafe URL keeps its type but loses the URL, with a warning. */
  @Test
  void anUnsafeContentLinkIsReported() {
    Episode episode =
        Episode.builder().addTranscriptLinks(ContentLink.of("javascript:alert(1)", "text/vtt")).build();
    RenderedText rendered = RENDERERS.renderToString(episode, "json");
    assertFalse(rendered.text().contains("javascript"), rendered.text());
    assertEquals(
        List.of(RenderCodes.UNSAFE_LINK), rendered.diagnostics().stream().map(Diagnostic::code).toList());
  }

  /** Every combination of absent and present parts validates. */
  @Test
  void everyShapeValidatesAgainstTheSchema() {
    for (int shape = 0; shape < EpisodeShapes.count(); shape++) {
      assertEquals(List.of(), validate(render(EpisodeShapes.shape(shape))), EpisodeShapes.describe(shape));
    }
  }

  @Test
  void aFeedIsThePodcastThenItsEpisodes() {
    Podcast podcast =
        Podcast.builder().title("Deep Water Weekly").description("Oceans, weekly.")
            .link("https://deepwater.example").feedUrl("https://deepwater.example/feed.xml")
            .imageUrl("https://deepwater.example/cover.jpg").language("en").author("Deep Water Media")
            .addHosts(Person.of("Sam Okafor", Role.HOST)).build();
    String json = render(Feed.of(podcast, List.of(SampleEpisodes.coralReefs(), SampleEpisodes.empty())));
    assertEquals(List.of(), validateFeed(json));
    JsonNode root = MAPPER.readTree(json);
    assertEquals(List.of("podcast", "episodes"), names(root));
    assertEquals(
        List.of("title", "description", "link", "feedUrl", "imageUrl", "language", "author", "hosts"),
        names(root.get("podcast")));
    assertEquals(2, root.get("episodes").size());
    assertEquals(MAPPER.readTree(render(SampleEpisodes.coralReefs())), root.get("episodes").get(0));
    assertEquals(MAPPER.readTree(render(SampleEpisodes.empty())), root.get("episodes").get(1));
    assertEquals(
        "{\n  \"podcast\": {\n    \"hosts\": []\n  },\n  \"episodes\": []\n}\n",
        render(Feed.of(Podcast.builder().build(), List.of())));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void hostileFeedsValidate(long seed) {
    assertEquals(List.of(), validateFeed(render(HostileFeeds.feed(seed))), "seed " + seed);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"episodes\":[]}",
        "{\"podcast\":{\"hosts\":[]}}",
        "{\"podcast\":{},\"episodes\":[]}",
        "{\"podcast\":{\"hosts\":[],\"title\":\" \"},\"episodes\":[]}",
        "{\"podcast\":{\"hosts\":[],\"extra\":1},\"episodes\":[]}",
        "{\"podcast\":{\"hosts\":[]},\"episodes\":[{\"takeaways\":[],\"sections\":[]}]}",
        "{\"podcast\":{\"hosts\":[]},\"episodes\":[],\"extra\":1}"
      })
  void theFeedSchemaRejectsWhatTheFormatForbids(String json) {
    assertFalse(validateFeed(json).isEmpty(), json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"people\":[],\"takeaways\":[],\"sections\":[],\"transcript\":{\"cues\":[{\"start\":\"PT1S\"}]}}",
        "{\"people\":[],\"takeaways\":[],\"sections\":[],\"chaptersLink\":{\"mediaType\":\"x/y\"}}",
        "{\"people\":[],\"takeaways\":[],\"sections\":[],\"transcriptLinks\":[{\"url\":\"\"}]}",
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
