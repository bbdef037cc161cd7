package dev.nuggets.bench;

import dev.nuggets.core.Episode;
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
 * Nuggets reading and writing episodes, per format and size. The parse reads the bytes its own renderer wrote, with
 * the format named (no detection), as an app that knows its input does; the render writes the same episodes back.
 * {@link BenchMain} sets {@code format} to every format that reads and writes episodes.
 */
@State(Scope.Benchmark)
public class EpisodeBench {
  @Param({"text", "markdown", "html", "json", "jsonld", "chapters"})
  public String format = "text";

  @Param({"PAGE", "LARGE", "BATCH"})
  public Size size = Size.PAGE;

  private Parsers parsers;
  private Renderers renderers;
  private Documents<Episode> documents;

  @Setup(Level.Trial)
  public void setUp() {
    parsers = Parsers.discover();
    renderers = Renderers.discover();
    documents = Documents.episodes(renderers, format, size);
  }

  @Benchmark
  public void parse(Blackhole hole) {
    for (byte[] document : documents.bytes()) {
      hole.consume(parsers.readEpisode(Input.of(document), format));
    }
  }

  @Benchmark
  public void render(Blackhole hole) {
    for (Episode episode : documents.values()) {
      hole.consume(renderers.renderToString(episode, format));
    }
  }

  /** The documents, for the summary's byte counts and the smoke test. */
  public Documents<Episode> documents() {
    return documents;
  }

  Parsers parsers() {
    return parsers;
  }
}
