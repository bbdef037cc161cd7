package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.parser.SourceText;
import org.junit.jupiter.api.Test;

/** How sure the text format is about an input; detection calls this with the whole input, whatever its size. */
class TextConfidenceTest {
  private static final TextParser TEXT = new TextParser();

  @Test
  void aPageWithItsHeadingsIsLikely() {
    assertEquals(80, TEXT.confidence(SourceText.of("A Title\nKey takeaways\nOne.\n")));
    assertEquals(80, TEXT.confidence(SourceText.of("A Title\n  TABLE   OF CONTENTS \n• A\n")));
  }

  @Test
  void aHeadingPastTheFirstTwoHundredLinesIsNotLookedFor() {
    assertEquals(5, TEXT.confidence(SourceText.of("line\n".repeat(200) + "Key takeaways\n")));
  }

  @Test
  void jsonIsUnlikelyAndAnythingElseBarelyLikely() {
    assertEquals(1, TEXT.confidence(SourceText.of("{\"title\": \"x\"}")));
    assertEquals(1, TEXT.confidence(SourceText.of("{" + " ".repeat(4_000_000))));
    assertEquals(5, TEXT.confidence(SourceText.of("Just some words.")));
  }
}
