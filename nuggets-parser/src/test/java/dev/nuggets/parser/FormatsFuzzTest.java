package dev.nuggets.parser;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes format detection and every registered parser at once against {@link ParserContract}: detection runs each
 * format's {@code confidence} on the input, then each format reads it. Formats added later are fuzzed here without
 * a line of change; each also has its own fuzz test beside it. The inputs in {@code FormatsFuzzTestInputs/
 * everyFormat/} (a small sample of each format, and every input that ever found a bug) replay in every build.
 */
class FormatsFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void everyFormat(byte[] input) {
    ParserContract.checkEveryFormat(input);
  }
}
