package dev.nuggets.parser.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Arrays;
import java.util.Optional;

/** Reads whole inputs into memory, stopping one unit past a size limit so that a huge input costs no more. */
public final class Inputs {
  private Inputs() {}

  /** The bytes of {@code in}, or empty when it holds more than {@code max} bytes. */
  public static Optional<byte[]> readBytes(InputStream in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    byte[] buffer = new byte[(int) Math.min(cap + 1L, 64 * 1024)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length > cap) {
          return Optional.empty();
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(cap + 1L, (long) buffer.length * 2));
      }
      int read = in.read(buffer, length, buffer.length - length);
      if (read < 0) {
        break;
      }
      length += read;
    }
    return length > cap ? Optional.empty() : Optional.of(Arrays.copyOf(buffer, length));
  }

  /** The characters of {@code in}, or empty when it holds more than {@code max} characters. */
  public static Optional<String> readChars(Reader in, long max) throws IOException {
    int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[8192];
    int read;
    while ((read = in.read(buffer)) >= 0) {
      out.append(buffer, 0, read);
      if (out.length() > cap) {
        return Optional.empty();
      }
    }
    return Optional.of(out.toString());
  }
}
