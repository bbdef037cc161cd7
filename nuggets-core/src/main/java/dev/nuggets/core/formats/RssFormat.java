package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code rss} format: podcast feeds in RSS 2.0 with iTunes and Podcasting 2.0 tags. */
public final class RssFormat {
  /** The {@code rss} format. */
  public static final Format FORMAT =
      Format.builder("rss")
          .aliases("podcast-rss")
          .fileExtensions("rss", "xml")
          .mediaType("application/rss+xml")
          .reads(ContentKind.FEED)
          .writes(ContentKind.FEED)
          .description("podcast feeds: RSS 2.0 with iTunes and Podcasting 2.0 tags")
          .build();

  private RssFormat() {}
}
