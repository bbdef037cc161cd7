package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bytes are decoded as they are read: UTF-8, or UTF-16 or UTF-32 when a byte order mark says so. Every encoding
 * reads the same episode as the string it encodes; a byte sequence that is not valid is replaced by U+FFFD and
 * reported at its line:column (columns in code points, as everywhere), whatever came before it: a byte order mark,
 * CRLF or CR line ends, astral characters, more text than one buffer or the detection prefix holds.
 */
class DecodingTest {
  private static final Parsers PARSERS = Parsers.discover();

  static final String PAGE =
      "Reefs 🌊 and Café Culture\r\nKey takeaways\nBleaching is a stress response — not death.\n"
          + "Über-corals exist 😀, and 𝔘𝔫𝔦 text too.\n";

  static final String JSON =
      "{\"title\": \"Reefs 🌊 and Café Culture\", \"takeaways\": [{\"text\": \"Über-corals exist 😀.\"}],"
          + " \"sections\": []}";

  private static byte[] encoded(String text, String charset) {
    return ("\uFEFF" + text).getBytes(Charset.forName(charset));
  }

  private static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0} with a byte order mark")
  @ValueSource(strings = {"UTF-8", "UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"})
  void everyEncodingReadsTheSameEpisodeAsTheString(String charset, @TempDir Path dir) throws IOException {
    for (String text : List.of(PAGE, JSON)) {
      ParseResult<Episode> expected = PARSERS.readEpisode(Input.ofText(text));
      byte[] bytes = encoded(text, charset);
      Path file = Files.write(dir.resolve("episode.in"), bytes);
      for (Input input :
          List.of(
              Input.of(bytes),
              Input.of(new ByteArrayInputStream(bytes)),
              Input.of(file),
              Input.of(bytes).named(text == PAGE ? "page.txt" : "episode.json"))) {
        ParseResult<Episode> result = PARSERS.readEpisode(input);
        assertEquals(expected.format(), result.format(), () -> charset + " " + input);
        assertEquals(expected.value(), result.value(), () -> charset + " " + input);
        assertEquals(expected.diagnostics(), result.diagnostics(), () -> charset + " " + input);
      }
    }
    Episode json = PARSERS.readEpisode(Input.of(encoded(JSON, charset))).value();
    assertEquals("Reefs 🌊 and Café Culture", json.title().orElseThrow(), "text is decoded exactly");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"page.txt", "episode.json", "episode.md", "episode.html"})
  void aNulInATextualPageIsAWarningAndTheRestIsRead(String name) {
    String text =
        switch (name) {
          case "episode.json" -> "{\"title\": \"Reefs\",\n \"description\": \"Bad\0byte\", \"takeaways\": []}";
          case "episode.md" -> "# Reefs\n\n## Recovery\n\nBad\0byte in a paragraph.\n";
          case "episode.html" -> "<h1>Reefs</h1>\n<h2>Recovery</h2><p>Bad\0byte in a paragraph.</p>";
          default -> "Reefs\nKey takeaways\nBad\0byte in a takeaway.\n";
        };
    for (Input input : List.of(Input.of(text.getBytes(StandardCharsets.UTF_8)).named(name),
        Input.ofText(text).named(name))) {
      ParseResult<Episode> result = PARSERS.readEpisode(input);
      assertEquals(List.of(DiagnosticCodes.INPUT_NUL_CHARACTER), codes(result), name);
      int nul = text.indexOf('\0');
      int line = (int) text.substring(0, nul).chars().filter(c -> c == '\n').count() + 1;
      assertEquals(
          SourcePosition.of(line, nul - text.lastIndexOf('\n', nul)),
          result.diagnostics().get(0).position().orElseThrow(),
          name);
      assertEquals("Reefs", result.value().title().orElseThrow(), name);
      assertTrue(result.value().toString().contains("Bad\uFFFDbyte"), () -> name + ": " + result.value());
    }
  }

  @Test
  void withoutAByteOrderMarkBytesAreUtf8() {
    byte[] utf16 = JSON.getBytes(StandardCharsets.UTF_16LE);
    assertEquals(List.of(DiagnosticCodes.INPUT_BINARY), codes(PARSERS.readEpisode(Input.of(utf16))));
    ParseResult<Episode> utf8 = PARSERS.readEpisode(Input.of(JSON.getBytes(StandardCharsets.UTF_8)));
    assertEquals(PARSERS.readEpisode(Input.ofText(JSON)).value(), utf8.value());
  }

  /** An invalid sequence after {@code before}, then {@code after}; its position as reported, read as text. */
  private static ParseResult<Episode> invalidAfter(byte[] prefix, String before, String after) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(prefix);
    bytes.writeBytes(before.getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3); // a lead byte with no continuation
    bytes.writeBytes(after.getBytes(StandardCharsets.UTF_8));
    return PARSERS.readEpisode(Input.of(bytes.toByteArray()).named("page.txt"), "text");
  }

  private static SourcePosition invalidAt(ParseResult<?> result) {
    List<Diagnostic> invalid =
        result.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.INPUT_INVALID_UTF8))
            .collect(Collectors.toList());
    assertEquals(1, invalid.size(), () -> result.diagnostics().toString());
    assertEquals(Severity.WARNING, invalid.get(0).severity());
    return invalid.get(0).position().orElseThrow();
  }

  @Test
  void invalidUtf8IsReportedAtItsLineAndColumn() {
    byte[] none = new byte[0];
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    String head = "Reefs\nKey takeaways\nBad ";
    ParseResult<Episode> plain = invalidAfter(none, head, " byte.\n");
    assertEquals(SourcePosition.of(3, 5), invalidAt(plain));
    assertEquals(List.of(Takeaway.of("Bad \uFFFD byte.")), plain.value().takeaways());
    assertEquals(SourcePosition.of(3, 5), invalidAt(invalidAfter(bom, head, " byte.\n")), "after a BOM");
    assertEquals(SourcePosition.of(1, 4), invalidAt(invalidAfter(bom, "Ree", "fs\nKey takeaways\n")),
        "the BOM takes no column of the first line");
    assertEquals(SourcePosition.of(3, 5), invalidAt(invalidAfter(none, head.replace("\n", "\r\n"), " byte.\r\n")),
        "after CRLF line ends");
    assertEquals(SourcePosition.of(3, 5), invalidAt(invalidAfter(bom, head.replace("\n", "\r\n"), " byte.\r\n")),
        "after a BOM and CRLF line ends");
    assertEquals(SourcePosition.of(3, 5), invalidAt(invalidAfter(none, head.replace("\n", "\r"), " byte.\r")),
        "after CR line ends");
    assertEquals(SourcePosition.of(3, 1), invalidAt(invalidAfter(none, "Reefs\r\n\r\n", " byte.")),
        "at the start of a line after an empty one");
    assertEquals(SourcePosition.of(2, 4), invalidAt(invalidAfter(none, "Reefs\n😀𝔘😀", " x\n")),
        "astral characters are one column each");
  }

  @Test
  void invalidUtf8FarIntoTheInputIsReportedAtItsLineAndColumn() {
    StringBuilder head = new StringBuilder("Reefs\nKey takeaways\n");
    for (int i = 0; i < 8_000; i++) {
      head.append("Takeaway number ").append(i).append(" says 😀 something.\n");
    }
    head.append("Bad ");
    int line = (int) head.chars().filter(c -> c == '\n').count() + 1;
    assertTrue(head.length() > 4 * InputPrefix.MAX_CHARS, "past the detection prefix and every buffer");
    ParseResult<Episode> result = invalidAfter(new byte[0], head.toString(), " byte.\n");
    assertEquals(SourcePosition.of(line, 5), invalidAt(result));
    assertEquals("Bad \uFFFD byte.", result.value().takeaways().get(8_000).text());
  }

  /** Where the decoder's buffers end, a two-byte character and the invalid byte after it straddle the end. */
  @ParameterizedTest(name = "at byte {0}")
  @ValueSource(ints = {16_382, 16_383, 16_384, 16_385, 32_767, 32_768, 65_535, 65_536, 65_537})
  void invalidUtf8AtABufferBoundaryIsReportedAtItsLineAndColumn(int boundary) {
    String start = "Reefs\nKey takeaways\n";
    int xs = boundary - start.length() - 1;
    ParseResult<Episode> result = invalidAfter(new byte[0], start + "x".repeat(xs) + "é", " tail.\n");
    assertEquals(SourcePosition.of(3, xs + 2), invalidAt(result));
    assertEquals(List.of(Takeaway.of("x".repeat(xs) + "é\uFFFD tail.")), result.value().takeaways());
  }

  @Test
  void invalidSequencesAreReportedOncePerLine() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("Reefs After the Heatwave\na".getBytes(StandardCharsets.UTF_8));
    bytes.write(0x80); // a continuation byte with no lead
    bytes.write('b');
    bytes.write(0xFF); // never valid in UTF-8
    bytes.writeBytes("c and enough words that the line reads as text\n".getBytes(StandardCharsets.UTF_8));
    bytes.write(0xC3);
    bytes.writeBytes(" and more words on this line too\n".getBytes(StandardCharsets.UTF_8));
    ParseResult<Episode> result = PARSERS.readEpisode(Input.of(bytes.toByteArray()), "text");
    List<Diagnostic> invalid =
        result.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.INPUT_INVALID_UTF8))
            .collect(Collectors.toList());
    assertEquals(2, invalid.size(), invalid::toString);
    assertEquals(SourcePosition.of(2, 2), invalid.get(0).position().orElseThrow());
    assertTrue(invalid.get(0).message().startsWith("2 byte sequences that are not valid UTF-8"), invalid::toString);
    assertEquals(SourcePosition.of(3, 1), invalid.get(1).position().orElseThrow());
  }

  @Test
  void invalidUtf16IsReportedAtItsLineAndColumn() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(encoded("Reefs\nKey takeaways\nab", "UTF-16LE"));
    bytes.writeBytes(new byte[] {0x00, (byte) 0xDC}); // a lone low surrogate
    bytes.writeBytes(" c.\n".getBytes(StandardCharsets.UTF_16LE));
    ParseResult<Episode> result = PARSERS.readEpisode(Input.of(bytes.toByteArray()), "text");
    assertEquals(List.of(DiagnosticCodes.INPUT_INVALID_ENCODING), codes(result));
    assertEquals(SourcePosition.of(3, 3), result.diagnostics().get(0).position().orElseThrow());
    assertTrue(result.diagnostics().get(0).message().contains("UTF-16LE"), result.diagnostics()::toString);
    assertEquals(List.of(Takeaway.of("ab\uFFFD c.")), result.value().takeaways());
  }

  @Test
  void aByteOrderMarkInTheMiddleStays() {
    String json = "{\"title\": \"a\uFEFFb\", \"sections\": []}";
    for (Input input :
        List.of(
            Input.ofText(json),
            Input.ofText("\uFEFF" + json),
            Input.of(json.getBytes(StandardCharsets.UTF_8)),
            Input.of(("\uFEFF" + json).getBytes(StandardCharsets.UTF_8)),
            Input.of(encoded(json, "UTF-16BE")))) {
      ParseResult<Episode> result = PARSERS.readEpisode(input);
      assertEquals("a\uFEFFb", result.value().title().orElseThrow(), input::toString);
      assertEquals(List.of(), result.diagnostics());
    }
    String page = "Reefs\nKey takeaways\nOne\uFEFFtwo.\n";
    assertEquals(
        List.of(Takeaway.of("One\uFEFFtwo.")),
        PARSERS.readEpisode(Input.of(page.getBytes(StandardCharsets.UTF_8))).value().takeaways());
  }

  @Test
  void onlyOneLeadingByteOrderMarkIsDropped() {
    String json = "{\"title\": \"T\", \"sections\": []}";
    byte[] twice = ("\uFEFF\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
    ParseResult<Episode> bytes = PARSERS.readEpisode(Input.of(twice), "json");
    ParseResult<Episode> text = PARSERS.readEpisode(Input.ofText("\uFEFF\uFEFF" + json), "json");
    assertEquals(text.value(), bytes.value());
    assertEquals(text.diagnostics(), bytes.diagnostics(), "the second mark is the text's first character");
  }
}
