package dev.nuggets.render.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/** A {@link Writer} over any {@link Appendable}, for libraries that write only to writers. */
public final class AppendableWriter extends Writer {
  private final Appendable out;

  public AppendableWriter(Appendable out) {
    this.out = out;
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out.append(CharBuffer.wrap(buffer, offset, length));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.append(text, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
