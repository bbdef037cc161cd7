package dev.nuggets.parser.text;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.nuggets.core.Episode;
import dev.nuggets.core.formats.TextFormat;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.ParserContract;
import dev.nuggets.parser.Parsers;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fuzzes the {@code text} parser against {@link ParserContract}, and checks that it loses nothing
 * ({@link TextNothingLostTest}) on every input that holds no line an app-promo block could be made of. In a normal
 * build the inputs in {@code TextParserFuzzTestInputs/parse/} (sample pages and every input that ever found a bug)
 * replay as tests; the command in the README's "Fuzzing" section fuzzes for real, for five minutes unless
 * {@code JAZZER_MAX_DURATION} says otherwise; a crashing input is written into that folder.
 */
class TextParserFuzzTest {
  private static final Parsers PARSERS = Parsers.discover();

  @FuzzTest(maxDuration = "5m")
  void parse(byte[] input) {
    ParserContract.check(TextFormat.FORMAT.name(), input);
    String text = new String(input, StandardCharsets.UTF_8);
    if (!mayHoldPromo(text)) {
      ParseResult<Episode> result = PARSERS.readEpisode(Input.ofText(text), TextFormat.FORMAT.name());
      TextNothingLostTest.NOTHING_LOST.check("fuzz input", text, result, line -> false);
    }
  }

  /**
   * Whether any line could belong to a promo block, which the parser drops by design: a generous test-side
   * over-approximation (store and app words, or a bullet followed by something other than a letter or digit).
   */
  private static boolean mayHoldPromo(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("store") || lower.contains("google") || lower.contains("available") || lower.contains("discover")
        || lower.contains("download")) {
      return true;
    }
    for (String line : lower.split("\r\n|\r|\n", -1)) {
      String stripped = Spaces.strip(line);
      if (stripped.length() >= 2 && "-•*–".indexOf(stripped.charAt(0)) >= 0) {
        int next = Spaces.skip(stripped, 1);
        if (next < stripped.length() && !Character.isLetterOrDigit(stripped.codePointAt(next))) {
          return true;
        }
      }
    }
    return false;
  }
}
