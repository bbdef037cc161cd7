package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No format expands XML entities: an external entity (XXE) that names a local file never brings the file's text
 * into the episode, and nested internal entities ("billion laughs") never blow up. Every registered format reads
 * both documents, so a format that parses XML (feeds, OPML, podcast namespaces) is covered when it is added.
 */
class XmlEntitiesTest {
  private static final Parsers PARSERS = Parsers.discover();

  static Stream<String> formats() {
    return PARSERS.formats().stream().map(EpisodeParser::format);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void externalEntitiesAreNotRead(String format, @TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-MARKER-71c3");
    String document =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
            + "<description>&xxe;</description></item></channel></rss>\n";
    ParseResult result = PARSERS.parse(document, format);
    ParserContract.assertNoFailure(result, "an XXE document");
    assertFalse(
        texts(result).contains("secret-marker"),
        () -> format + " read an external entity into the episode: " + result.episode());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void nestedEntitiesAreNotExpanded(String format) {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    String document =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + dtd + "]>\n"
            + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>\n";
    ParseResult result = PARSERS.parse(document, format);
    ParserContract.assertNoFailure(result, "a billion-laughs document");
    assertTrue(
        texts(result).length() <= 10 * document.length(),
        () -> format + " expanded nested entities: " + texts(result).length() + " characters of text");
  }

  /** The episode's texts, folded to lower case. */
  private static String texts(ParseResult result) {
    List<String> pieces = NothingLost.pieces(result.episode());
    return String.join("\n", pieces);
  }
}
