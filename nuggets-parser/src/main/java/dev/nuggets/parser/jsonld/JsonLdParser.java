package dev.nuggets.parser.jsonld;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.JsonLdFormat;
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
 * The {@code jsonld} format: a schema.org {@code PodcastEpisode} in JSON-LD, as a {@code .jsonld} file or the body
 * of an HTML page's {@code <script type="application/ld+json">}. What is read, and from where, is described on
 * {@link JsonLdReader}, which does the reading. A document without an episode is a warning
 * ({@link JsonLdCodes#NO_EPISODE}); the podcast's name is still read from a series or season.
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonLdParser implements FormatParser {


  @Override
  public Format format() {
    return JsonLdFormat.FORMAT;
  }


  /**
   * For an episode: 95 for JSON with a schema.org {@code PodcastEpisode} {@code @type} near the top, 90 with a
   * series or season, 85 for other JSON with a top-level {@code @context}, {@code @type} or {@code @graph}; else 0.
   * For a feed: 96 for a document whose root is a series or season that lists episodes ({@code episode} or
   * {@code hasPart}), 50 for other documents with a series (an episode's {@code partOfSeries}, a graph), 30 for
   * episodes alone; else 0. So a series that lists its episodes is detected as a feed, and a page about one episode,
   * which names its series, as an episode. Looks at the start of the input.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    Optional<JsonShape> shape = JsonShape.of(prefix.source());
    if (shape.isEmpty()) {
      return 0;
    }
    Set<String> types = shape.get().types();
    boolean episode = types.stream().anyMatch(JsonLdParser::isEpisodeType);
    boolean series = types.contains("PodcastSeries") || types.contains("PodcastSeason");
    if (kind == ContentKind.FEED) {
      String rootType = JsonShape.localName(shape.get().strings().getOrDefault("@type", ""));
      boolean rootSeries = rootType.equals("PodcastSeries") || rootType.equals("PodcastSeason");
      boolean listsEpisodes =
          shape.get().hasKey("episode") || shape.get().hasKey("episodes") || shape.get().hasKey("hasPart");
      return series && episode && rootSeries && listsEpisodes ? 96 : series ? 50 : episode ? 30 : 0;
    }
    if (episode) {
      return 95;
    }
    if (series) {
      return 90;
    }
    boolean linkedData =
        shape.get().hasKey("@context") || shape.get().hasKey("@type") || shape.get().hasKey("@graph");
    return linkedData ? 85 : 0;
  }

  private static boolean isEpisodeType(String type) {
    return type.equals("PodcastEpisode") || type.equals("Episode") || type.equals("RadioEpisode");
  }

  /** Reads the document's series as the show and every episode in it. */
  @Override
  public FeedCursor readFeed(CharInput input, ParseContext context) throws IOException {
    return JsonLdReader.readFeed(input.readAll(), context);
  }

  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
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
