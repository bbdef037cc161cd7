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
   * For a feed: 96 for a series or season with episodes, 50 for a series alone, 30 for episodes alone; else 0. So a
   * series that lists its episodes is detected as a feed, and a page about one episode as an episode. Looks at the
   * start of the input.
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
      // An episode at the top that names its series (partOfSeries, as the jsonld renderer writes it) is one
      // episode, not a feed: a feed is a series (or a graph, or a list) that holds its episodes.
      boolean episodeAtTop =
          Optional.ofNullable(shape.get().strings().get("@type")).map(JsonShape::localName)
              .filter(JsonLdParser::isEpisodeType).isPresent();
      return episodeAtTop ? 30 : series && episode ? 96 : series ? 50 : episode ? 30 : 0;
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
