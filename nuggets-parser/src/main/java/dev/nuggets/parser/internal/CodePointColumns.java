package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.SourcePosition;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The characters of a streamed input, passed through unchanged, keeping what turns an offset into the input into a
 * line:column as {@link dev.nuggets.parser.SourceText} gives it (lines end at LF, CR or CRLF; columns count code
 * points), for a streaming tokenizer that counts columns in UTF-16 units, as Jackson does.
 *
 * <p>Memory stays bounded: positions are asked for in input order, as a stream is read, and what lies before the
 * last position asked for (or more than {@value #WINDOW} characters behind the reading) is forgotten. Used by one
 * thread.
 */
public final class CodePointColumns extends CharFilter {
  /** How far behind the reading a position may still be asked for exactly. */
  static final int WINDOW = 64 * 1024;

  /** A line's start: its number, its offset, the surrogate pairs before it and the length of the line end before it. */
  private record LineStart(int line, long offset, long pairsBefore, int lineEnd) {}

  private final ArrayDeque<LineStart> lines = new ArrayDeque<>();
  /** Offsets of the low surrogates of the pairs not yet behind a position asked for. */
  private final ArrayDeque<Long> lows = new ArrayDeque<>();
  private long read;
  private long pairs;
  private long pairsForgotten;
  private int line = 1;
  private char previous;
  private boolean ended;

  public CodePointColumns(Reader in) {
    super(in);
    lines.add(new LineStart(1, 0, 0, 0));
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    ended |= n < 0;
    for (int i = 0; i < n; i++) {
      see(buffer[offset + i]);
    }
    forgetBehind(read - WINDOW);
    return n;
  }

  private void see(char c) {
    long at = read++;
    if (c == '\n' && previous == '\r') {
      LineStart crStart = lines.removeLast(); // a CRLF ends one line: the next starts after the LF
      lines.addLast(new LineStart(crStart.line(), at + 1, crStart.pairsBefore(), 2));
    } else if (c == '\n' || c == '\r') {
      lines.addLast(new LineStart(++line, at + 1, pairs, 1));
    } else if (Character.isLowSurrogate(c) && Character.isHighSurrogate(previous)) {
      pairs++;
      lows.addLast(at);
    }
    previous = c;
  }

  /**
   * The line:column, column in code points, of what a tokenizer reports at {@code line} and {@code column} counted
   * in UTF-16 units from 1 (as Jackson does; its line numbers are these, and its character offsets are not always
   * right near the end of its buffer). Falls back to the column as given for a line no longer known.
   */
  public SourcePosition position(int line, int column) {
    if (line < 1 || column < 1) {
      return SourcePosition.START;
    }
    if (ended && column == 1 && lines.size() > 1 && lines.getLast().line() == line && lines.getLast().offset() == read) {
      // The end of an input whose last line has a line end: the text has no line after it, so it is the end of that
      // last line, as SourceText has it.
      Iterator<LineStart> back = lines.descendingIterator();
      LineStart after = back.next();
      LineStart last = back.next();
      long end = after.offset() - after.lineEnd();
      forgetPairsBefore(end);
      long pairsOnLine = Math.max(0, pairsForgotten - last.pairsBefore());
      return SourcePosition.of(last.line(), (int) Math.max(1, end - last.offset() - pairsOnLine + 1));
    }
    while (lines.size() > 1 && lines.getFirst().line() < line) {
      lines.removeFirst();
    }
    LineStart start = lines.getFirst();
    if (start.line() != line) {
      return SourcePosition.of(line, column); // asked out of order, or too far behind the reading
    }
    long offset = start.offset() + column - 1;
    forgetPairsBefore(offset);
    long pairsOnLine = Math.max(0, pairsForgotten - start.pairsBefore());
    return SourcePosition.of(line, (int) Math.max(1, column - pairsOnLine));
  }

  private void forgetPairsBefore(long offset) {
    while (!lows.isEmpty() && lows.getFirst() < offset) {
      lows.removeFirst();
      pairsForgotten++;
    }
  }

  /** Forgets the pairs and the lines wholly before {@code offset}. */
  private void forgetBehind(long offset) {
    forgetPairsBefore(offset);
    while (lines.size() > 1 && second().offset() <= offset) {
      lines.removeFirst();
    }
  }

  private LineStart second() {
    var it = lines.iterator();
    it.next();
    return it.next();
  }
}
