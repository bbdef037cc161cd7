package dev.nuggets.parser;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import java.util.Objects;

/**
 * Which format and kind of content an input was read as, and why: named by the caller, chosen by the input's file
 * extension, or recognised by its content.
 *
 * @param format the format
 * @param kind the kind of content read
 * @param how how the format was chosen
 * @param confidence the format's confidence in the input, 0 to 100 (100 when named)
 */
public record Detection(Format format, ContentKind kind, How how, int confidence) {

  /** How a format was chosen. */
  public enum How {
    /** The caller named it. */
    NAMED,
    /** The input's file extension belongs to it (and its content did not say otherwise). */
    EXTENSION,
    /** It was the most confident about the input's content. */
    CONTENT
  }

  public Detection {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(how, "how");
  }

  /**
   * Why this format, for people: {@code named}, {@code detected: .md extension}, {@code detected by content}.
   *
   * @param inputName the input's name, whose extension is quoted
   */
  public String reason(String inputName) {
    switch (how) {
      case NAMED:
        return "named";
      case EXTENSION:
        return "detected: ." + format.matchingExtension(inputName) + " extension";
      default:
        return "detected by content";
    }
  }
}
