package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.DocumentedCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code of the parsers (in {@link DiagnosticCodes} and every format's {@code *Codes} class, found
 * by scanning this module's classes) is listed with its meaning in {@code docs/diagnostics.md}.
 */
class DiagnosticsDocumentedTest {
  static final Path DOC = Path.of("..", "docs", "diagnostics.md");

  @Test
  void everyParserCodeIsDocumented() throws IOException {
    Map<String, String> defined = DocumentedCodes.definedBeside(DiagnosticCodes.class);
    assertTrue(defined.containsKey(DiagnosticCodes.PARSER_FAILURE), "the scan finds DiagnosticCodes");
    assertTrue(defined.containsKey(dev.nuggets.parser.text.TextCodes.TOC_EMPTY), "the scan finds the formats' codes");
    List<String> listed = DocumentedCodes.listedIn(DOC);
    Map<String, String> missing = new TreeMap<>(defined);
    missing.keySet().removeAll(listed);
    assertEquals(Map.of(), missing, "codes missing from " + DOC + " (code=constant)");
  }

  @Test
  void everyCodeIsListedOnce() throws IOException {
    List<String> listed = DocumentedCodes.listedIn(DOC);
    assertFalse(listed.isEmpty());
    assertEquals(listed.stream().distinct().count(), listed.size(), () -> "a code listed twice: " + listed);
  }
}
