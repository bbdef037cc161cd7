package dev.nuggets.parser.html;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.formats.HtmlFormat;
import dev.nuggets.parser.ParserContract;

/**
 * Fuzzes the {@code html} parser against {@link ParserContract}. In a normal build the inputs in
 * {@code HtmlParserFuzzTestInputs/parse/} (sample documents and every input that ever found a bug) replay as tests; the command in
 * the README's "Fuzzing" section fuzzes for real, and a crashing input is written into that folder.
 */
class HtmlParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(HtmlFormat.FORMAT.name(), input);
  }
}
