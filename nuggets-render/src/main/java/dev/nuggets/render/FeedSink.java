package dev.nuggets.render;

import dev.nuggets.core.Episode;
import java.io.IOException;

/**
 * A feed being written by a streaming format: the episodes one at a time, then {@link #close()}, which writes what
 * comes after them. What {@link FormatRenderer#openFeed} returns; users write through a {@link FeedWriter}.
 */
public interface FeedSink {

  /** Writes one episode. */
  void write(Episode episode) throws IOException;

  /** Writes what comes after the episodes. The output itself is not closed. */
  void close() throws IOException;
}
