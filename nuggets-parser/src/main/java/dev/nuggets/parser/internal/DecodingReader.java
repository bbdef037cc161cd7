package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes decoded into characters as they are read: UTF-8, or UTF-16 or UTF-32 when a byte order mark says so. An
 * invalid sequence becomes U+FFFD and is reported once per line, at its line:column, as {@code input.invalid-utf8}
 * (or {@code input.invalid-encoding} for the other encodings); decoding never throws for bad bytes.
 *
 * <p>A byte order mark is decoded as U+FEFF, like any character, so that the characters of bytes and of the string
 * they decode to are the same; the input layer drops one leading U+FEFF for both.
 */
public final class DecodingReader extends Reader {
  private static final int BUFFER = 16 * 1024;

  private final InputStream in;
  private final ParseContext context;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
  private final CharBuffer chars = CharBuffer.allocate(BUFFER);
  private CharsetDecoder decoder;
  private Charset charset = StandardCharsets.UTF_8;
  private boolean sniffed;
  private boolean endOfInput;
  private boolean flushed;

  /** The position of the next character handed out, for diagnostics. */
  private final TextPosition position = new TextPosition();
  /** No character handed out yet: a leading U+FEFF takes no column (the input layer drops it). */
  private boolean atStart = true;

  // Invalid sequences on the current line, reported when the line ends or the input does.
  private int badLine;
  private int badColumn;
  private int badCount;

  public DecodingReader(InputStream in, ParseContext context) {
    this.in = in;
    this.context = context;
    this.decoder = newDecoder(StandardCharsets.UTF_8);
    chars.flip();
  }

  /** The encoding the bytes were decoded with: UTF-8 unless a byte order mark said otherwise. */
  public Charset charset() {
    return charset;
  }

  private static CharsetDecoder newDecoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        reportPending();
        return -1;
      }
    }
    int n = Math.min(length, chars.remaining());
    chars.get(buffer, offset, n);
    track(buffer, offset, n);
    return n;
  }

  /** Decodes more characters; false at the end of the input. */
  private boolean fill() throws IOException {
    if (flushed) {
      return false;
    }
    chars.clear();
    while (chars.position() == 0) {
      if (!endOfInput && bytes.position() < bytes.capacity()) {
        int n = in.read(bytes.array(), bytes.position(), bytes.capacity() - bytes.position());
        if (n < 0) {
          endOfInput = true;
        } else {
          bytes.position(bytes.position() + n);
        }
      }
      bytes.flip();
      if (!sniffed && (bytes.remaining() >= 4 || endOfInput)) {
        sniff();
      }
      if (!sniffed) {
        bytes.compact();
        continue;
      }
      decode();
      bytes.compact();
      if (endOfInput && bytes.position() == 0 && chars.position() == 0) {
        decoder.flush(chars);
        flushed = true;
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private void decode() {
    while (true) {
      CoderResult result = decoder.decode(bytes, chars, endOfInput);
      if (result.isError()) {
        if (chars.remaining() == 0) {
          return; // room for the replacement next time
        }
        invalid();
        chars.put('\uFFFD');
        bytes.position(bytes.position() + result.length());
      } else {
        return; // underflow (needs more bytes) or overflow (chars full)
      }
    }
  }

  /** Chooses the encoding from a byte order mark, leaving the mark to be decoded as U+FEFF. */
  private void sniff() {
    sniffed = true;
    int n = bytes.remaining();
    int b0 = n > 0 ? bytes.get(bytes.position()) & 0xFF : -1;
    int b1 = n > 1 ? bytes.get(bytes.position() + 1) & 0xFF : -1;
    int b2 = n > 2 ? bytes.get(bytes.position() + 2) & 0xFF : -1;
    int b3 = n > 3 ? bytes.get(bytes.position() + 3) & 0xFF : -1;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      charset = Charset.forName("UTF-32BE");
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      charset = Charset.forName("UTF-32LE");
    } else if (b0 == 0xFE && b1 == 0xFF) {
      charset = StandardCharsets.UTF_16BE;
    } else if (b0 == 0xFF && b1 == 0xFE) {
      charset = StandardCharsets.UTF_16LE;
    }
    decoder = newDecoder(charset);
  }

  /** An invalid sequence where the next character of the chunk goes. */
  private void invalid() {
    // Position of the replacement: the characters already in the chunk still have to be handed out, so find the
    // position they will reach.
    TextPosition at = position.copy();
    for (int i = 0; i < chars.position(); i++) {
      char ch = chars.get(i);
      if (i == 0 && atStart && ch == '\uFEFF') {
        continue;
      }
      at.advance(ch);
    }
    int l = at.line();
    int c = at.column();
    if (badCount > 0 && badLine != l) {
      reportPending();
    }
    if (badCount == 0) {
      badLine = l;
      badColumn = c;
    }
    badCount++;
  }

  private void reportPending() {
    if (badCount == 0) {
      return;
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    String what = utf8 ? "UTF-8" : charset.name();
    context.report(
        Diagnostic.of(
            Severity.WARNING,
            utf8 ? DiagnosticCodes.INPUT_INVALID_UTF8 : DiagnosticCodes.INPUT_INVALID_ENCODING,
            (badCount == 1 ? "a byte sequence that is" : badCount + " byte sequences that are")
                + " not valid " + what + ", replaced by U+FFFD",
            SourcePosition.of(badLine, badColumn)));
    badCount = 0;
  }

  /** Advances the position past characters handed out. */
  private void track(char[] buffer, int offset, int n) {
    for (int i = offset; i < offset + n; i++) {
      char ch = buffer[i];
      if (atStart) {
        atStart = false;
        if (ch == '\uFEFF') {
          continue;
        }
      }
      position.advance(ch);
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
