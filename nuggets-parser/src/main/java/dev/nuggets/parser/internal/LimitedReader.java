package dev.nuggets.parser.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters up to a limit (reading past it fails with {@link InputTooLargeException}), with one leading byte order
 * mark dropped, as every input's characters are.
 */
public final class LimitedReader extends CharFilter {
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
  public void close() throws IOException {
    if (closeUnderlying) {
      in.close();
    }
  }
}
