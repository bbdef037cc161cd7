package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code text} format: Podcast Nuggets summary pages and show notes as plain text. */
public final class TextFormat {
  /** The {@code text} format. */
  public static final Format FORMAT =
      Format.builder("text")
          .aliases("txt", "plain", "plaintext")
          .fileExtensions("txt", "text")
          .mediaType("text/plain")
          .reads(ContentKind.EPISODE)
          .writes(ContentKind.EPISODE)
          .description("Podcast Nuggets summary pages and show notes as plain text")
          .build();

  private TextFormat() {}
}
