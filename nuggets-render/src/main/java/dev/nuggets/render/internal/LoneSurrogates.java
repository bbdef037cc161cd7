package dev.nuggets.render.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import java.io.IOException;
import java.io.Writer;

/**
 * Halves of surrogate pairs without their other half, which no UTF-8 byte sequence stands for: a text format writes
 * U+FFFD in their place and says so ({@link RenderCodes#REPLACED_CHARACTER}); JSON writes them as {@code \\uD800}
 * escapes, which keep the text exactly ({@link #escapingWriter}).
 */
public final class LoneSurrogates {
  private LoneSurrogates() {}

  /** Whether {@code text} holds a lone surrogate. */
  public static boolean in(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
        } else {
          return true;
        }
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  /** {@code text} with each lone surrogate as U+FFFD, reported once for the text; unchanged when it has none. */
  public static CharSequence replaced(CharSequence text, RenderContext context) {
    if (!in(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    context.warning(
        RenderCodes.REPLACED_CHARACTER,
        "half of a surrogate pair without its other half, which no UTF-8 can hold, was written as U+FFFD in "
            + Spaces.quote(out));
    return out;
  }

  /**
   * A writer for JSON output that writes each lone surrogate as a {@code \\uXXXX} escape: it can only stand inside a
   * string (names are the formats' own), where the escape reads back as the same character, so the JSON keeps the
   * text exactly and stays encodable. Pairs pass through.
   */
  public static Writer escapingWriter(Writer out) {
    return new Writer() {
      private char pendingHigh;

      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
          write(buffer[i]);
        }
      }

      @Override
      public void write(int ch) throws IOException {
        char c = (char) ch;
        if (pendingHigh != 0) {
          char high = pendingHigh;
          pendingHigh = 0;
          if (Character.isLowSurrogate(c)) {
            out.write(high);
            out.write(c);
            return;
          }
          escape(high);
        }
        if (Character.isHighSurrogate(c)) {
          pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
          escape(c);
        } else {
          out.write(c);
        }
      }

      @Override
      public void write(String text, int offset, int length) throws IOException {
        if (pendingHigh == 0 && !in(text.subSequence(offset, offset + length))) {
          out.write(text, offset, length);
          return;
        }
        for (int i = offset; i < offset + length; i++) {
          write(text.charAt(i));
        }
      }

      private void escape(char c) throws IOException {
        out.write(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      }

      @Override
      public void flush() throws IOException {
        if (pendingHigh != 0) {
          escape(pendingHigh);
          pendingHigh = 0;
        }
        out.flush();
      }

      @Override
      public void close() throws IOException {
        flush();
        out.close();
      }
    };
  }
}
