package dev.nuggets.parser.srt;

import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.internal.Tally;
import java.util.Locale;
import java.util.Set;

/**
 * A SubRip cue's text with its formatting taken out: the tags players know ({@code <i>}, {@code <b>}, {@code <u>},
 * {@code <font ...>}, {@code <s>}) and override blocks ({@code {\an8}}). Other text, a lone {@code <} included, is
 * kept as it is: SubRip has no escapes. Plain scanning, linear in the text.
 */
final class SrtText {
  private static final Set<String> TAGS = Set.of("i", "b", "u", "s", "font");
  private static final int MAX_TAG = 200;

  private SrtText() {}

  static String plain(String text, Tally tally, SourcePosition at) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      int end = c == '<' ? tagEnd(text, i) : c == '{' ? overrideEnd(text, i) : -1;
      if (end > 0) {
        tally.add(Severity.INFO, SrtCodes.NOT_IN_MODEL,
            "formatting tags have no place in the model; dropped, their text kept", at);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Where a known formatting tag that starts at {@code i} ends (after its {@code >}), or -1. */
  private static int tagEnd(String text, int i) {
    int from = i + 1 < text.length() && text.charAt(i + 1) == '/' ? i + 2 : i + 1;
    int nameEnd = from;
    while (nameEnd < text.length() && nameEnd - from < 5 && Character.isLetter(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (!TAGS.contains(text.substring(from, nameEnd).toLowerCase(Locale.ROOT))) {
      return -1;
    }
    for (int j = nameEnd; j < text.length() && j - i < MAX_TAG; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j == nameEnd || text.charAt(nameEnd) == ' ' ? j + 1 : -1;
      }
      if (c == '<' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }

  /** Where an override block {@code {\...}} that starts at {@code i} ends, or -1. */
  private static int overrideEnd(String text, int i) {
    if (i + 1 >= text.length() || text.charAt(i + 1) != '\\') {
      return -1;
    }
    for (int j = i + 2; j < text.length() && j - i < MAX_TAG; j++) {
      char c = text.charAt(j);
      if (c == '}') {
        return j + 1;
      }
      if (c == '{' || c == '\n') {
        return -1;
      }
    }
    return -1;
  }
}
