package dev.nuggets.parser;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.Concurrency;
import dev.nuggets.core.testing.HostileText;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One shared {@link Parsers} instance, and so one parser instance per format, used from 8 threads for thousands of
 * reads gives the same values and diagnostics as one thread, for every kind of content each format reads (a feed
 * format reads each input as a whole feed). The inputs of a format are every test resource in
 * its package ({@code dev/nuggets/parser/<format>/}: samples and fuzz corpus) plus generated hostile text, so a
 * format added later is covered with its own inputs.
 */
class ParserConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS = 4_000;
  private static final Parsers SHARED = Parsers.discover();

  static Stream<Arguments> formats() {
    return SHARED.formats().stream()
        .flatMap(p -> p.format().reads().stream().sorted().map(kind -> Arguments.of(p.format().name(), kind)));
  }

  /** What a read gives, compared by value. */
  private record Outcome(Object value, Object diagnostics) {}

  private static Outcome read(String text, String format, ContentKind kind) {
    ParseResult<?> result =
        switch (kind) {
          case EPISODE -> SHARED.readEpisode(Input.ofText(text), format);
          case TRANSCRIPT -> SHARED.readTranscript(Input.ofText(text), format);
          case FEED -> SHARED.readFeed(Input.ofText(text), format).readAll();
        };
    return new Outcome(result.value(), result.diagnostics());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formats")
  void sharedParserGivesSingleThreadedResults(String format, ContentKind kind) throws IOException {
    List<String> inputs = inputs(format);
    Concurrency.assertSameAsSequential(
        "the " + format + " parser reading a " + kind.label(),
        inputs,
        text -> read(text, format, kind),
        THREADS,
        ITERATIONS);
  }

  static List<String> inputs(String format) throws IOException {
    List<String> inputs = new ArrayList<>(resources(format));
    HostileText hostile = new HostileText(42);
    for (int i = 0; i < 20; i++) {
      StringBuilder text = new StringBuilder();
      for (int line = 0; line < 12; line++) {
        text.append(hostile.text(8)).append('\n');
      }
      inputs.add(text.toString());
    }
    return inputs;
  }

  /** Every test resource under the format's package, as UTF-8 text. */
  private static List<String> resources(String format) throws IOException {
    URL url = ParserConcurrencyTest.class.getResource("/dev/nuggets/parser/" + format);
    if (url == null || !"file".equals(url.getProtocol())) {
      return List.of();
    }
    Path dir;
    try {
      dir = Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      List<Path> regular = files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
      List<String> texts = new ArrayList<>();
      for (Path file : regular) {
        texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
      }
      return texts;
    }
  }
}
