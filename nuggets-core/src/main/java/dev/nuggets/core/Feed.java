package dev.nuggets.core;

import java.util.List;
import org.immutables.value.Value;

/**
 * A show with its episodes, as a feed lists them: the {@linkplain dev.nuggets.core.format.ContentKind#FEED feed}
 * kind of content, held whole. Large feeds are better read and written one episode at a time (the parser and
 * renderer APIs stream them); this is the value for feeds that fit in memory and for tests.
 */
@Value.Immutable
public abstract class Feed {
  Feed() {}

  /** The show. */
  public abstract Podcast podcast();

  /** The episodes, in the feed's order. */
  public abstract List<Episode> episodes();

  /** A feed of a show and its episodes. */
  public static Feed of(Podcast podcast, List<Episode> episodes) {
    return builder().podcast(podcast).episodes(episodes).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this feed's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link Feed}; {@code podcast} is required. */
  public static final class Builder extends ImmutableFeed.Builder {
    Builder() {}
  }
}
