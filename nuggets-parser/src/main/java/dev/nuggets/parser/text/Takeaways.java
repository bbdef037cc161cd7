package dev.nuggets.parser.text;

import dev.nuggets.core.Takeaway;

/**
 * Reads one takeaway line. A leading "•" bullet is dropped. A short lead-in followed by ": " becomes the label, as
 * in "Planning Beats Guessing: the guest explains why..." when it looks like a label rather than the start of a
 * sentence: at most three words, or up to {@value #MAX_LABEL_WORDS} words in title case; no sentence punctuation;
 * some text after it. "Coral bleaching is a stress response: when..." stays one unlabelled sentence.
 */
final class Takeaways {
  static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_PLAIN_LABEL_WORDS = 3;
  private static final int MAX_LABEL_LENGTH = 80;

  private Takeaways() {}

  static Takeaway read(String line) {
    String text = line;
    if (text.charAt(0) == '•') {
      String rest = Spaces.strip(text.substring(1));
      if (!rest.isEmpty()) {
        text = rest;
      }
    }
    int colon = text.indexOf(": ");
    if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
      String label = Spaces.strip(text.substring(0, colon));
      String body = Spaces.strip(text.substring(colon + 1));
      if (isLabel(label) && !body.isEmpty()) {
        return Takeaway.builder().label(label).text(body).build();
      }
    }
    return Takeaway.of(text);
  }

  /** Whether {@code label} can be written as a takeaway label and read back as one. */
  static boolean isLabel(String label) {
    if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.charAt(0) == '•') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != ' ' && (".!?:;\"“”".indexOf(c) >= 0 || Spaces.isSpace(c))) {
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
}
