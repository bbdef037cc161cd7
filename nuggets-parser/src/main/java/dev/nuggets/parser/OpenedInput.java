package dev.nuggets.parser;

import dev.nuggets.parser.internal.DecodingReader;
import dev.nuggets.parser.internal.Inputs;
import dev.nuggets.parser.internal.LimitedInputStream;
import dev.nuggets.parser.internal.LimitedReader;
import dev.nuggets.parser.internal.NulReplacingReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * One read of an {@link Input}: its characters decoded and size-limited as they are read, with the start held back
 * for detection and then handed out again, so that detection and reading see the same characters and the input is
 * read only once.
 */
final class OpenedInput implements Closeable {
  private final String name;
  private final Reader reader;
  private final InputPrefix prefix;

  private OpenedInput(String name, Reader chars) throws IOException {
    this.name = name;
    char[] start = new char[InputPrefix.MAX_CHARS];
    int length = 0;
    boolean whole = false;
    while (length < start.length) {
      int n = chars.read(start, length, start.length - length);
      if (n < 0) {
        whole = true;
        break;
      }
      length += n;
    }
    this.prefix = new InputPrefix(name, new String(start, 0, length), whole);
    this.reader = new ReplayReader(start, length, chars);
  }

  /** Opens the input under the limits; decoding problems are reported to {@code context} as they are read. */
  static OpenedInput open(Input input, ParseLimits limits, ParseContext context) throws IOException {
    Input.Source source = input.source();
    long max = limits.maxInputSize();
    Reader chars;
    if (source instanceof Input.PathSource path) {
      // No up-front check of the file's size: like a stream's, a file's bytes are counted as they are read, so that
      // a feed larger than the limit ends with the episodes before it, and a document fails at the limit.
      chars = decoded(path.open(), max, context);
    } else if (source instanceof Input.BytesSource bytes) {
      chars = decoded(bytes.open(), max, context);
    } else if (source instanceof Input.StreamSource stream) {
      chars = decoded(LimitedInputStream.unclosable(stream.in()), max, context);
    } else if (source instanceof Input.TextSource text) {
      chars = new LimitedReader(text.open(), max, true);
    } else {
      chars = new LimitedReader(((Input.ReaderSource) source).in(), max, false);
    }
    chars = new NulReplacingReader(chars, context);
    try {
      return new OpenedInput(input.name(), chars);
    } catch (IOException | RuntimeException e) {
      chars.close();
      throw e;
    }
  }

  private static Reader decoded(InputStream bytes, long max, ParseContext context) {
    return new LimitedReader(new DecodingReader(new LimitedInputStream(bytes, max), context), Long.MAX_VALUE, true);
  }

  /** The start of the input, for detection. */
  InputPrefix prefix() {
    return prefix;
  }

  /** The characters from the start, for a streaming format. */
  CharInput chars() {
    return new CharInput(name, reader);
  }

  /** All the characters, from the start. */
  SourceText readAll() throws IOException {
    return SourceText.read(name, Inputs.readAll(reader));
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }

  /** The held-back start, then the rest. */
  private static final class ReplayReader extends Reader {
    private char[] start;
    private final int length;
    private int position;
    private final Reader rest;

    ReplayReader(char[] start, int length, Reader rest) {
      this.start = start;
      this.length = length;
      this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
      if (count == 0) {
        return 0;
      }
      if (position < length) {
        int n = Math.min(count, length - position);
        System.arraycopy(start, position, buffer, offset, n);
        position += n;
        if (position == length) {
          start = new char[0]; // the start is not needed again: let it go
        }
        return n;
      }
      return rest.read(buffer, offset, count);
    }

    @Override
    public void close() throws IOException {
      rest.close();
    }
  }
}
