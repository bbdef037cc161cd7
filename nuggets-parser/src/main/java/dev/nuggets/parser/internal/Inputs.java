package dev.nuggets.parser.internal;

import java.io.IOException;
import java.io.Reader;

/** Reads an input's characters whole. */
public final class Inputs {
  private Inputs() {}

  /** Every character left in {@code in}; its size limit (a {@link LimitedReader}) applies as it is read. */
  public static String readAll(Reader in) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[16 * 1024];
    int read;
    while ((read = in.read(buffer)) >= 0) {
      out.append(buffer, 0, read);
    }
    return out.toString();
  }
}
