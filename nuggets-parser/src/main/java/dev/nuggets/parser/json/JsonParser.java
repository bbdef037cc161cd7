package dev.nuggets.parser.json;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.JsonFormat;
import dev.nuggets.parser.CharInput;
import dev.nuggets.parser.FeedCursor;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonShape;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code json} format: Nuggets' canonical JSON, as {@code dev.nuggets.render.json.JsonRenderer} writes it and
 * its schema {@code META-INF/nuggets/episode-1.schema.json} (in nuggets-render) describes it. Reading a rendered
 * episode gives back an equal episode.
 *
 * <ul>
 *   <li>A document without {@code version} is version 1, and so is {@code "1"} or {@code "1.x"}. A newer major
 *       version ({@code "2.0"}) is an error and nothing is read, since its keys may mean something else.
 *   <li>Keys may come in any order. A key the format does not define is a warning, each time, at the key.
 *   <li>Reading is lenient: a value of the wrong type, a bad duration or date, or blank required text is an error at
 *       its line:column and only that value (or the item it belongs to) is skipped. Blank optional text is a
 *       warning. A person without {@code role} is a host, with a warning. {@code listedInToc} may be true or false.
 *   <li>Malformed JSON is an error at its line:column; what was read before it is kept. Trailing commas and
 *       comments are read, with a warning.
 *   <li>{@link dev.nuggets.parser.ParseLimits} are honoured: nesting depth, sections, takeaways.
 * </ul>
 *
 * <p>Stateless and thread-safe. See {@link JsonCodes} for every diagnostic.
 */
public final class JsonParser implements FormatParser {


  private static final Set<String> OWN_KEYS = Set.of("sections", "takeaways", "people", "podcastTitle", "publishedOn");

  @Override
  public Format format() {
    return JsonFormat.FORMAT;
  }


  /**
   * For an episode: 90 for a JSON object with a key only the canonical format uses ({@code sections},
   * {@code takeaways}, {@code people}, {@code podcastTitle}, {@code publishedOn}), else 0. For a feed: 95 for an
   * object with the keys {@code podcast} or {@code episodes}, else 0. Looks at the start of the input.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    Optional<JsonShape> shape = JsonShape.of(prefix.source());
    if (shape.isEmpty() || shape.get().isArray()) {
      return 0;
    }
    if (kind == ContentKind.FEED) {
      return shape.get().hasKey("episodes") || shape.get().hasKey("podcast") ? 95 : 0;
    }
    return shape.get().keys().stream().anyMatch(OWN_KEYS::contains) ? 90 : 0;
  }

  /** Reads a feed, {@code {"podcast": {...}, "episodes": [...]}}, one episode at a time. */
  @Override
  public FeedCursor readFeed(CharInput input, ParseContext context) throws IOException {
    return CanonicalFeedReader.open(input, context);
  }

  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
    return new CanonicalReader(source, context).read();
  }

  @Override
  public String toString() {
    return "JsonParser";
  }
}
