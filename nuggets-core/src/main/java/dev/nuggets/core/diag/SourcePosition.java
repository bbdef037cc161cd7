package dev.nuggets.core.diag;

/**
 * A place in a parser's input: a 1-based line and a 1-based column. Columns count Unicode code points, so an emoji
 * is one column, as an editor shows it.
 *
 * @param line the line, from 1
 * @param column the column, from 1
 */
public record SourcePosition(int line, int column) implements Comparable<SourcePosition> {

  /** The start of the input. */
  public static final SourcePosition START = new SourcePosition(1, 1);

  public SourcePosition {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column start at 1, got " + line + ":" + column);
    }
  }

  /** The position at {@code line:column}. */
  public static SourcePosition of(int line, int column) {
    return new SourcePosition(line, column);
  }

  @Override
  public int compareTo(SourcePosition other) {
    return line != other.line ? Integer.compare(line, other.line) : Integer.compare(column, other.column);
  }

  /** {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
