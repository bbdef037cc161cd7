package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.InputPrefix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How sure the text format is about an input. Detection asks it with the start of the input only (at most
 * {@link InputPrefix#MAX_CHARS} characters), so a huge input costs no more than a small one. Text can read any prose,
 * so it answers low rather than 0, but 0 for what is clearly another format: markup, JSON, WebVTT, SRT.
 */
class TextConfidenceTest {
  private static final TextParser TEXT = new TextParser();

  private static int confidence(String text) {
    return TEXT.confidence(ContentKind.EPISODE, InputPrefix.of("<stdin>", text));
  }

  @Test
  void aPageWithItsHeadingsIsLikely() {
    assertEquals(80, confidence("A Title\nKey takeaways\nOne.\n"));
    assertEquals(80, confidence("A Title\n  TABLE   OF CONTENTS \n• A\n"));
  }

  @Test
  void aHeadingPastTheFirstTwoHundredLinesIsNotLookedFor() {
    assertEquals(5, confidence("line\n".repeat(200) + "Key takeaways\n"));
  }

  @Test
  void anythingElseIsBarelyLikely() {
    assertEquals(5, confidence("Just some words."));
    assertEquals(5, confidence("{ this is a brace in prose, not JSON }"));
    assertEquals(5, confidence("<- an arrow, not markup"));
  }

  /** Once text read anything, JSON included (confidence 1); now it refuses what another format would read. */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "{\"title\": \"x\"}",
        "[1, 2, 3]",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"/>",
        "<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>",
        "<!DOCTYPE html><p>x</p>",
        "<p>A paragraph.</p>",
        "WEBVTT\n\n00:00.000 --> 00:01.000\nHello",
        "1\n00:00:00,000 --> 00:00:01,000\nHello\n",
        "  \n\uFEFF{\"a\": 1}"
      })
  void anotherFormatIsRefused(String text) {
    assertEquals(0, confidence(text));
  }

  @Test
  void aHugeInputIsJudgedByItsStart() {
    assertEquals(5, confidence("{" + " ".repeat(4_000_000)), "a brace and 4 MB of space: no JSON value in its start");
    assertEquals(0, confidence("{\"a\":" + " ".repeat(4_000_000) + "1}"));
    assertEquals(80, confidence("A Title\nKey takeaways\n" + "word ".repeat(1_000_000)));
  }
}
