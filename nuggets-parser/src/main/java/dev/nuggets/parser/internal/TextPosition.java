package dev.nuggets.parser.internal;

/**
 * The line:column of the next character of a stream of characters, as diagnostics count them: lines end at LF, CR
 * or CRLF, columns count code points (a surrogate pair is one column), both from 1. Readers that report problems
 * while characters stream through keep one of these.
 */
final class TextPosition {
  private int line = 1;
  private int column = 1;
  private boolean afterCr;
  private boolean afterHighSurrogate;

  TextPosition() {}

  private TextPosition(TextPosition other) {
    line = other.line;
    column = other.column;
    afterCr = other.afterCr;
    afterHighSurrogate = other.afterHighSurrogate;
  }

  /** A position that moves on from this one without moving it. */
  TextPosition copy() {
    return new TextPosition(this);
  }

  /** Moves past {@code ch}. */
  void advance(char ch) {
    if (ch == '\n' && afterCr) {
      afterCr = false;
      return;
    }
    if (ch == '\n' || ch == '\r') {
      line++;
      column = 1;
      afterCr = ch == '\r';
      afterHighSurrogate = false;
    } else {
      afterCr = false;
      if (!(afterHighSurrogate && Character.isLowSurrogate(ch))) {
        column++;
      }
      afterHighSurrogate = Character.isHighSurrogate(ch);
    }
  }

  int line() {
    return line;
  }

  int column() {
    return column;
  }
}
