package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.DocumentedCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every diagnostic code of the parsers is documented where people look for it: a code whose prefix is the name of a
 * registered format ({@code markdown.toc-order}) in that format's page, {@code docs/formats/<format>.md}, and every
 * other code ({@code input.*}, {@code limit.*}, {@code parser.*}) in {@code docs/diagnostics.md}. Each as a table row
 * {@code | `code` |}, once. The codes are found by scanning this module's classes for {@code *Codes} classes
 * ({@link DocumentedCodes#definedBeside}) and the formats by discovery, so a format added later is checked without
 * an edit here.
 */
class DiagnosticsDocumentedTest {
  static final Path DOCS = Path.of("..", "docs");
  static final Path SHARED_DOC = DOCS.resolve("diagnostics.md");

  static Set<String> formatNames() {
    return Parsers.discover().formats().stream().map(p -> p.format().name()).collect(Collectors.toSet());
  }

  /** The page a code belongs in. */
  static Path docOf(String code, Set<String> formats) {
    int dot = code.indexOf('.');
    String prefix = dot < 0 ? code : code.substring(0, dot);
    return formats.contains(prefix) ? DOCS.resolve("formats").resolve(prefix + ".md") : SHARED_DOC;
  }

  static Stream<Path> docs() {
    Set<String> formats = formatNames();
    return Stream.concat(
            Stream.of(SHARED_DOC), formats.stream().sorted().map(f -> DOCS.resolve("formats").resolve(f + ".md")));
  }

  @Test
  void theScanFindsTheSharedAndTheFormatsCodes() {
    Map<String, String> defined = DocumentedCodes.definedBeside(DiagnosticCodes.class);
    assertTrue(defined.containsKey(DiagnosticCodes.PARSER_FAILURE), "the scan finds DiagnosticCodes");
    assertTrue(defined.containsKey(DiagnosticCodes.INPUT_OTHER_KIND), "the scan finds DiagnosticCodes");
    assertTrue(defined.containsKey(dev.nuggets.parser.text.TextCodes.TOC_EMPTY), "the scan finds the formats' codes");
    assertTrue(defined.containsKey(dev.nuggets.parser.jsonld.JsonLdCodes.NO_SERIES), "the scan finds the formats' codes");
    assertEquals(
        SHARED_DOC, docOf(DiagnosticCodes.LIMIT_CUES, formatNames()), "shared codes belong in docs/diagnostics.md");
    assertEquals(
        DOCS.resolve("formats").resolve("markdown.md"),
        docOf(dev.nuggets.parser.markdown.MarkdownCodes.TOC_ORDER, formatNames()));
  }

  @Test
  void everyParserCodeIsDocumentedInThePageOfItsFormat() throws IOException {
    Set<String> formats = formatNames();
    Map<String, String> defined = DocumentedCodes.definedBeside(DiagnosticCodes.class);
    Map<Path, List<String>> listed = new TreeMap<>();
    Map<String, String> missing = new TreeMap<>();
    for (Map.Entry<String, String> code : defined.entrySet()) {
      Path doc = docOf(code.getKey(), formats);
      if (!Files.isReadable(doc)) {
        missing.put(code.getKey(), code.getValue() + " (" + doc + " does not exist)");
        continue;
      }
      List<String> rows = listed.computeIfAbsent(doc, DiagnosticsDocumentedTest::listedIn);
      if (!rows.contains(code.getKey())) {
        missing.put(code.getKey(), code.getValue() + " (not in " + doc + ")");
      }
    }
    assertEquals(Map.of(), missing, "codes missing from their page (code=constant)");
  }

  @Test
  void everyRegisteredFormatHasItsPage() {
    List<String> without = new ArrayList<>();
    for (String format : formatNames()) {
      if (!Files.isReadable(DOCS.resolve("formats").resolve(format + ".md"))) {
        without.add(format);
      }
    }
    assertEquals(List.of(), without, "formats without docs/formats/<name>.md");
  }

  @Test
  void theSharedPageListsNoFormatsOwnCode() throws IOException {
    Set<String> formats = formatNames();
    List<String> misplaced =
        DocumentedCodes.listedIn(SHARED_DOC).stream()
            .filter(code -> !docOf(code, formats).equals(SHARED_DOC))
            .collect(Collectors.toList());
    assertEquals(List.of(), misplaced, "codes of a format belong in its own page, not in " + SHARED_DOC);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docs")
  void everyCodeIsListedOnce(Path doc) throws IOException {
    List<String> listed = DocumentedCodes.listedIn(doc);
    assertFalse(listed.isEmpty(), () -> doc + " lists no code");
    assertEquals(listed.stream().distinct().count(), listed.size(), () -> "a code listed twice in " + doc + ": " + listed);
  }

  private static List<String> listedIn(Path doc) {
    try {
      return DocumentedCodes.listedIn(doc);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
