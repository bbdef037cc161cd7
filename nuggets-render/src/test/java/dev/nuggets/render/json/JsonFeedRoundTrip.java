package dev.nuggets.render.json;

import dev.nuggets.core.Feed;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.render.HostileFeeds;
import dev.nuggets.render.RoundTrip;
import java.util.List;
import java.util.Optional;

/**
 * The {@code json} format's feed row: a feed document, {@code {"podcast": {...}, "episodes": [...]}}, carries the
 * whole feed: the show with each of its optional values absent or present (its title too), and every episode as
 * the episode row carries it (in full), in order, none at all included.
 */
public final class JsonFeedRoundTrip implements RoundTrip<Feed> {
  @Override
  public String format() {
    return "json";
  }

  @Override
  public ContentKind kind() {
    return ContentKind.FEED;
  }

  @Override
  public List<Feed> values(long seed) {
    return List.of(HostileFeeds.feed(seed));
  }

  /** The whole feed. */
  @Override
  public Optional<Feed> carried(Feed feed) {
    return Optional.of(feed);
  }
}
