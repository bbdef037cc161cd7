package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.SourceText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns input bytes into {@link SourceText}: UTF-8 with an optional byte order mark, every invalid sequence
 * replaced by U+FFFD and reported once per line at its line:column, never an exception.
 */
public final class Decoding {
  private Decoding() {}

  /** Decoded text and the diagnostics found while decoding. */
  public record Decoded(SourceText source, List<Diagnostic> diagnostics) {}

  /**
   * Decodes UTF-8. The byte order mark is decoded like any character and dropped by {@link SourceText#of}, so
   * bytes and the string they decode to read the same (a second mark is text in both).
   */
  public static Decoded utf8(String name, byte[] bytes) {
    int bom = hasUtf8Bom(bytes) ? 1 : 0; // the one character SourceText.of drops
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Integer> replaced = new ArrayList<>();
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        replaced.add(out.position() - bom);
        out.put('\uFFFD');
        in.position(in.position() + result.length());
      } else if (result.isOverflow()) {
        throw new IllegalStateException("UTF-8 decoding produced more characters than bytes");
      } else {
        break;
      }
    }
    decoder.flush(out);
    out.flip();
    SourceText source = SourceText.of(name, out.toString());
    return new Decoded(source, invalidUtf8(source, replaced));
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
  }

  private static List<Diagnostic> invalidUtf8(SourceText source, List<Integer> offsets) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    int i = 0;
    while (i < offsets.size()) {
      int line = source.lineOf(offsets.get(i));
      int first = i;
      while (i < offsets.size() && source.lineOf(offsets.get(i)) == line) {
        i++;
      }
      int count = i - first;
      diagnostics.add(
          Diagnostic.of(
              Severity.WARNING,
              DiagnosticCodes.INPUT_INVALID_UTF8,
              (count == 1 ? "a byte sequence that is" : count + " byte sequences that are")
                  + " not valid UTF-8, replaced by U+FFFD",
              source.position(offsets.get(first))));
    }
    return diagnostics;
  }

  /**
   * Whether the text looks like binary data rather than text: a NUL character, or more than one control character
   * (other than tab, line ends and form feed) or replacement character in ten among its first 64 Ki characters.
   */
  public static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 64 * 1024);
    int suspicious = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
        suspicious++;
      }
    }
    return sample > 0 && suspicious * 10 > sample;
  }

  /** Whether the text holds nothing but white space, Unicode spaces (NBSP, ...) and zero-width characters. */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && c != '\u200B'
          && c != '\u2060'
          && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
