package dev.nuggets.parser.json;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.CharInput;
import dev.nuggets.parser.FeedCursor;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.internal.CodePointColumns;
import dev.nuggets.parser.internal.JsonFields;
import dev.nuggets.parser.internal.JsonTreeReader;
import dev.nuggets.parser.internal.JsonValue;
import dev.nuggets.parser.internal.StreamPositions;
import java.io.IOException;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A canonical JSON feed read as a stream: {@code {"podcast": {...}, "episodes": [{...}, ...]}}, one episode in
 * memory at a time. Keys may come in any order; a {@code podcast} after the episodes is known once they are read.
 * Malformed JSON ends the feed with an error at its line:column, after the episodes read before it.
 */
final class CanonicalFeedReader implements FeedCursor {
  private final JsonParser parser;
  private final ParseContext context;
  private final StreamPositions positions;
  private final CanonicalReader reader;
  private Podcast podcast = Podcast.builder().build();
  private boolean inEpisodes;
  private boolean done;

  private CanonicalFeedReader(CharInput input, ParseContext context) {
    this.context = context;
    CodePointColumns chars = new CodePointColumns(input.reader());
    this.positions = new StreamPositions(chars);
    this.reader = new CanonicalReader(new JsonFields(positions::position, context, CanonicalReader.CODES));
    this.parser = JsonTreeReader.factory(context.limits()).createParser(ObjectReadContext.empty(), chars);
  }

  /** A reader of the feed, which has read up to its first episode. */
  static CanonicalFeedReader open(CharInput input, ParseContext context) throws IOException {
    CanonicalFeedReader reader = new CanonicalFeedReader(input, context);
    reader.start();
    return reader;
  }

  /** Reads up to the first episode: the document's object, its version, and the podcast when it comes first. */
  private void start() throws IOException {
    try {
      JsonToken token = parser.nextToken();
      if (token != JsonToken.START_OBJECT) {
        context.error(
            JsonCodes.NOT_AN_OBJECT,
            "a Nuggets JSON feed is an object with 'podcast' and 'episodes', not "
                + (token == null ? "nothing" : describe(token)),
            positions.at(parser.currentTokenLocation()));
        done = true;
        return;
      }
      advanceToEpisodes();
    } catch (JacksonException e) {
      failed(e);
    }
  }

  /** Reads top-level members until the first episode of {@code episodes}, or the end of the document. */
  private void advanceToEpisodes() {
    while (!done && !inEpisodes) {
      JsonToken token = parser.nextToken();
      if (token == null || token == JsonToken.END_OBJECT) {
        done = true;
        return;
      }
      String name = parser.currentName();
      SourcePosition at = positions.at(parser.currentTokenLocation());
      JsonToken value = parser.nextToken();
      switch (name) {
        case "episodes" -> {
          if (value == JsonToken.START_ARRAY) {
            inEpisodes = true;
          } else {
            context.error(
                JsonCodes.WRONG_TYPE, "'episodes' must be an array, not " + describe(value), at);
            parser.skipChildren();
          }
        }
        case "podcast" -> readPodcast();
        case "version" -> readVersion(value);
        default -> {
          context.warning(
              JsonCodes.UNKNOWN_KEY, "'" + JsonFields.shorten(name) + "' is not a key of a feed; ignored", at);
          parser.skipChildren();
        }
      }
      positions.clear();
    }
  }

  private void readPodcast() {
    Optional<JsonValue> value = JsonTreeReader.readValue(parser, positions, context, CanonicalReader.CODES);
    value.flatMap(v -> reader.fields().object(v, "'podcast'")).ifPresent(object -> podcast = reader.podcast(object));
  }

  private void readVersion(JsonToken token) {
    Optional<JsonValue> value = JsonTreeReader.readValue(parser, positions, context, CanonicalReader.CODES);
    if (value.isPresent()) {
      java.util.Map<String, JsonValue.Member> members = new java.util.LinkedHashMap<>();
      members.put("version", new JsonValue.Member("version", value.get().offset(), value.get()));
      if (!reader.supportedVersion(new JsonValue.Obj(value.get().offset(), members))) {
        done = true;
      }
    }
  }

  @Override
  public Podcast podcast() {
    return podcast;
  }

  @Override
  public Optional<Episode> next() throws IOException {
    try {
      while (!done) {
        if (!inEpisodes) {
          advanceToEpisodes();
          continue;
        }
        JsonToken token = parser.nextToken();
        if (token == null) {
          done = true;
          break;
        }
        if (token == JsonToken.END_ARRAY) {
          inEpisodes = false;
          continue;
        }
        Optional<JsonValue> value = JsonTreeReader.readValue(parser, positions, context, CanonicalReader.CODES);
        Optional<Episode> episode =
            value.flatMap(v -> reader.fields().object(v, "an episode")).map(o -> reader.episode(o, "an episode"));
        positions.clear();
        if (episode.isPresent()) {
          return episode;
        }
      }
    } catch (JacksonException e) {
      failed(e);
    }
    return Optional.empty();
  }

  /** A failure to read the input goes to the caller, which reports it; malformed JSON ends the feed here. */
  private void failed(JacksonException e) throws IOException {
    done = true;
    if (e.getCause() instanceof IOException io) {
      throw io;
    }
    String message = String.valueOf(e.getOriginalMessage());
    int newline = message.indexOf('\n');
    context.error(
        JsonCodes.SYNTAX,
        "not valid JSON: " + (newline < 0 ? message : message.substring(0, newline)) + "; reading stopped here",
        positions.at(e.getLocation()));
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.toString();
    };
  }

  @Override
  public void close() {
    parser.close();
  }
}
