package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.internal.DiagnosticCollector;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A feed being read: the show first, then its episodes one at a time, so that memory does not grow with the number
 * of episodes (compare Jackson's {@code MappingIterator} and jsoup's {@code StreamParser}). Close it when done,
 * best with try-with-resources:
 *
 * <pre>{@code
 * try (FeedStream feed = parsers.readFeed(Path.of("feed.xml"))) {
 *   Podcast show = feed.podcast();
 *   while (feed.hasNext()) {
 *     Episode episode = feed.next();
 *   }
 *   feed.diagnostics().forEach(d -> System.err.println(d.format(feed.inputName())));
 * }
 * }</pre>
 *
 * <p>Reading never throws for bad input (unless the parsers are {@linkplain Parsers.Builder#strict strict}): an
 * input that cannot be read gives an empty feed and an error, a damaged episode a diagnostic, and a limit
 * ({@link ParseLimits#maxEpisodes()}, {@link ParseLimits#maxInputSize()}) ends the feed with an error after what
 * was read. A strict stream throws {@link NuggetsParseException} from the call during which the first warning or
 * error was reported, and is closed then. Not thread-safe: one reader at a time.
 */
public final class FeedStream implements Iterator<Episode>, Closeable {
  private final String inputName;
  private final Optional<Detection> detection;
  private final @Nullable FeedCursor cursor;
  private final @Nullable Closeable input;
  private final DiagnosticCollector diagnostics;
  private final boolean strict;
  private final Failures failures;
  private @Nullable Episode next;
  private int count;
  private boolean done;
  private boolean closed;

  /** How reading failures become diagnostics: decided by {@link Parsers}, which knows the limits. */
  interface Failures {
    Diagnostic of(Exception failure, String during);
  }

  FeedStream(
      String inputName,
      Optional<Detection> detection,
      @Nullable FeedCursor cursor,
      @Nullable Closeable input,
      DiagnosticCollector diagnostics,
      boolean strict,
      Failures failures) {
    this.inputName = inputName;
    this.detection = detection;
    this.cursor = cursor;
    this.input = input;
    this.diagnostics = diagnostics;
    this.strict = strict;
    this.failures = failures;
    this.done = cursor == null;
    if (done) {
      closeQuietly();
    }
    checkStrict();
  }

  /** The input's name, as diagnostics are reported against. */
  public String inputName() {
    return inputName;
  }

  /** The name of the format reading the feed; empty when none could. */
  public Optional<String> format() {
    return detection.map(d -> d.format().name());
  }

  /** Which format reads the feed and why; empty when none could. */
  public Optional<Detection> detection() {
    return detection;
  }

  /**
   * The show, as read so far: before the first episode, what the feed says about it before its episodes; once the
   * feed is read to its end, all of it. A feed that could not be read gives an empty podcast.
   */
  public Podcast podcast() {
    if (cursor == null) {
      return Podcast.builder().build();
    }
    try {
      return cursor.podcast();
    } catch (RuntimeException | StackOverflowError e) {
      failed(e);
      return Podcast.builder().build();
    } catch (OutOfMemoryError e) {
      diagnostics.report(Parsers.outOfMemory("reading the feed"));
      finish();
      return Podcast.builder().build();
    }
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      advance();
    }
    return next != null;
  }

  /**
   * The next episode.
   *
   * @throws NoSuchElementException when the feed has no more
   */
  @Override
  public Episode next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more episodes in " + inputName);
    }
    Episode episode = next;
    next = null;
    if (episode == null) {
      throw new NoSuchElementException("no more episodes in " + inputName);
    }
    return episode;
  }

  /** The episodes left, as a stream; closing the stream closes this feed. */
  public Stream<Episode> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
        .onClose(this::close);
  }

  /** Reads the episodes left and closes the feed: the whole feed in memory, for feeds known to be small. */
  public ParseResult<Feed> readAll() {
    List<Episode> episodes = new ArrayList<>();
    try {
      while (hasNext()) {
        episodes.add(next());
      }
    } finally {
      close();
    }
    return new ParseResult<>(inputName, detection, Feed.of(podcast(), episodes), diagnostics());
  }

  /** Every diagnostic so far, ordered by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics.diagnostics();
  }

  /** Whether any diagnostic so far is an error. */
  public boolean hasErrors() {
    return diagnostics().stream().anyMatch(Diagnostic::isError);
  }

  /** Whether any diagnostic so far is a warning or an error. */
  public boolean hasProblems() {
    return diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO);
  }

  private void advance() {
    FeedCursor c = cursor;
    if (c == null) {
      done = true;
      return;
    }
    try {
      Optional<Episode> episode = c.next();
      if (episode.isEmpty()) {
        finish();
      } else if (count == diagnostics.limits().maxEpisodes()) {
        diagnostics.report(
            Diagnostic.of(
                Severity.ERROR,
                DiagnosticCodes.LIMIT_EPISODES,
                "the feed has more than " + count + " episodes (limit maxEpisodes); the rest was not read",
                SourcePosition.START));
        finish();
      } else {
        count++;
        next = episode.get();
      }
    } catch (IOException | RuntimeException | StackOverflowError e) {
      failed(e);
    } catch (OutOfMemoryError e) {
      next = null;
      diagnostics.report(Parsers.outOfMemory("reading the feed"));
      finish();
    }
    checkStrict();
  }

  private void failed(Throwable e) {
    Exception failure = e instanceof Exception x ? x : new IllegalStateException(e.toString(), e);
    diagnostics.report(failures.of(failure, "reading the feed"));
    finish();
  }

  private void finish() {
    done = true;
    closeQuietly();
  }

  private void checkStrict() {
    if (strict && diagnostics.diagnostics().stream().anyMatch(d -> d.severity() != Severity.INFO)) {
      List<Diagnostic> all = diagnostics.diagnostics();
      done = true;
      next = null;
      closeQuietly();
      throw new NuggetsParseException(inputName, all);
    }
  }

  /** Closes the feed and its input; reading stops. Closing twice is harmless. */
  @Override
  public void close() {
    done = true;
    next = null;
    closeQuietly();
  }

  private void closeQuietly() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      if (cursor != null) {
        cursor.close();
      }
    } catch (IOException | RuntimeException e) {
      // Nothing left to read from it; the input is closed next.
    }
    try {
      if (input != null) {
        input.close();
      }
    } catch (IOException e) {
      // The input was read as far as it could be; closing it cannot lose anything.
    }
  }

  @Override
  public String toString() {
    return "FeedStream{input=" + inputName + ", format=" + format().orElse("?") + ", episodes read=" + count + "}";
  }
}
