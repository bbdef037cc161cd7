package dev.nuggets.parser;

import java.util.Locale;

/**
 * The start of an input, as formats see it during detection: at most {@value #MAX_CHARS} characters (a leading byte
 * order mark removed) and the input's name. A format's {@link FormatParser#confidence} looks at nothing else, so
 * detection costs the same however large the input.
 */
public final class InputPrefix {
  /** How many characters detection looks at. */
  public static final int MAX_CHARS = 64 * 1024;

  private final String name;
  private final SourceText source;
  private final boolean whole;

  InputPrefix(String name, String text, boolean whole) {
    this.name = name;
    this.source = SourceText.read(name, text);
    this.whole = whole;
  }

  /** A prefix of {@code text} (all of it when short), for tests and tools; a leading byte order mark is removed. */
  public static InputPrefix of(String name, String text) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    boolean whole = t.length() <= MAX_CHARS;
    return new InputPrefix(name, whole ? t : t.substring(0, MAX_CHARS), whole);
  }

  /** The input's name ({@code page.md}, {@code <stdin>}). */
  public String name() {
    return name;
  }

  /** The input's name in lower case, to compare extensions with. */
  public String lowerCaseName() {
    return name.toLowerCase(Locale.ROOT);
  }

  /** The characters. */
  public String text() {
    return source.text();
  }

  /** The characters with their lines. */
  public SourceText source() {
    return source;
  }

  /** Whether this is the whole input rather than its start. */
  public boolean isWhole() {
    return whole;
  }

  /** The text after any leading white space (and byte order marks): where a document's first token starts. */
  public String afterLeadingSpace() {
    String text = source.text();
    int i = 0;
    while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return text.substring(i);
  }

  @Override
  public String toString() {
    return "InputPrefix[" + name + ", " + source.length() + " chars" + (whole ? ", whole" : "") + "]";
  }
}
