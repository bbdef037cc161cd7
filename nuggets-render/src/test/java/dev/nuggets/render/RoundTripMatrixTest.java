package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.testing.EpisodeShapes;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.parser.SourceText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip matrix: for every format and {@linkplain ContentKind kind} with both a parser and a renderer,
 * {@code read(render(v))} equals what the format carries of {@code v}, as the format's own {@link RoundTrip} row
 * says, for {@value #SEEDS} seeds of hostile values and, for episodes, every {@link EpisodeShapes shape} of absent
 * and present parts; the read reports no error and no warning but those the row expects; and the rendered text is
 * detected as its format and kind from the content and the format's default extension.
 *
 * <p>The rows are discovered ({@link ServiceLoader}, {@code META-INF/services/dev.nuggets.render.RoundTrip} in the
 * test resources), so a new format adds its row beside its own tests and touches nothing here. A format with a
 * parser and a renderer for a kind but no row fails; one whose parser or renderer is not registered is skipped with
 * a message saying so.
 *
 * <p>No format is exempt from detection: {@code .json} is shared by {@code json}, {@code chapters} and
 * {@code jsonld}, which are told apart by content, and every other extension belongs to one format.
 */
class RoundTripMatrixTest {
  static final int SEEDS = 300;

  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parsers PARSERS = Parsers.discover();
  private static final List<RoundTrip<?>> ROWS = discoverRows();

  @SuppressWarnings({"rawtypes", "unchecked"}) // ServiceLoader knows no type arguments
  private static List<RoundTrip<?>> discoverRows() {
    List<RoundTrip<?>> rows = new ArrayList<>();
    for (RoundTrip row : ServiceLoader.load(RoundTrip.class)) {
      rows.add(row);
    }
    return rows;
  }

  /** A format and a kind: one cell of the matrix. */
  record Cell(String format, ContentKind kind) implements Comparable<Cell> {
    @Override
    public int compareTo(Cell other) {
      int byFormat = format.compareTo(other.format);
      return byFormat != 0 ? byFormat : kind.compareTo(other.kind);
    }

    @Override
    public String toString() {
      return format + " " + kind.label();
    }
  }

  /**
   * Every cell either side knows (each kind a renderer writes, each kind a parser reads) with the rows that claim
   * it: a row without a renderer or a parser is a mistake too.
   */
  static Map<Cell, List<RoundTrip<?>>> cells(Renderers renderers, Parsers parsers, List<RoundTrip<?>> rows) {
    Map<Cell, List<RoundTrip<?>>> cells = new TreeMap<>();
    for (FormatRenderer renderer : renderers.formats()) {
      renderer.format().writes().forEach(k -> cells.computeIfAbsent(new Cell(renderer.format().name(), k), c -> new ArrayList<>()));
    }
    for (FormatParser parser : parsers.formats()) {
      parser.format().reads().forEach(k -> cells.computeIfAbsent(new Cell(parser.format().name(), k), c -> new ArrayList<>()));
    }
    for (RoundTrip<?> row : rows) {
      cells.computeIfAbsent(new Cell(row.format(), row.kind()), c -> new ArrayList<>()).add(row);
    }
    return cells;
  }

  /** The cells with a parser and a renderer but no row: what a format added without saying what it carries gives. */
  static List<Cell> withoutRow(Renderers renderers, Parsers parsers, List<RoundTrip<?>> rows) {
    List<Cell> missing = new ArrayList<>();
    cells(renderers, parsers, rows).forEach((cell, claimed) -> {
      if (claimed.isEmpty() && renders(renderers, cell) && reads(parsers, cell)) {
        missing.add(cell);
      }
    });
    return missing;
  }

  private static boolean renders(Renderers renderers, Cell cell) {
    return renderers.format(cell.format()).filter(r -> r.format().writes(cell.kind())).isPresent();
  }

  private static boolean reads(Parsers parsers, Cell cell) {
    return parsers.format(cell.format()).filter(p -> p.format().reads(cell.kind())).isPresent();
  }

  @TestFactory
  Stream<DynamicNode> everyFormatReadsBackWhatItCarries() {
    return cells(RENDERERS, PARSERS, ROWS).entrySet().stream().map(e -> cell(e.getKey(), e.getValue()));
  }

  private static DynamicNode cell(Cell cell, List<RoundTrip<?>> rows) {
    String name = cell.toString();
    boolean renders = renders(RENDERERS, cell);
    boolean reads = reads(PARSERS, cell);
    if (rows.size() > 1) {
      return DynamicTest.dynamicTest(name, () -> fail("more than one RoundTrip row for " + cell + ": " + rows));
    }
    if (rows.isEmpty() && renders && reads) {
      return DynamicTest.dynamicTest(name, () -> fail(
          "the format '" + cell.format() + "' has a parser and a renderer for " + cell.kind().label()
              + "s but no RoundTrip row: add one beside its tests (see RoundTrip) to say what it carries"));
    }
    if (!renders) {
      return DynamicTest.dynamicTest(name, () -> assumeTrue(false,
          "no renderer writes " + cell + " on the class path: nothing to round-trip"
              + (rows.isEmpty() ? "" : " (a RoundTrip row claims it: is a registration missing?)")));
    }
    if (!reads) {
      return DynamicTest.dynamicTest(name, () -> assumeTrue(false,
          "no parser reads " + cell + " yet: nothing to read back"
              + (rows.isEmpty() ? "" : "; its RoundTrip row is ready for when one does")));
    }
    RoundTrip<?> row = rows.get(0);
    String extension = RENDERERS.format(cell.format()).orElseThrow().format().defaultExtension();
    List<DynamicNode> parts = new ArrayList<>();
    parts.add(DynamicContainer.dynamicContainer("seeds", LongStream.range(0, SEEDS).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> seeded(row, extension, seed)))));
    if (cell.kind() == ContentKind.EPISODE) {
      @SuppressWarnings("unchecked") // an episode row's values are episodes
      RoundTrip<Episode> episodes = (RoundTrip<Episode>) row;
      parts.add(DynamicContainer.dynamicContainer("shapes", IntStream.range(0, EpisodeShapes.count()).mapToObj(shape ->
          DynamicTest.dynamicTest(EpisodeShapes.describe(shape), () -> roundTrip(
              episodes, extension, EpisodeShapes.shape(shape), () -> cell + ", " + EpisodeShapes.describe(shape))))));
    }
    return DynamicContainer.dynamicContainer(name, parts);
  }

  private static <T> void seeded(RoundTrip<T> row, String extension, long seed) {
    List<T> values = row.values(seed);
    for (int i = 0; i < values.size(); i++) {
      int index = i;
      roundTrip(row, extension, values.get(i), () -> row.format() + " " + row.kind().label() + ", seed " + seed
          + (values.size() > 1 ? ", value " + index : ""));
    }
  }

  private static <T> void roundTrip(RoundTrip<T> row, String extension, T value, Supplier<String> what) {
    String format = row.format();
    ContentKind kind = row.kind();
    Optional<T> carried = row.carried(value);
    if (carried.isEmpty()) {
      assertThrows(NuggetsRenderException.class, () -> render(kind, value, format),
          () -> what.get() + ": the format cannot carry this, so rendering it must fail");
      return;
    }
    String rendered = render(kind, value, format);
    ParseResult<?> named = read(kind, Input.ofText(rendered), format);
    assertEquals(carried.get(), named.value(), () -> what.get() + "\n" + rendered + "\n" + named.diagnostics());
    assertEquals(List.of(), unexpectedProblems(named, row, rendered), () -> what.get() + "\n" + rendered);

    String inputName = kind.label() + "." + extension;
    Optional<Detection> detection = PARSERS.detect(Input.ofText(rendered).named(inputName));
    assertTrue(detection.isPresent(), () -> what.get() + ": " + inputName + " is detected as no format\n" + rendered);
    assertEquals(format, detection.get().format().name(),
        () -> what.get() + ": " + inputName + " detected as another format\n" + rendered);
    assertEquals(kind, detection.get().kind(),
        () -> what.get() + ": " + inputName + " detected as another kind\n" + rendered);
    ParseResult<?> detected = read(kind, Input.ofText(rendered).named(inputName), null);
    if (!rendered.isBlank()) { // nothing at all is read by no format: only input.empty, and an empty value
      assertEquals(Optional.of(format), detected.format(), () -> what.get() + ": " + inputName + " read as another format");
    }
    assertEquals(named.value(), detected.value(), what);
  }

  /** Writes the value with the format's renderer, for the value's kind. */
  private static String render(ContentKind kind, Object value, String format) {
    StringBuilder out = new StringBuilder();
    switch (kind) {
      case EPISODE -> RENDERERS.render((Episode) value, format, out);
      case FEED -> RENDERERS.render((Feed) value, format, out);
      case TRANSCRIPT -> RENDERERS.render((Transcript) value, format, out);
    }
    return out.toString();
  }

  /** Reads a value of the kind, in the named format or (null) the detected one; a feed is read whole. */
  private static ParseResult<?> read(ContentKind kind, Input input, String format) {
    return switch (kind) {
      case EPISODE -> format == null ? PARSERS.readEpisode(input) : PARSERS.readEpisode(input, format);
      case TRANSCRIPT -> format == null ? PARSERS.readTranscript(input) : PARSERS.readTranscript(input, format);
      case FEED -> {
        try (FeedStream feed = format == null ? PARSERS.readFeed(input) : PARSERS.readFeed(input, format)) {
          yield feed.readAll();
        }
      }
    };
  }

  /**
   * The errors, and the warnings the row does not expect. Any format may write nothing at all for a value it carries
   * none of (an episode with only a podcast title, in text), which every parser reports as {@code input.empty}.
   */
  private static List<Diagnostic> unexpectedProblems(ParseResult<?> result, RoundTrip<?> row, String rendered) {
    return result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR
            || (d.severity() == Severity.WARNING && !row.expectedWarnings().contains(d.code())
                && !(rendered.isBlank() && d.code().equals(DiagnosticCodes.INPUT_EMPTY))))
        .toList();
  }

  /** The matrix would pass vacuously if discovery found nothing: the built-in formats and their rows are all there. */
  @Test
  void theBuiltInFormatsAreInTheMatrix() {
    Map<Cell, List<RoundTrip<?>>> cells = cells(RENDERERS, PARSERS, ROWS);
    for (String format : List.of("text", "json", "jsonld", "chapters", "markdown", "html")) {
      Cell cell = new Cell(format, ContentKind.EPISODE);
      assertEquals(1, cells.getOrDefault(cell, List.of()).size(), () -> cell + ": " + cells);
      assertTrue(renders(RENDERERS, cell) && reads(PARSERS, cell), cell::toString);
    }
    Cell feeds = new Cell("json", ContentKind.FEED);
    assertEquals(1, cells.get(feeds).size(), cells::toString);
    assertTrue(renders(RENDERERS, feeds) && reads(PARSERS, feeds));
    assertEquals(List.of(), withoutRow(RENDERERS, PARSERS, ROWS));
  }

  /** A format added with a parser and a renderer but no row is caught: its cell is reported, nothing else. */
  @Test
  void aFormatWithoutARowIsCaught() {
    Format format =
        Format.builder("made-up").fileExtensions("made").reads(ContentKind.EPISODE).writes(ContentKind.EPISODE).build();
    Renderers renderers =
        Renderers.builder().register(new FormatRenderer() {
          @Override
          public Format format() {
            return format;
          }

          @Override
          public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
            out.append(episode.title().orElse(""));
          }
        }).build();
    Parsers parsers =
        Parsers.builder().register(new FormatParser() {
          @Override
          public Format format() {
            return format;
          }

          @Override
          public int confidence(ContentKind kind, InputPrefix prefix) {
            return 1;
          }

          @Override
          public Episode readEpisode(SourceText source, ParseContext context) {
            return Episode.builder().title(source.text()).build();
          }
        }).build();
    assertEquals(List.of(new Cell("made-up", ContentKind.EPISODE)), withoutRow(renderers, parsers, ROWS));
    assertTrue(withoutRow(RENDERERS, PARSERS, ROWS).isEmpty());
  }
}
