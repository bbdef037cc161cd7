package dev.nuggets.core.feed;

import java.util.Optional;
import org.immutables.value.Value;

/** An episode's media file, RSS {@code <enclosure url length type>}. */
@Value.Immutable
public abstract class Enclosure {
  Enclosure() {}

  /** The media file's address, as the feed gives it. */
  public abstract String url();

  /** Its size in bytes; empty when the feed gives none, or 0 (which feeds use for "unknown"). */
  public abstract Optional<Long> length();

  /** Its media type, such as {@code audio/mpeg}. */
  public abstract Optional<String> mediaType();

  public static Enclosure of(String url, long length, String mediaType) {
    return builder().url(url).length(length).mediaType(mediaType).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    FeedChecks.nonBlank(url(), "Enclosure.url");
    length().ifPresent(n -> FeedChecks.positive(n, "Enclosure.length"));
  }

  /** Builds an {@link Enclosure}; {@code url} is required. */
  public static final class Builder extends ImmutableEnclosure.Builder {
    Builder() {}
  }
}
