package dev.nuggets.core.format;

import java.util.Locale;
import java.util.Optional;

/**
 * What a document holds, and so what a format reads or writes: one {@linkplain #EPISODE episode} (a summary), a
 * {@linkplain #FEED feed} (a show with its episodes) or a {@linkplain #TRANSCRIPT transcript} (timed cues).
 */
public enum ContentKind {
  /** One episode: a summary page, a chapters file, an episode's JSON. Read as a {@code dev.nuggets.core.Episode}. */
  EPISODE,
  /** A show and its episodes: an RSS feed, a schema.org series. Read as a {@code dev.nuggets.core.Feed}, streaming. */
  FEED,
  /** Timed cues with their speakers: WebVTT, SRT. Read as a {@code dev.nuggets.core.Transcript}. */
  TRANSCRIPT;

  /** The lower-case name used in messages and on the command line: {@code episode}, {@code feed}, ... */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this {@linkplain #label() label}, in any case. */
  public static Optional<ContentKind> ofLabel(String label) {
    for (ContentKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label.strip())) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
