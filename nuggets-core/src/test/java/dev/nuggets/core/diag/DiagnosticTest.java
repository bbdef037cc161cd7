package dev.nuggets.core.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @org.junit.jupiter.api.Test
  void formatsOneLineThatCannotDriveATerminal() {
    Diagnostic d =
        Diagnostic.of(
            Severity.WARNING, "text.x", "quoted \u001B]0;pwned\u0007 and \u001B[2J, \u202Eevil, line\nbreak",
            SourcePosition.of(3, 4));
    String line = d.format("page\u001B[31m.txt");
    assertTrue(line.chars().noneMatch(c -> c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)),
        line);
    assertTrue(line.contains("\\u001B]0;pwned\\u0007"), line);
    assertTrue(line.startsWith("page\\u001B[31m.txt:3:4: warning: text.x"), line);
    assertTrue(d.toString().contains("\\u202Eevil"), d.toString());
  }
}
