package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code jsonld} format: schema.org PodcastEpisode and PodcastSeries in JSON-LD. */
public final class JsonLdFormat {
  /** The {@code jsonld} format. */
  public static final Format FORMAT =
      Format.builder("jsonld")
          .aliases("json-ld", "schemaorg")
          .fileExtensions("jsonld", "json")
          .mediaType("application/ld+json")
          .reads(ContentKind.EPISODE, ContentKind.FEED)
          .writes(ContentKind.EPISODE)
          .description("schema.org PodcastEpisode and PodcastSeries in JSON-LD")
          .build();

  private JsonLdFormat() {}
}
