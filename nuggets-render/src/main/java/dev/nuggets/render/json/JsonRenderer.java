package dev.nuggets.render.json;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.JsonFormat;
import dev.nuggets.render.FeedSink;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.JsonOutput;
import dev.nuggets.render.internal.SafeLinks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code json} format: Nuggets' canonical JSON. One episode is one object with these keys, in this order, an
 * absent optional value omitted: {@code title}, {@code podcastTitle}, {@code people} [{@code name}, {@code role},
 * {@code description}], {@code publishedOn} (ISO-8601 date or date-time), {@code duration}, {@code link},
 * {@code takeaways} [{@code text}, {@code label}, {@code start}], {@code sections} [{@code heading},
 * {@code paragraphs}, {@code start}, {@code end}, {@code listedInToc}]. Times are ISO-8601 durations
 * ({@code PT1H2M3S}); lists are always written, empty or not; {@code listedInToc} is written only when false. A
 * {@code link} is written only when it is an {@code http}, {@code https} or {@code mailto} URL; any other is
 * dropped and reported as {@link dev.nuggets.render.RenderCodes#UNSAFE_LINK}, since consumers put it in pages.
 *
 * <p>The JSON Schema at {@value #SCHEMA_RESOURCE} (see {@link #openSchema()}) describes the format. Output is
 * pretty-printed with two-space indents and {@code \n} line ends, the same on every platform.
 */
public final class JsonRenderer implements FormatRenderer {

  /** Where the JSON Schema of an episode document sits in this jar. */
  public static final String SCHEMA_RESOURCE = "/META-INF/nuggets/episode-1.schema.json";

  /** Where the JSON Schema of a feed document sits in this jar; it refers to the episode schema. */
  public static final String FEED_SCHEMA_RESOURCE = "/META-INF/nuggets/feed-1.schema.json";

  private final JsonOutput output;

  /** Pretty-printed output. */
  public JsonRenderer() {
    this(JsonOutput.pretty());
  }

  private JsonRenderer(JsonOutput output) {
    this.output = output;
  }

  /** Output on one line, for payloads. */
  public static JsonRenderer compact() {
    return new JsonRenderer(JsonOutput.compact());
  }

  /** Opens the JSON Schema of the format; the caller closes the stream. */
  public static InputStream openSchema() {
    return Objects.requireNonNull(
        JsonRenderer.class.getResourceAsStream(SCHEMA_RESOURCE), "schema resource missing from the jar");
  }

  /** The JSON Schema of the format as text. */
  public static String schema() {
    try (InputStream in = openSchema()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public Format format() {
    return JsonFormat.FORMAT;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    output.write(out, json -> episode(episode, json, context));
  }

  /**
   * Starts a feed document, {@code {"podcast": {...}, "episodes": [...]}}: the podcast is written now, each episode
   * as it comes, and closing the sink ends the document.
   */
  @Override
  public FeedSink openFeed(Podcast podcast, Appendable out, RenderContext context) throws IOException {
    JsonOutput.Document document = output.start(out);
    document.write(json -> {
      json.writeStartObject();
      json.writeName("podcast");
      podcast(podcast, json, context);
      json.writeArrayPropertyStart("episodes");
    });
    return new FeedSink() {
      @Override
      public void write(Episode episode) throws IOException {
        document.write(json -> episode(episode, json, context));
      }

      @Override
      public void close() throws IOException {
        document.write(json -> {
          json.writeEndArray();
          json.writeEndObject();
        });
        document.finish();
      }
    };
  }

  private static void podcast(Podcast podcast, JsonGenerator json, RenderContext context) {
    json.writeStartObject();
    string(json, "title", podcast.title());
    string(json, "description", podcast.description());
    string(json, "link", podcast.link().flatMap(link -> SafeLinks.filter(link, context)));
    string(json, "feedUrl", podcast.feedUrl().flatMap(link -> SafeLinks.filter(link, context)));
    string(json, "imageUrl", podcast.imageUrl().flatMap(link -> SafeLinks.filter(link, context)));
    string(json, "language", podcast.language());
    string(json, "author", podcast.author());
    json.writeArrayPropertyStart("hosts");
    for (Person person : podcast.hosts()) {
      person(person, json);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void person(Person person, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("name", person.name());
    json.writeStringProperty("role", person.role().name());
    string(json, "description", person.description());
    json.writeEndObject();
  }

  private static void episode(Episode episode, JsonGenerator json, RenderContext context) {
    json.writeStartObject();
    string(json, "title", episode.title());
    string(json, "podcastTitle", episode.podcastTitle());
    string(json, "description", episode.description());
    json.writeArrayPropertyStart("people");
    for (Person person : episode.people()) {
      person(person, json);
    }
    json.writeEndArray();
    string(json, "publishedOn", episode.publishedOn().map(Object::toString));
    time(json, "duration", episode.duration());
    string(json, "link", episode.link().flatMap(link -> SafeLinks.filter(link, context)));
    json.writeArrayPropertyStart("takeaways");
    for (Takeaway takeaway : episode.takeaways()) {
      json.writeStartObject();
      json.writeStringProperty("text", takeaway.text());
      string(json, "label", takeaway.label());
      time(json, "start", takeaway.start());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayPropertyStart("sections");
    for (Section section : episode.sections()) {
      json.writeStartObject();
      json.writeStringProperty("heading", section.heading());
      strings(json, "paragraphs", section.paragraphs());
      time(json, "start", section.start());
      time(json, "end", section.end());
      if (!section.listedInToc()) {
        json.writeBooleanProperty("listedInToc", false);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    if (!episode.transcriptLinks().isEmpty()) {
      json.writeArrayPropertyStart("transcriptLinks");
      for (ContentLink link : episode.transcriptLinks()) {
        link(link, json, context);
      }
      json.writeEndArray();
    }
    if (episode.chaptersLink().isPresent()) {
      json.writeName("chaptersLink");
      link(episode.chaptersLink().get(), json, context);
    }
    if (episode.transcript().isPresent()) {
      json.writeName("transcript");
      transcript(episode.transcript().get(), json);
    }
    json.writeEndObject();
  }

  /** A link, its URL kept only when it is safe (an unsafe one is reported and written as nothing but its type). */
  private static void link(ContentLink link, JsonGenerator json, RenderContext context) {
    json.writeStartObject();
    string(json, "url", SafeLinks.filter(link.url(), context));
    string(json, "mediaType", link.mediaType());
    string(json, "language", link.language());
    string(json, "rel", link.rel());
    json.writeEndObject();
  }

  private static void transcript(Transcript transcript, JsonGenerator json) {
    json.writeStartObject();
    string(json, "language", transcript.language());
    json.writeArrayPropertyStart("cues");
    for (Cue cue : transcript.cues()) {
      json.writeStartObject();
      json.writeStringProperty("start", cue.start().toString());
      time(json, "end", cue.end());
      string(json, "speaker", cue.speaker());
      json.writeStringProperty("text", cue.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void string(JsonGenerator json, String name, Optional<String> value) {
    JsonOutput.writeIfPresent(json, name, value);
  }

  private static void time(JsonGenerator json, String name, Optional<Duration> value) {
    string(json, name, value.map(Duration::toString));
  }

  private static void strings(JsonGenerator json, String name, List<String> values) {
    json.writeArrayPropertyStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  @Override
  public String toString() {
    return output.isPretty() ? "JsonRenderer" : "JsonRenderer(compact)";
  }
}
