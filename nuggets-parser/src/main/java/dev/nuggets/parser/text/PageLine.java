package dev.nuggets.parser.text;

import dev.nuggets.core.text.Spaces;
/**
 * One non-blank line of a page, stripped of surrounding space.
 *
 * @param number the 1-based line number in the input
 * @param offset where {@code text} starts within the raw line, in UTF-16 units (for columns)
 * @param text the line's text without surrounding space
 * @param key the text folded for comparison ({@link Spaces#key})
 */
record PageLine(int number, int offset, String text, String key) {
  static PageLine of(int number, int offset, String text) {
    return new PageLine(number, offset, text, Spaces.lineKey(text));
  }
}
