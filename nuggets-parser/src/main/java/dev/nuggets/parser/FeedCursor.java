package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import java.io.Closeable;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * A feed as a streaming format reads it: the show, then its episodes one at a time. What a format's
 * {@link FormatParser#readFeed} returns; users get a {@link FeedStream} around it, which applies limits, strictness
 * and diagnostics. Used by one thread.
 */
public interface FeedCursor extends Closeable {

  /**
   * The show as read so far: before the first episode, what the feed says about it before its episodes; after the
   * last episode, all of it (feeds may describe the show after its episodes too).
   */
  Podcast podcast();

  /** The next episode, or empty at the end of the feed. */
  Optional<Episode> next() throws IOException;

  /** Releases what the cursor holds; the input itself is closed by the parse. */
  @Override
  default void close() throws IOException {}

  /** A cursor over a feed already read whole, for formats that read a whole document (a schema.org series). */
  static FeedCursor of(Podcast podcast, List<Episode> episodes) {
    Iterator<Episode> iterator = List.copyOf(episodes).iterator();
    return new FeedCursor() {
      @Override
      public Podcast podcast() {
        return podcast;
      }

      @Override
      public Optional<Episode> next() {
        return iterator.hasNext() ? Optional.of(iterator.next()) : Optional.empty();
      }
    };
  }
}
