package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.diag.SourcePosition;
import org.junit.jupiter.api.Test;

class SourceTextTest {
  @Test
  void linesEndAtLfCrAndCrlf() {
    SourceText text = SourceText.of("a\r\nb\rc\nd");
    assertEquals(4, text.lineCount());
    assertEquals("b", text.line(2));
    assertEquals("d", text.line(4));
  }

  @Test
  void aFinalLineEndAddsNoLineAndEmptyTextHasOne() {
    assertEquals(1, SourceText.of("a\n").lineCount());
    assertEquals(1, SourceText.of("").lineCount());
    assertEquals(3, SourceText.of("\n\n").lineCount() + 1);
  }

  @Test
  void columnsCountCodePointsAndTheBomIsNotText() {
    SourceText text = SourceText.of("\uFEFF😀😀x\nsecond");
    assertEquals(SourcePosition.of(1, 3), text.position(text.text().indexOf('x')));
    assertEquals(SourcePosition.of(2, 1), text.position(text.text().indexOf('s')));
    assertEquals(SourcePosition.of(1, 3), text.position(1, 4));
  }
}
