package dev.nuggets.parser.jsonld;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.formats.JsonLdFormat;
import dev.nuggets.parser.ParserContract;

/**
 * Fuzzes the {@code jsonld} parser against {@link ParserContract}. In a normal build the inputs in
 * {@code JsonLdParserFuzzTestInputs/parse/} (sample documents and every input that ever found a bug) replay as tests; the command in
 * the README's "Fuzzing" section fuzzes for real, and a crashing input is written into that folder.
 */
class JsonLdParserFuzzTest {

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(JsonLdFormat.FORMAT.name(), input);
  }
}
