package dev.nuggets.parser;

import dev.nuggets.parser.internal.Inputs;
import java.io.IOException;
import java.io.Reader;

/**
 * A streaming format's input: the decoded characters of one input, read once, from its start (a leading byte order
 * mark removed). The characters arrive as they are read, so a format can read a feed of any size in constant
 * memory; one that needs the whole text at once calls {@link #readAll()}. Size limits are applied as the characters
 * are read: past {@link ParseLimits#maxInputSize()} the reader fails with an {@link java.io.IOException} that the
 * parse reports as {@code limit.input-size}.
 */
public final class CharInput {
  private final String name;
  private final Reader reader;

  CharInput(String name, Reader reader) {
    this.name = name;
    this.reader = reader;
  }

  /** The input's name, as diagnostics use it. */
  public String name() {
    return name;
  }

  /** The characters. Read it once; the parse closes it. */
  public Reader reader() {
    return reader;
  }

  /** The rest of the characters as one text, with the line structure diagnostics need. */
  public SourceText readAll() throws IOException {
    return SourceText.read(name, Inputs.readAll(reader));
  }

  @Override
  public String toString() {
    return "CharInput[" + name + "]";
  }
}
