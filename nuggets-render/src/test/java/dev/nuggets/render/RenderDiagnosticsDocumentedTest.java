package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.DocumentedCodes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code of the renderers ({@link RenderCodes} and every format's {@code *Codes} class, found by
 * scanning this module's classes) is listed with its meaning in {@code docs/diagnostics.md}.
 */
class RenderDiagnosticsDocumentedTest {

  @Test
  void everyRendererCodeIsDocumented() throws IOException {
    Map<String, String> defined = DocumentedCodes.definedBeside(RenderCodes.class);
    assertTrue(defined.containsKey(RenderCodes.UNSAFE_LINK), "the scan finds RenderCodes");
    Path doc = Path.of("..", "docs", "diagnostics.md");
    Map<String, String> missing = new TreeMap<>(defined);
    missing.keySet().removeAll(DocumentedCodes.listedIn(doc));
    assertEquals(Map.of(), missing, "codes missing from " + doc + " (code=constant)");
  }
}
