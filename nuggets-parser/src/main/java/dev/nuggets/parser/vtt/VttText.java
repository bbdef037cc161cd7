package dev.nuggets.parser.vtt;

import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.internal.Tally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A WebVTT cue's text: tags taken out (their text kept), character references decoded, and the text cut where the
 * voice changes, so that a cue with {@code <v Chris>...</v>} and {@code <v Kyle>...</v>} gives one part per voice.
 * Plain scanning, linear in the text.
 */
final class VttText {
  /** One voice's part of a cue. */
  record Part(Optional<String> speaker, String text) {}

  private static final int MAX_ENTITY = 10;

  private final Tally tally;
  private final SourcePosition at;
  private final List<Part> parts = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private Optional<String> voice = Optional.empty();

  private VttText(Tally tally, SourcePosition at) {
    this.tally = tally;
    this.at = at;
  }

  /** The cue text's parts, one per voice span; what cannot be kept is counted in {@code tally}. */
  static List<Part> parts(String payload, Tally tally, SourcePosition at) {
    VttText reader = new VttText(tally, at);
    reader.read(payload);
    return reader.parts;
  }

  private void read(String s) {
    int closeAt = 0;
    int openAt = 0;
    int i = 0;
    int length = s.length();
    while (i < length) {
      char c = s.charAt(i);
      if (c == '<') {
        // both searches only move forward, so a text of many lone '<' stays linear
        if (closeAt >= 0 && closeAt <= i) {
          closeAt = s.indexOf('>', i + 1);
        }
        if (openAt >= 0 && openAt <= i) {
          openAt = s.indexOf('<', i + 1);
        }
        int close = closeAt;
        if (close < 0 || (openAt >= 0 && openAt < close)) {
          text.append(c); // a lone '<' is text, as browsers read it
          i++;
          continue;
        }
        tag(s.substring(i + 1, close));
        i = close + 1;
      } else if (c == '&') {
        i = reference(s, i, text);
      } else {
        text.append(c);
        i++;
      }
    }
    flush();
  }

  private void tag(String tag) {
    if (tag.startsWith("/")) {
      if (tag.regionMatches(true, 1, "v", 0, 1) && (tag.length() == 2 || !Character.isLetter(tag.charAt(2)))) {
        flush();
        voice = Optional.empty();
      }
      return;
    }
    int nameEnd = 0;
    while (nameEnd < tag.length() && tag.charAt(nameEnd) != ' ' && tag.charAt(nameEnd) != '\t'
        && tag.charAt(nameEnd) != '.' && tag.charAt(nameEnd) != '\n') {
      nameEnd++;
    }
    String name = tag.substring(0, nameEnd).toLowerCase(Locale.ROOT);
    if (name.equals("v")) {
      flush();
      int annotation = tag.indexOf(' ', nameEnd);
      int tab = tag.indexOf('\t', nameEnd);
      if (annotation < 0 || (tab >= 0 && tab < annotation)) {
        annotation = tab;
      }
      if (tag.indexOf('.', nameEnd) == nameEnd) {
        tally.add(Severity.INFO, VttCodes.NOT_IN_MODEL, "voice classes have no place in the model; dropped", at);
      }
      String speaker = annotation < 0 ? "" : decode(tag.substring(annotation + 1)).strip();
      voice = speaker.isEmpty() ? Optional.empty() : Optional.of(speaker);
    } else {
      tally.add(
          Severity.INFO, VttCodes.NOT_IN_MODEL,
          "styling tags, class spans and timestamps in cue text have no place in the model; dropped, their text kept",
          at);
    }
  }

  private void flush() {
    String part = text.toString().strip();
    text.setLength(0);
    if (!part.isEmpty()) {
      parts.add(new Part(voice, part));
    }
  }

  /** Decodes the character reference at {@code i} into {@code text}; returns where reading goes on. */
  private static int reference(String s, int i, StringBuilder text) {
    int semicolon = -1;
    for (int j = i + 1; j < s.length() && j <= i + MAX_ENTITY; j++) {
      char c = s.charAt(j);
      if (c == ';') {
        semicolon = j;
        break;
      }
      if (!Character.isLetterOrDigit(c) && c != '#') {
        break;
      }
    }
    Optional<String> decoded = semicolon < 0 ? Optional.empty() : character(s.substring(i + 1, semicolon));
    if (decoded.isEmpty()) {
      text.append('&');
      return i + 1;
    }
    text.append(decoded.get());
    return semicolon + 1;
  }

  /** The text of a voice annotation, with its character references decoded. */
  private static String decode(String annotation) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < annotation.length()) {
      char c = annotation.charAt(i);
      if (c == '&') {
        i = reference(annotation, i, out);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The character a reference names ({@code amp}, {@code #38}, {@code #x26}); empty for an unknown one. */
  static Optional<String> character(String name) {
    switch (name) {
      case "amp":
        return Optional.of("&");
      case "lt":
        return Optional.of("<");
      case "gt":
        return Optional.of(">");
      case "quot":
        return Optional.of("\"");
      case "apos":
        return Optional.of("'");
      case "nbsp":
        return Optional.of("\u00A0");
      case "lrm":
        return Optional.of("\u200E");
      case "rlm":
        return Optional.of("\u200F");
      default:
        return numeric(name);
    }
  }

  private static Optional<String> numeric(String name) {
    if (name.length() < 2 || name.charAt(0) != '#') {
      return Optional.empty();
    }
    boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
    String digits = name.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > 7) {
      return Optional.empty();
    }
    try {
      int code = Integer.parseInt(digits, hex ? 16 : 10);
      if (code <= 0 || code > Character.MAX_CODE_POINT || (code >= 0xD800 && code <= 0xDFFF)) {
        return Optional.empty();
      }
      return Optional.of(new String(Character.toChars(code)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
