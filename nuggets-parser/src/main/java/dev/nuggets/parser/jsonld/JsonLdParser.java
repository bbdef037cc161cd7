package dev.nuggets.parser.jsonld;

import dev.nuggets.core.Episode;
import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonShape;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code jsonld} format: a schema.org {@code PodcastEpisode} in JSON-LD, as a {@code .jsonld} file or the body
 * of an HTML page's {@code <script type="application/ld+json">}. What is read, and from where, is described on
 * {@link JsonLdReader}, which does the reading. A document without an episode is a warning
 * ({@link JsonLdCodes#NO_EPISODE}); the podcast's name is still read from a series or season.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLdParser implements EpisodeParser {

  /** The format's name, {@value}. */
  public static final String FORMAT = "jsonld";

  @Override
  public String format() {
    return FORMAT;
  }

  /** {@code jsonld}, and {@code json}, shared with the other JSON formats: the content tells them apart. */
  @Override
  public Set<String> fileExtensions() {
    return Set.of("jsonld", "json");
  }

  /**
   * 95 for JSON with a schema.org episode, series or season {@code @type} near the top; 85 for other JSON with a
   * top-level {@code @context}, {@code @type} or {@code @graph}; 0 otherwise. Looks at the first 64 Ki characters.
   */
  @Override
  public int confidence(SourceText source) {
    Optional<JsonShape> shape = JsonShape.of(source);
    if (shape.isEmpty()) {
      return 0;
    }
    Set<String> types = shape.get().types();
    if (types.contains("PodcastEpisode") || types.contains("PodcastSeries") || types.contains("PodcastSeason")) {
      return 95;
    }
    boolean linkedData =
        shape.get().hasKey("@context") || shape.get().hasKey("@type") || shape.get().hasKey("@graph");
    return linkedData ? 85 : 0;
  }

  @Override
  public Episode parse(SourceText source, ParseContext context) {
    Episode.Builder episode = Episode.builder();
    if (JsonLdReader.readDocument(source.text(), source, 0, episode, context) == JsonLdReader.Outcome.NO_EPISODE) {
      context.warning(
          JsonLdCodes.NO_EPISODE,
          "no schema.org PodcastEpisode in this document; only a podcast's name could be read from it",
          source.position(0));
    }
    return episode.build();
  }

  @Override
  public String toString() {
    return "JsonLdParser";
  }
}
