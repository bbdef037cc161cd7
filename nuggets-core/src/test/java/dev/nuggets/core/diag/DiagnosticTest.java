package dev.nuggets.core.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiagnosticTest {
  @Test
  void formatsLikeACompiler() {
    Diagnostic d = Diagnostic.of(Severity.WARNING, "text.toc-order", "out of order", SourcePosition.of(3, 14));
    assertEquals("page.txt:3:14: warning: text.toc-order out of order", d.format("page.txt"));
    assertEquals("3:14: warning: text.toc-order out of order", d.toString());
    assertEquals(
        "<stdin>: error: input.unreadable gone",
        Diagnostic.of(Severity.ERROR, "input.unreadable", "gone").format("<stdin>"));
  }

  @Test
  void positionsStartAtOne() {
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(0, 1));
    assertThrows(IllegalArgumentException.class, () -> SourcePosition.of(1, 0));
    assertEquals(-1, SourcePosition.of(1, 9).compareTo(SourcePosition.of(2, 1)));
  }
}
