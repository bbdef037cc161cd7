package dev.nuggets.core.formats;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;

/** The identity of the {@code srt} format: SubRip (SRT) transcripts, with Name: speakers. */
public final class SrtFormat {
  /** The {@code srt} format. */
  public static final Format FORMAT =
      Format.builder("srt")
          .aliases("subrip")
          .fileExtensions("srt")
          .mediaType("application/x-subrip")
          .reads(ContentKind.TRANSCRIPT)
          .writes(ContentKind.TRANSCRIPT)
          .description("SubRip (SRT) transcripts, with Name: speakers")
          .build();

  private SrtFormat() {}
}
