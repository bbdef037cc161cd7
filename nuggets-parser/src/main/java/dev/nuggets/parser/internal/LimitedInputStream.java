package dev.nuggets.parser.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Bytes up to a limit: reading past it fails with {@link InputTooLargeException}, so a huge input costs no more. */
public final class LimitedInputStream extends FilterInputStream {
  private final long max;
  private long count;

  public LimitedInputStream(InputStream in, long max) {
    super(in);
    this.max = max;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      counted(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      counted(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    counted(skipped);
    return skipped;
  }

  private void counted(long n) throws InputTooLargeException {
    count += n;
    if (count > max) {
      throw new InputTooLargeException(max, "bytes");
    }
  }

  /** A stream that is not closed with this one: the caller's own stream stays open. */
  public static InputStream unclosable(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public void close() {}
    };
  }
}
