package dev.nuggets.render.internal;

import dev.nuggets.core.Takeaway;
import java.util.Optional;

/**
 * Takeaways written one a line as {@code Label: text}, and the rule that reads such a line back: the {@code text}
 * format's ({@code TextParser.takeaway} in nuggets-parser, mirrored here because renderers do not depend on
 * parsers). The {@code text} renderer writes its takeaways this way and so does the {@code jsonld} renderer's
 * {@code abstract}; both use this class to say which takeaways will not read back as written.
 */
public final class TakeawayLines {
  private static final int MAX_LABEL_LENGTH = 80;
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_PLAIN_LABEL_WORDS = 3;

  private TakeawayLines() {}

  /** {@code Label: text}, or the text alone. */
  public static String line(Takeaway takeaway) {
    return takeaway.label().map(label -> label + ": " + takeaway.text()).orElse(takeaway.text());
  }

  /**
   * Why the takeaway's line reads back as another takeaway (its time aside), or empty when it reads back equal: a
   * label that does not read as one, a lead-in that does, a leading "•", a line break, or space at the ends that
   * the reader strips.
   */
  public static Optional<String> whyNotReadBack(Takeaway takeaway) {
    String text = takeaway.text();
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
        || takeaway.label().filter(label -> label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0).isPresent()) {
      return Optional.of("a line break splits it into more than one takeaway");
    }
    if (!strip(text).equals(text) || takeaway.label().filter(label -> !strip(label).equals(label)).isPresent()) {
      return Optional.of("space at the ends of its label or text is not kept");
    }
    if (takeaway.label().isPresent()) {
      return isLabel(takeaway.label().get())
          ? Optional.empty()
          : Optional.of("its label does not read as one (at most 80 characters, three words or eight in title case,"
              + " no sentence punctuation)");
    }
    if (text.charAt(0) == '•' && !strip(text.substring(1)).isEmpty()) {
      return Optional.of("a leading \"•\" reads as a bullet");
    }
    return hasLabelLeadIn(text) ? Optional.of("its lead-in reads as a label") : Optional.empty();
  }

  /** Whether an unlabelled line starts with a lead-in and ": " that the reader takes for a label. */
  public static boolean hasLabelLeadIn(String line) {
    int colon = line.indexOf(": ");
    return colon > 0
        && colon <= MAX_LABEL_LENGTH
        && isLabel(strip(line.substring(0, colon)))
        && !strip(line.substring(colon + 1)).isEmpty();
  }

  /**
   * Whether {@code label} reads back as a label: at most 80 characters, no sentence punctuation or odd space, and at
   * most three words, or up to eight in title case.
   */
  public static boolean isLabel(String label) {
    if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.charAt(0) == '•') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != ' ' && (".!?:;\"“”".indexOf(c) >= 0 || isSpace(c))) {
        return false;
      }
    }
    String[] words = label.split(" ", -1);
    if (words.length <= MAX_PLAIN_LABEL_WORDS) {
      return true;
    }
    if (words.length > MAX_LABEL_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** White space as the text format's reader sees it: Unicode spaces, NBSP and zero-width characters. */
  public static boolean isSpace(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\u200C'
        || c == '\u200D'
        || c == '\u2060'
        || c == '\uFEFF'
        || c == '\u180E';
  }

  /** {@code s} without {@linkplain #isSpace space} at either end. */
  public static String strip(String s) {
    int start = 0;
    while (start < s.length() && isSpace(s.charAt(start))) {
      start++;
    }
    int end = s.length();
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }
}
