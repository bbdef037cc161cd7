package dev.nuggets.parser.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.parser.ParserContract;

/**
 * Fuzzes the {@code text} parser against {@link ParserContract}. In a normal build the inputs in
 * {@code TextParserFuzzTestInputs/parse/} (sample pages and every input that ever found a bug) replay as tests;
 * {@code JAZZER_FUZZ=1 mvn -B test -pl nuggets-parser -Dtest='TextParserFuzzTest#parse'} fuzzes for real
 * for five minutes ({@code JAZZER_MAX_DURATION=30m} sets another time).
 */
class TextParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(TextParser.FORMAT, input);
  }
}
