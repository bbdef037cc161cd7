package dev.nuggets.bench;

import dev.nuggets.core.Feed;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Renderers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Nuggets reading feeds as a stream (the show, then every episode) and writing them whole, per format and size.
 * {@link BenchMain} sets {@code feedFormat} to every format that reads and writes feeds, so rss joins when it lands.
 */
@State(Scope.Benchmark)
public class FeedBench {
  @Param({"json"})
  public String feedFormat = "json";

  @Param({"PAGE", "LARGE", "BATCH"})
  public Size size = Size.PAGE;

  private Parsers parsers;
  private Renderers renderers;
  private Documents<Feed> documents;

  @Setup(Level.Trial)
  public void setUp() {
    parsers = Parsers.discover();
    renderers = Renderers.discover();
    documents = Documents.feeds(renderers, feedFormat, size);
  }

  @Benchmark
  public void parse(Blackhole hole) {
    for (byte[] document : documents.bytes()) {
      try (FeedStream feed = parsers.readFeed(Input.of(document), feedFormat)) {
        hole.consume(feed.podcast());
        while (feed.hasNext()) {
          hole.consume(feed.next());
        }
      }
    }
  }

  @Benchmark
  public void render(Blackhole hole) {
    for (Feed feed : documents.values()) {
      hole.consume(renderers.renderToString(feed, feedFormat));
    }
  }

  /** The documents, for the summary's byte counts and the smoke test. */
  public Documents<Feed> documents() {
    return documents;
  }

  Parsers parsers() {
    return parsers;
  }
}
