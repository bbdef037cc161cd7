package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feed being written, one episode at a time (compare Jackson's {@code SequenceWriter}): the show was written when
 * it was opened, {@link #write} adds an episode, and {@link #close()} ends the feed. Memory does not grow with the
 * number of episodes.
 *
 * <pre>{@code
 * try (FeedWriter feed = renderers.openFeed(podcast, "json", Path.of("feed.json"))) {
 *   for (Episode episode : episodes) {
 *     feed.write(episode);
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe: one writer at a time.
 */
public final class FeedWriter implements Closeable {
  private final String format;
  private final FeedSink sink;
  private final List<Diagnostic> diagnostics;
  private final Finisher finisher;
  private boolean closed;

  /** What closing does after the sink is closed: flush a stream, or move a finished file into place. */
  @FunctionalInterface
  interface Finisher {
    void finish(boolean succeeded) throws IOException;
  }

  FeedWriter(String format, FeedSink sink, List<Diagnostic> diagnostics, Finisher finisher) {
    this.format = format;
    this.sink = sink;
    this.diagnostics = diagnostics;
    this.finisher = finisher;
  }

  /**
   * Writes one episode.
   *
   * @throws IllegalStateException after {@link #close()}
   * @throws UncheckedIOException if the output fails
   */
  public FeedWriter write(Episode episode) {
    if (closed) {
      throw new IllegalStateException("the feed writer is closed");
    }
    try {
      sink.write(episode);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Writes every episode. */
  public FeedWriter writeAll(Iterable<Episode> episodes) {
    for (Episode episode : episodes) {
      write(episode);
    }
    return this;
  }

  /** What the renderer reported so far. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /**
   * Ends the feed and gives what the renderer reported. Closing twice is harmless.
   *
   * @throws UncheckedIOException if the output fails
   */
  public RenderResult finish() {
    close();
    return new RenderResult(format, diagnostics);
  }

  /**
   * Ends the feed: writes what follows the episodes and flushes (a file is moved into place only now).
   *
   * @throws UncheckedIOException if the output fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    @Nullable IOException failure = null;
    try {
      sink.close();
    } catch (IOException e) {
      failure = e;
    }
    try {
      finisher.finish(failure == null);
    } catch (IOException e) {
      if (failure == null) {
        failure = e;
      }
    }
    if (failure != null) {
      throw new UncheckedIOException(failure);
    }
  }

  /** A writer that collects diagnostics into {@code diagnostics}. */
  static List<Diagnostic> newDiagnostics() {
    return new ArrayList<>();
  }
}
