package dev.nuggets.parser.internal;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Characters up to a limit (reading past it fails with {@link InputTooLargeException}), with one leading byte order
 * mark dropped, as every input's characters are.
 */
public final class LimitedReader extends FilterReader {
  private final long max;
  private final boolean closeUnderlying;
  private long count;
  private boolean started;

  /**
   * @param max the most characters, or {@link Long#MAX_VALUE} for no limit (bytes limited already)
   * @param closeUnderlying whether closing this closes {@code in} (not for a caller's own reader)
   */
  public LimitedReader(Reader in, long max, boolean closeUnderlying) {
    super(in);
    this.max = max;
    this.closeUnderlying = closeUnderlying;
  }

  @Override
  public int read() throws IOException {
    char[] one = new char[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0];
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    int n = in.read(buffer, offset, length);
    if (n > 0 && !started) {
      started = true;
      if (buffer[offset] == '\uFEFF') {
        System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
        n--;
        if (n == 0) {
          return read(buffer, offset, length);
        }
      }
    }
    if (n > 0) {
      count += n;
      if (count > max) {
        throw new InputTooLargeException(max, "characters");
      }
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
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
  public boolean markSupported() {
    return false;
  }

  @Override
  public void close() throws IOException {
    if (closeUnderlying) {
      in.close();
    }
  }
}
