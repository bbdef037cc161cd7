package dev.nuggets.core.text;

/**
 * The ends of a text at which a start time may be read: both, unless the markup says that the characters at an end
 * are text (Markdown's backslash escapes and character references, as the {@code markdown} renderer writes them for
 * text that would otherwise read as a time).
 */
public record TimeEdges(boolean start, boolean end) {
  public static final TimeEdges BOTH = new TimeEdges(true, true);

  /** These edges for the first line of a text split into lines: its end is no longer the text's end. */
  public TimeEdges firstLine() {
    return new TimeEdges(start, true);
  }

  /** These edges for the last line of a text split into lines. */
  public TimeEdges lastLine() {
    return new TimeEdges(true, end);
  }
}
