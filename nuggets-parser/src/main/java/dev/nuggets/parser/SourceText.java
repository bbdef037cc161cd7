package dev.nuggets.parser;

import dev.nuggets.core.diag.SourcePosition;
import java.util.Arrays;
import java.util.Objects;

/**
 * A parser's input as decoded text, with the line structure needed to turn any offset into a 1-based
 * line:column. Lines end at LF, CR or CRLF; a leading byte order mark is not part of the text.
 *
 * <p>Instances are immutable. Creating one scans the text once; every lookup after that is O(1) or O(log lines),
 * columns included, however long the line.
 */
public final class SourceText {
  /** How many UTF-16 units apart the surrogate-pair counts are kept, so that a column costs O(1) to find. */
  private static final int CHECKPOINT = 1024;

  private final String name;
  private final String text;
  private final int[] lineStarts;
  private final int[] lineEnds;
  /** pairsBefore[k]: surrogate pairs that end before offset k * CHECKPOINT; empty when the text has none. */
  private final int[] pairsBefore;

  private SourceText(String name, String text) {
    this.name = name;
    this.text = text;
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = i;
        count++;
        if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    if (start < length || count == 0) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count + 1);
        ends = Arrays.copyOf(ends, count + 1);
      }
      starts[count] = start;
      ends[count] = length;
      count++;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
    this.lineEnds = Arrays.copyOf(ends, count);
    this.pairsBefore = countPairs(text);
  }

  private static int[] countPairs(String text) {
    int length = text.length();
    int[] checkpoints = new int[length / CHECKPOINT + 1];
    int pairs = 0;
    for (int block = 0; block < checkpoints.length; block++) {
      checkpoints[block] = pairs;
      int end = Math.min(length, (block + 1) * CHECKPOINT);
      for (int i = Math.max(1, block * CHECKPOINT); i < end; i++) {
        if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
          pairs++;
        }
      }
    }
    return pairs == 0 ? new int[0] : checkpoints;
  }

  /** Surrogate pairs that end before {@code offset}: one checkpoint and at most {@value #CHECKPOINT} characters. */
  private int pairsBefore(int offset) {
    if (pairsBefore.length == 0) {
      return 0;
    }
    int checkpoint = offset / CHECKPOINT * CHECKPOINT;
    int pairs = pairsBefore[offset / CHECKPOINT];
    for (int i = Math.max(1, checkpoint); i < offset; i++) {
      if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
        pairs++;
      }
    }
    return pairs;
  }

  /**
   * The code points from the start of a line to {@code end}, as {@link String#codePointCount} counts them (a pair
   * cut at {@code end} counts as one), in time independent of the line's length, so that reporting every entry of
   * a multi-megabyte line stays linear.
   */
  private int codePointsFromLineStart(int lineStart, int end) {
    return (end - lineStart) - (pairsBefore(end) - pairsBefore(lineStart));
  }

  /**
   * Text with a name for messages (a file name, or {@code <string>}). A leading U+FEFF byte order mark is dropped.
   */
  public static SourceText of(String name, String text) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    return new SourceText(name, text.startsWith("\uFEFF") ? text.substring(1) : text);
  }

  /** Text as an input's characters were read, a byte order mark already removed: nothing is dropped. */
  static SourceText read(String name, String text) {
    return new SourceText(name, text);
  }

  /** Text named {@code <string>}. */
  public static SourceText of(String text) {
    return of("<string>", text);
  }

  /** The input's name for messages. */
  public String name() {
    return name;
  }

  /** The whole text. */
  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  /** How many lines the text has; an empty text has one empty line, and a final line end adds none. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Line {@code number} (from 1) without its line end. */
  public String line(int number) {
    return text.substring(lineStart(number), lineEnd(number));
  }

  /** The offset in {@link #text()} where line {@code number} (from 1) starts. */
  public int lineStart(int number) {
    checkLine(number);
    return lineStarts[number - 1];
  }

  /** The offset in {@link #text()} where line {@code number} (from 1) ends, before its line end. */
  public int lineEnd(int number) {
    checkLine(number);
    return lineEnds[number - 1];
  }

  /** The length of line {@code number} in UTF-16 units, without its line end. */
  public int lineLength(int number) {
    return lineEnd(number) - lineStart(number);
  }

  /** The line (from 1) that holds {@code offset}; an offset in a line end belongs to the line it ends. */
  public int lineOf(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + text.length());
    }
    int index = Arrays.binarySearch(lineStarts, offset);
    return index >= 0 ? index + 1 : -index - 1;
  }

  /** The line:column of {@code offset}, the column counted in code points from 1. */
  public SourcePosition position(int offset) {
    int line = lineOf(offset);
    int start = lineStarts[line - 1];
    int end = Math.min(offset, Math.max(lineEnds[line - 1], start));
    return SourcePosition.of(line, codePointsFromLineStart(start, Math.max(start, end)) + 1);
  }

  /** The line:column of the {@code index}-th UTF-16 unit of line {@code line}. */
  public SourcePosition position(int line, int index) {
    int start = lineStart(line);
    int end = start + Math.max(0, Math.min(index, lineLength(line)));
    return SourcePosition.of(line, codePointsFromLineStart(start, end) + 1);
  }

  private void checkLine(int number) {
    if (number < 1 || number > lineStarts.length) {
      throw new IndexOutOfBoundsException("line " + number + " outside 1.." + lineStarts.length);
    }
  }

  @Override
  public String toString() {
    return "SourceText[" + name + ", " + text.length() + " chars, " + lineCount() + " lines]";
  }
}
