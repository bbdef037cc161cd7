package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code vtt} format: WebVTT transcripts, with voices. */
public final class VttFormat {
  /** The {@code vtt} format. */
  public static final Format FORMAT =
      Format.builder("vtt")
          .aliases("webvtt")
          .fileExtensions("vtt")
          .mediaType("text/vtt")
          .reads(ContentKind.TRANSCRIPT)
          .writes(ContentKind.TRANSCRIPT)
          .description("WebVTT transcripts, with voices")
          .build();

  private VttFormat() {}
}
