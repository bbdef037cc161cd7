package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code json} format: Nuggets' canonical JSON, an episode or a whole feed. */
public final class JsonFormat {
  /** The {@code json} format. */
  public static final Format FORMAT =
      Format.builder("json")
          .aliases("nuggets-json", "canonical")
          .fileExtensions("json")
          .mediaType("application/json")
          .reads(ContentKind.EPISODE, ContentKind.FEED)
          .writes(ContentKind.EPISODE, ContentKind.FEED)
          .description("Nuggets' canonical JSON, an episode or a whole feed")
          .build();

  private JsonFormat() {}
}
