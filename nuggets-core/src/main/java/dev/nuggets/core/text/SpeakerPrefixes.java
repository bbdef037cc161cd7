package dev.nuggets.core.text;

import java.util.Optional;

/**
 * The {@code Name:} convention that transcripts (SubRip cues, HTML {@code <cite>}) use to say who speaks: a short name at the start of a
 * cue's text, then a colon and a space. Plain scanning, linear in the name.
 */
public final class SpeakerPrefixes {
  /** Longer prefixes are sentences, not names. */
  public static final int MAX_NAME_LENGTH = 40;

  private static final int MAX_WORDS = 4;

  private SpeakerPrefixes() {}

  /**
   * The length of the speaker prefix of {@code text} ({@code "Travis: "} is 8), or 0 when it has none: a name of
   * up to {@value #MAX_WORDS} words and {@value #MAX_NAME_LENGTH} characters that starts with a letter and holds
   * only letters, digits, spaces and {@code . ' ’ - &}, followed by a colon and a space or the end of the line.
   */
  public static int prefixLength(String text) {
    int colon = -1;
    int words = 1;
    for (int i = 0; i < text.length() && i <= MAX_NAME_LENGTH; i++) {
      char c = text.charAt(i);
      if (c == ':') {
        colon = i;
        break;
      }
      if (i == 0 ? !Character.isLetter(c) : !isNameChar(c)) {
        return 0;
      }
      if (c == ' ' && text.charAt(i - 1) != ' ' && ++words > MAX_WORDS) {
        return 0;
      }
    }
    if (colon < 1 || text.charAt(colon - 1) == ' ') {
      return 0;
    }
    if (colon + 1 == text.length() || text.charAt(colon + 1) == '\n') {
      return colon + 1;
    }
    return text.charAt(colon + 1) == ' ' ? colon + 2 : 0;
  }

  /** The speaker {@code text} starts with, by {@link #prefixLength}. */
  public static Optional<String> speaker(String text) {
    int length = prefixLength(text);
    return length == 0 ? Optional.empty() : Optional.of(text.substring(0, text.indexOf(':')));
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ' ' || c == '.' || c == '\'' || c == '\u2019' || c == '-'
        || c == '&';
  }
}
