package dev.nuggets.parser.html;

import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.Texts;
import dev.nuggets.parser.internal.Timecodes;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema.org {@code PodcastEpisode} of a page's JSON-LD block: {@code name}, {@code description},
 * {@code datePublished}, {@code timeRequired} (or {@code duration}), {@code url} and {@code partOfSeries.name}.
 * Found at the top level, in an array, in an {@code @graph} or nested in another object (such as a
 * {@code WebPage}'s {@code mainEntity}), breadth first.
 *
 * <p>To be replaced by the {@code jsonld} parser's public entry point ({@code dev.nuggets.parser.jsonld}) once both
 * formats are in the same tree; kept small until then.
 */
record JsonLdEpisode(
    Optional<String> name,
    Optional<String> description,
    Optional<PublicationDate> published,
    Optional<Duration> duration,
    Optional<String> url,
    Optional<String> series,
    SourcePosition position) {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int MAX_OBJECTS = 10_000;

  /**
   * Reads the episode from a JSON-LD block whose text starts at {@code offset} in {@code source}; empty when the
   * block holds none. Invalid JSON and unreadable values are reported at their position.
   */
  static Optional<JsonLdEpisode> read(String json, int offset, SourceText source, ParseContext context) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      long at = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getCharOffset());
      context.warning(
          HtmlCodes.JSONLD_INVALID,
          "the JSON-LD block is not valid JSON (" + firstLine(e.getOriginalMessage()) + "); it was not read",
          source.position((int) Math.min(offset + at, source.length())));
      return Optional.empty();
    }
    SourcePosition position = source.position(offset);
    return find(root).map(node -> of(node, position, context));
  }

  /** The first object typed {@code PodcastEpisode}, breadth first, without recursion, in a bounded search. */
  private static Optional<JsonNode> find(JsonNode root) {
    Deque<JsonNode> queue = new ArrayDeque<>();
    queue.add(root);
    int seen = 0;
    while (!queue.isEmpty() && seen++ < MAX_OBJECTS) {
      JsonNode node = queue.poll();
      if (node.isObject() && isEpisode(node.path("@type"))) {
        return Optional.of(node);
      }
      if (node.isContainer()) {
        node.values().forEach(queue::add); // arrays, @graph, and episodes nested as mainEntity and the like
      }
    }
    return Optional.empty();
  }

  private static boolean isEpisode(JsonNode type) {
    if (type.isArray()) {
      for (JsonNode t : type.values()) {
        if (isEpisode(t)) {
          return true;
        }
      }
      return false;
    }
    String name = type.isString() ? type.asString() : "";
    return name.equals("PodcastEpisode") || name.endsWith("/PodcastEpisode") || name.endsWith(":PodcastEpisode");
  }

  private static JsonLdEpisode of(JsonNode node, SourcePosition at, ParseContext context) {
    Optional<PublicationDate> published = Optional.empty();
    Optional<String> date = text(node.path("datePublished"));
    if (date.isPresent()) {
      try {
        published = Optional.of(PublicationDate.parse(date.get()));
      } catch (DateTimeException e) {
        value(context, "datePublished", date.get(), at);
      }
    }
    Optional<String> time = text(node.path("timeRequired")).or(() -> text(node.path("duration")));
    Optional<Duration> duration = time.flatMap(Timecodes::duration);
    if (time.isPresent() && duration.isEmpty()) {
      value(context, "timeRequired", time.get(), at);
    }
    return new JsonLdEpisode(
        text(node.path("name")),
        text(node.path("description")),
        published,
        duration,
        text(node.path("url")),
        text(node.path("partOfSeries").path("name")),
        at);
  }

  private static Optional<String> text(JsonNode node) {
    if (!node.isString() && !node.isNumber()) {
      return Optional.empty();
    }
    String text = Texts.collapse(node.asString());
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static void value(ParseContext context, String property, String value, SourcePosition at) {
    context.warning(
        HtmlCodes.JSONLD_VALUE,
        "the JSON-LD property \"" + property + "\" holds " + Texts.quote(value) + ", which cannot be read;"
            + " it was not kept",
        at);
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
