package dev.nuggets.parser.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that looks at (or changes) every character on its way through {@link #read(char[], int, int)}: the one
 * method a subclass writes. The single-character read and {@link #skip(long)} go through it too, so no character
 * ever passes unseen, and mark/reset is not offered (a character cannot be seen twice).
 */
public abstract class CharFilter extends FilterReader {
  /** A filter of the characters of {@code in}. */
  protected CharFilter(Reader in) {
    super(in);
  }

  @Override
  public abstract int read(char[] buffer, int offset, int length) throws IOException;

  @Override
  public final int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public final long skip(long n) throws IOException {
    char[] buffer = new char[(int) Math.min(n, 8192)];
    long skipped = 0;
    while (skipped < n) {
      int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
      if (read < 0) {
        break;
      }
      skipped += read;
    }
    return skipped;
  }

  @Override
  public final boolean markSupported() {
    return false;
  }
}
