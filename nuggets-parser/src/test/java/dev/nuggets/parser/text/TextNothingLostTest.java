package dev.nuggets.parser.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NothingLost;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.parser.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Nothing is lost silently: every non-blank line of a page that is not the promo block ends up in the episode or is
 * named in a diagnostic. Checked over the sample pages (the fuzz corpus's {@code sample-*} files) and over generated
 * page-shaped inputs.
 */
class TextNothingLostTest {
  private static final Set<String> STRUCTURE =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways", "table of contents", "table of content");

  /** The text format's markup: bullets and the colon after a takeaway's label. */
  static final NothingLost NOTHING_LOST =
      new NothingLost(
          "•:", line -> STRUCTURE.contains(line.endsWith(":") ? line.substring(0, line.length() - 1) : line));

  private static final Parsers PARSERS = Parsers.discover();

  static Stream<Path> samples() throws IOException {
    return TextSamples.paths();
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplePages(Path sample) throws IOException {
    String text = Files.readString(sample, StandardCharsets.UTF_8);
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(text), TextFormat.FORMAT.name());
    NOTHING_LOST.check(sample.getFileName().toString(), text, result, n -> isPromo(text, n));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPages(long seed) {
    PageGenerator.Page page = new PageGenerator(seed).page();
    ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(page.text()), TextFormat.FORMAT.name());
    NOTHING_LOST.check("generated page, seed " + seed, page.text(), result, page.promoLines()::contains);
  }

  private static boolean isPromo(String text, int line) {
    return PageGenerator.PROMO.contains(Spaces.strip(SourceText.of(text).line(line)));
  }
}
