package dev.nuggets.bench;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.render.Renderers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines, on the same documents as {@link EpisodeBench} and {@link FeedBench} of the same size: the limit
 * (decode the UTF-8 bytes and split them into lines, nothing else), commonmark-java's parse with source spans and
 * its HtmlRenderer, Jackson databind binding the canonical JSON to plain records, jsoup's parse with position
 * tracking, and the JDK's StAX reading a feed event by event with nothing built. Every baseline starts from the same
 * bytes as Nuggets does, so decoding is inside every measurement. Each baseline has a state of its own, so a fork
 * builds only the documents it measures.
 */
public class BaselineBench {
  /** Documents written by Nuggets in one format. */
  @State(Scope.Benchmark)
  public abstract static class Written {
    @Param({"PAGE", "LARGE", "BATCH"})
    public Size size = Size.PAGE;

    Documents<Episode> documents;

    abstract String format();

    @Setup(Level.Trial)
    public void write() {
      documents = Documents.episodes(Renderers.discover(), format(), size);
      prepare();
    }

    /** What a state builds from its documents before measuring. */
    void prepare() {}

    long bytes() {
      return documents.totalBytes();
    }
  }

  /** The text format's documents. */
  @State(Scope.Benchmark)
  public static class Text extends Written {
    @Override
    String format() {
      return "text";
    }
  }

  /** The json format's documents, and a Jackson mapper for plain records. */
  @State(Scope.Benchmark)
  public static class Json extends Written {
    final JsonMapper jackson = JsonMapper.builder().build();

    @Override
    String format() {
      return "json";
    }
  }

  /** The html format's documents. */
  @State(Scope.Benchmark)
  public static class Html extends Written {
    @Override
    String format() {
      return "html";
    }
  }

  /** The markdown format's documents, commonmark-java with source spans, and its trees of them for rendering. */
  @State(Scope.Benchmark)
  public static class Markdown extends Written {
    final org.commonmark.parser.Parser commonmark =
        org.commonmark.parser.Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
    final HtmlRenderer html = HtmlRenderer.builder().build();
    List<Node> trees = List.of();

    @Override
    String format() {
      return "markdown";
    }

    @Override
    void prepare() {
      List<Node> parsed = new ArrayList<>();
      for (String document : documents.texts()) {
        parsed.add(commonmark.parse(document));
      }
      trees = parsed;
    }

    /** The bytes of the HTML commonmark-java renders: what its render writes. */
    long htmlBytes() {
      long total = 0;
      for (Node tree : trees) {
        total += html.render(tree).getBytes(StandardCharsets.UTF_8).length;
      }
      return total;
    }
  }

  /** A feed as RSS (Nuggets' own once rss lands, else {@link RssSample}'s) and a safe StAX factory. */
  @State(Scope.Benchmark)
  public static class Rss {
    @Param({"PAGE", "LARGE", "BATCH"})
    public Size size = Size.PAGE;

    Documents<?> documents;
    XMLInputFactory stax;

    @Setup(Level.Trial)
    public void write() {
      documents =
          Formats.readAndWritten(ContentKind.FEED).contains("rss")
              ? Documents.feeds(Renderers.discover(), "rss", size)
              : Documents.cached("feed-rss-sample-" + size, Documents.feeds(size), RssSample::write);
      stax = XMLInputFactory.newDefaultFactory();
      stax.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      stax.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }
  }

  /** The limit of the text format: decode, then one string per line. */
  @Benchmark
  public void limitDecodeSplitLines(Text text, Blackhole hole) {
    for (byte[] document : text.documents.bytes()) {
      String decoded = new String(document, StandardCharsets.UTF_8);
      int start = 0;
      for (int end = decoded.indexOf('\n'); end >= 0; end = decoded.indexOf('\n', start)) {
        hole.consume(decoded.substring(start, end));
        start = end + 1;
      }
      hole.consume(decoded.substring(start));
    }
  }

  @Benchmark
  public void commonmarkParse(Markdown markdown, Blackhole hole) {
    for (byte[] document : markdown.documents.bytes()) {
      hole.consume(markdown.commonmark.parse(new String(document, StandardCharsets.UTF_8)));
    }
  }

  /** commonmark-java writing HTML from its trees of the same Markdown (parsed once, in the setup). */
  @Benchmark
  public void commonmarkRender(Markdown markdown, Blackhole hole) {
    for (Node tree : markdown.trees) {
      hole.consume(markdown.html.render(tree));
    }
  }

  @Benchmark
  public void jacksonBind(Json json, Blackhole hole) {
    for (byte[] document : json.documents.bytes()) {
      hole.consume(json.jackson.readValue(document, PlainEpisode.class));
    }
  }

  @Benchmark
  public void jsoupParse(Html html, Blackhole hole) {
    for (byte[] document : html.documents.bytes()) {
      hole.consume(
          org.jsoup.parser.Parser.htmlParser()
              .setTrackPosition(true)
              .parseInput(new String(document, StandardCharsets.UTF_8), ""));
    }
  }

  @Benchmark
  public void staxEvents(Rss rss, Blackhole hole) throws XMLStreamException {
    for (byte[] document : rss.documents.bytes()) {
      XMLStreamReader reader = rss.stax.createXMLStreamReader(new ByteArrayInputStream(document), "UTF-8");
      while (reader.hasNext()) {
        hole.consume(reader.next());
      }
      reader.close();
    }
  }

  /**
   * The bytes one operation of a baseline reads, or for {@code commonmarkRender} writes (the HTML it renders), by
   * benchmark method name: what the summary divides by.
   */
  static long bytes(String benchmark, Size size) {
    return switch (benchmark) {
      case "limitDecodeSplitLines" -> ready(new Text(), size).bytes();
      case "commonmarkParse" -> ready(new Markdown(), size).bytes();
      case "commonmarkRender" -> ready(new Markdown(), size).htmlBytes();
      case "jacksonBind" -> ready(new Json(), size).bytes();
      case "jsoupParse" -> ready(new Html(), size).bytes();
      case "staxEvents" -> {
        Rss rss = new Rss();
        rss.size = size;
        rss.write();
        yield rss.documents.totalBytes();
      }
      default -> throw new IllegalArgumentException("no baseline " + benchmark);
    };
  }

  private static <W extends Written> W ready(W written, Size size) {
    written.size = size;
    written.write();
    return written;
  }
}
