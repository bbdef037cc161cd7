package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.diag.SourcePosition;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Columns are found in constant time from counts kept while the text is scanned (so reporting every entry of a
 * multi-megabyte line stays linear); they must equal what {@link String#codePointCount} gives, for astral characters,
 * lone surrogates and lines longer than the counts' spacing.
 */
class SourceTextColumnsTest {
  private static final String[] PIECES = {"a", "😀", "\uD83D", "\uDE00", "\n", "\r\n", "\r", "é", "x".repeat(700)};

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 60);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void columnsAreCodePointCounts(long seed) {
    Random random = new Random(seed);
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    SourceText source = SourceText.of(text.toString());
    String s = source.text();
    for (int offset = 0; offset <= s.length(); offset += 1 + random.nextInt(7)) {
      int line = source.lineOf(offset);
      int start = source.lineStart(line);
      int end = Math.min(offset, source.lineEnd(line));
      SourcePosition expected = SourcePosition.of(line, s.codePointCount(start, Math.max(start, end)) + 1);
      int at = offset;
      assertEquals(expected, source.position(offset), () -> "seed " + seed + ", offset " + at);
      int index = end - start;
      assertEquals(expected, source.position(line, index), () -> "seed " + seed + ", line " + line + " index " + index);
    }
  }
}
