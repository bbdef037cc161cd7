package dev.nuggets.parser.json;

import dev.nuggets.core.Episode;
import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonShape;
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
public final class JsonParser implements EpisodeParser {

  /** The format's name, {@value}. */
  public static final String FORMAT = "json";

  private static final Set<String> OWN_KEYS = Set.of("sections", "takeaways", "people", "podcastTitle", "publishedOn");

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public Set<String> fileExtensions() {
    return Set.of("json");
  }

  /**
   * 90 for a JSON object with a key only the canonical format uses ({@code sections}, {@code takeaways},
   * {@code people}, {@code podcastTitle}, {@code publishedOn}); 30 for another JSON object, which this format reads
   * best-effort; 0 for anything else. Looks at the first 64 Ki characters.
   */
  @Override
  public int confidence(SourceText source) {
    Optional<JsonShape> shape = JsonShape.of(source);
    if (shape.isEmpty() || shape.get().isArray()) {
      return 0;
    }
    return shape.get().keys().stream().anyMatch(OWN_KEYS::contains) ? 90 : 30;
  }

  @Override
  public Episode parse(SourceText source, ParseContext context) {
    return new CanonicalReader(source, context).read();
  }

  @Override
  public String toString() {
    return "JsonParser";
  }
}
