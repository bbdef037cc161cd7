package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.DocumentedCodes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code of the renderers ({@link RenderCodes} and every format's {@code *Codes} class, found by
 * scanning this module's classes) is listed with its meaning where a reader looks for it: the codes every renderer
 * shares ({@code render.*}) in {@code docs/diagnostics.md}, a format's own codes in {@code docs/formats/<format>.md},
 * the format being the code's prefix before its first '.'. Nothing here names a format: a new one documents its
 * codes beside its reading and writing rules, and this test finds them.
 */
class RenderDiagnosticsDocumentedTest {
  private static final Path DOCS = Path.of("..", "docs");
  private static final String SHARED_PREFIX = "render";

  /** Where the code is documented: {@code docs/diagnostics.md} for render.*, else its format's page. */
  static Path documentFor(String code) {
    int dot = code.indexOf('.');
    String prefix = dot > 0 ? code.substring(0, dot) : code;
    return prefix.equals(SHARED_PREFIX) ? DOCS.resolve("diagnostics.md") : DOCS.resolve("formats").resolve(prefix + ".md");
  }

  @Test
  void everyRendererCodeIsDocumentedWhereItsPrefixSays() throws IOException {
    Map<String, String> defined = DocumentedCodes.definedBeside(RenderCodes.class);
    assertTrue(defined.containsKey(RenderCodes.UNSAFE_LINK), "the scan finds RenderCodes");
    assertTrue(defined.keySet().stream().anyMatch(code -> !code.startsWith(SHARED_PREFIX + ".")),
        "the scan finds the formats' codes too: " + defined);
    Map<Path, List<String>> listed = new HashMap<>();
    Map<String, String> missing = new TreeMap<>();
    for (Map.Entry<String, String> code : defined.entrySet()) {
      Path doc = documentFor(code.getKey());
      if (!Files.isRegularFile(doc)) {
        missing.put(code.getKey(), code.getValue() + ", but there is no " + doc);
        continue;
      }
      if (!listed.computeIfAbsent(doc, RenderDiagnosticsDocumentedTest::listedIn).contains(code.getKey())) {
        missing.put(code.getKey(), code.getValue() + ", not listed in " + doc);
      }
    }
    assertEquals(Map.of(), missing, "codes not documented (code=constant, where)");
  }

  /** A shared code documented on a format's page, or a format's on the shared page, is in the wrong place. */
  @Test
  void sharedCodesAreOnTheSharedPageOnly() throws IOException {
    for (String code : listedIn(DOCS.resolve("diagnostics.md"))) {
      assertTrue(!code.contains(".") || !Files.exists(DOCS.resolve("formats").resolve(code.substring(0, code.indexOf('.')) + ".md")),
          code + " is listed in docs/diagnostics.md but belongs on its format's page");
    }
  }

  private static List<String> listedIn(Path doc) {
    try {
      return DocumentedCodes.listedIn(doc);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
