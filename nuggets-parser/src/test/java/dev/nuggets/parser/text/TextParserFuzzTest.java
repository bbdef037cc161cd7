package dev.nuggets.parser.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.parser.ParserContract;

/**
 * Fuzzes the {@code text} parser against {@link ParserContract}. In a normal build the inputs in
 * {@code TextParserFuzzTestInputs/parse/} (sample pages and every input that ever found a bug) replay as tests;
 * the command in the README's "Fuzzing" section fuzzes for real, for five minutes unless
 * {@code JAZZER_MAX_DURATION} says otherwise; a crashing input is written into that folder.
 */
class TextParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(TextParser.FORMAT, input);
  }
}
