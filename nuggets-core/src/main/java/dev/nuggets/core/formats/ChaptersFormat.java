package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code chapters} format: Podcasting 2.0 JSON chapters. */
public final class ChaptersFormat {
  /** The {@code chapters} format. */
  public static final Format FORMAT =
      Format.builder("chapters")
          .aliases("podcast-chapters", "json-chapters")
          .fileExtensions("json")
          .mediaType("application/json+chapters")
          .reads(ContentKind.EPISODE)
          .writes(ContentKind.EPISODE)
          .description("Podcasting 2.0 JSON chapters")
          .build();

  private ChaptersFormat() {}
}
