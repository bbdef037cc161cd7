package dev.nuggets.parser.markdown;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.formats.MarkdownFormat;
import dev.nuggets.parser.ParserContract;

/**
 * Fuzzes the {@code markdown} parser against {@link ParserContract}. In a normal build the inputs in
 * {@code MarkdownParserFuzzTestInputs/parse/} (sample documents and every input that ever found a bug) replay as tests; the command in
 * the README's "Fuzzing" section fuzzes for real, and a crashing input is written into that folder.
 */
class MarkdownParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(MarkdownFormat.FORMAT.name(), input);
  }
}
