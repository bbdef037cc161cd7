package dev.nuggets.parser.text;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The sample pages written for this project: the {@code sample-*.txt} seeds of the text parser's fuzz corpus, so
 * that the fuzzer starts from real-looking pages and the other tests read the same pages.
 */
final class TextSamples {
  static final String CORPUS = "TextParserFuzzTestInputs/parse";

  private TextSamples() {}

  static Stream<Path> paths() throws IOException {
    return Files.list(corpus())
        .filter(p -> p.getFileName().toString().startsWith("sample-"))
        .sorted();
  }

  static Path corpus() {
    URL url =
        Objects.requireNonNull(TextSamples.class.getResource(CORPUS), CORPUS + " is missing from the test resources");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
