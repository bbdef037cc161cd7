package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No format expands XML entities: an external entity (XXE) that names a local file never brings the file's text
 * into what is read, and nested internal entities ("billion laughs") never blow up. Every registered format reads
 * both documents as every kind of content it reads, so a format that parses XML (feeds, OPML, podcast namespaces)
 * is covered when it is added; with no format named, detection reads them too (and, until a format claims XML,
 * refuses them).
 */
class XmlEntitiesTest {
  private static final Parsers PARSERS = Parsers.discover();

  static Stream<Arguments> formats() {
    Stream<Arguments> named =
        PARSERS.formats().stream()
            .flatMap(p -> p.format().reads().stream().sorted().map(kind -> Arguments.of(p.format().name(), kind)));
    Stream<Arguments> detected = Stream.of(ContentKind.values()).map(kind -> Arguments.of("(detected)", kind));
    return Stream.concat(named, detected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formats")
  void externalEntitiesAreNotRead(String format, ContentKind kind, @TempDir Path dir) throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-MARKER-71c3");
    String document =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
            + "<rss version=\"2.0\"><channel><title>&xxe;</title><item><title>&xxe;</title>"
            + "<description>&xxe;</description></item></channel></rss>\n";
    ParseResult<?> result = read(document, format, kind);
    ParserContract.assertNoFailure(result, "an XXE document");
    assertFalse(
        texts(result).contains("secret-marker"),
        () -> format + " read an external entity into the " + kind.label() + ": " + result.value());
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("formats")
  void nestedEntitiesAreNotExpanded(String format, ContentKind kind) {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      String previous = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
    }
    String document =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [" + dtd + "]>\n"
            + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title></item></channel></rss>\n";
    ParseResult<?> result = read(document, format, kind);
    ParserContract.assertNoFailure(result, "a billion-laughs document");
    assertTrue(
        texts(result).length() <= 10 * document.length(),
        () -> format + " expanded nested entities: " + texts(result).length() + " characters of text");
    if (format.equals("(detected)") && PARSERS.detect(Input.ofText(document)).isEmpty()) {
      assertEquals(
          List.of(DiagnosticCodes.INPUT_UNKNOWN_FORMAT),
          result.diagnostics().stream().map(Diagnostic::code).toList(),
          "XML that no format claims is refused, not read as text");
    }
  }

  private static ParseResult<?> read(String document, String format, ContentKind kind) {
    Input input = Input.ofText(document);
    boolean named = !format.equals("(detected)");
    return switch (kind) {
      case EPISODE -> named ? PARSERS.readEpisode(input, format) : PARSERS.readEpisode(input);
      case TRANSCRIPT -> named ? PARSERS.readTranscript(input, format) : PARSERS.readTranscript(input);
      case FEED -> (named ? PARSERS.readFeed(input, format) : PARSERS.readFeed(input)).readAll();
    };
  }

  /** The texts of what was read, folded to lower case. */
  private static String texts(ParseResult<?> result) {
    List<String> pieces = new ArrayList<>();
    Object value = result.value();
    if (value instanceof Episode episode) {
      pieces.addAll(NothingLost.pieces(episode));
    } else if (value instanceof Feed feed) {
      pieces.add(podcast(feed.podcast()));
      feed.episodes().forEach(e -> pieces.addAll(NothingLost.pieces(e)));
    } else {
      pieces.add(value.toString().toLowerCase(Locale.ROOT));
    }
    return String.join("\n", pieces);
  }

  private static String podcast(Podcast podcast) {
    return podcast.toString().toLowerCase(Locale.ROOT);
  }
}
