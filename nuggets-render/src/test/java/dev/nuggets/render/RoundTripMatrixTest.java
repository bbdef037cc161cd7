package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The round-trip matrix: for every format with both a parser and a renderer, {@code parse(render(e))} equals what
 * the format carries of {@code e} ({@link Carried}) for {@value #SEEDS} seeded hostile episodes, the parse reports
 * no error and no warning but those the row expects, and the rendered text is detected as its format from the content and the renderer's file
 * extension. A format with a parser and a renderer but no row in {@link Carried} fails; a format whose parser is
 * not registered yet is skipped with a message saying so.
 *
 * <p>No format is exempt from detection: {@code .json} is shared by {@code json}, {@code chapters} and
 * {@code jsonld}, which are told apart by content, and every other extension belongs to one format.
 */
class RoundTripMatrixTest {
  static final int SEEDS = 300;

  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parsers PARSERS = Parsers.discover();

  /** Every format either side knows, and every format with a row: a row without a renderer is a mistake too. */
  private static TreeSet<String> formats() {
    TreeSet<String> formats = new TreeSet<>(Carried.formats());
    RENDERERS.formats().forEach(r -> formats.add(r.format()));
    PARSERS.formats().forEach(p -> formats.add(p.format()));
    return formats;
  }

  @TestFactory
  Stream<DynamicNode> everyFormatReadsBackWhatItCarries() {
    return formats().stream().map(RoundTripMatrixTest::row);
  }

  private static DynamicNode row(String format) {
    Optional<EpisodeRenderer> renderer = RENDERERS.format(format);
    Optional<EpisodeParser> parser = PARSERS.format(format);
    Optional<Carried.Row> row = Carried.row(format);
    if (parser.isPresent() && renderer.isPresent() && row.isEmpty()) {
      return DynamicTest.dynamicTest(format, () -> fail(
          "the format '" + format + "' has a parser and a renderer but no row in Carried: say there what it carries"));
    }
    if (renderer.isEmpty()) {
      return DynamicTest.dynamicTest(format, () -> assumeTrue(false,
          "no renderer for '" + format + "' on the class path: nothing to round-trip"
              + (row.isPresent() ? " (Carried has a row for it: is a registration missing?)" : "")));
    }
    if (parser.isEmpty()) {
      return DynamicTest.dynamicTest(format, () -> assumeTrue(false,
          "no parser for '" + format + "' registered yet; its row in Carried is ready for when one is"));
    }
    String extension = renderer.get().fileExtension();
    return DynamicContainer.dynamicContainer(format, LongStream.range(0, SEEDS).mapToObj(seed ->
        DynamicTest.dynamicTest("seed " + seed, () -> roundTrip(format, extension, row.orElseThrow(), seed))));
  }

  private static void roundTrip(String format, String extension, Carried.Row row, long seed) {
    Episode episode = row.episodes().apply(seed);
    Optional<Episode> carried = row.projection().apply(episode);
    String what = format + ", seed " + seed;
    if (carried.isEmpty()) {
      assertThrows(NuggetsRenderException.class, () -> RENDERERS.renderToString(episode, format),
          what + ": the format cannot carry this episode, so rendering it must fail");
      return;
    }
    String rendered = RENDERERS.renderToString(episode, format);
    ParseResult named = PARSERS.parse(rendered, format);
    assertEquals(carried.get(), named.episode(), () -> what + "\n" + rendered + "\n" + named.diagnostics());
    assertEquals(List.of(), unexpectedProblems(named, row), () -> what + "\n" + rendered);

    String inputName = "episode." + extension;
    ParseResult detected = PARSERS.parse(new StringReader(rendered), inputName);
    assertEquals(Optional.of(format), detected.format(), () -> what + ": " + inputName + " detected as another format");
    assertEquals(named.episode(), detected.episode(), what);
  }

  private static List<Diagnostic> unexpectedProblems(ParseResult result, Carried.Row row) {
    return result.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR
            || (d.severity() == Severity.WARNING && !row.expectedWarnings().contains(d.code())))
        .toList();
  }

  /** The matrix would pass vacuously if discovery found nothing: the built-in formats are all there. */
  @Test
  void theBuiltInFormatsAreInTheMatrix() {
    assertTrue(formats().containsAll(List.of("text", "json", "jsonld", "chapters", "markdown", "html")), formats()::toString);
    assertTrue(PARSERS.format("json").isPresent() && RENDERERS.format("json").isPresent());
  }
}
