package dev.nuggets.render.markdown;

import dev.nuggets.render.internal.AutolinkSchemes;
import dev.nuggets.render.internal.AutolinkSchemes;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes metadata fields as a YAML front matter block between {@code ---} lines: keys plain (field names are
 * identifiers), every string double-quoted (so "no", "1.0", "2026-03-14" or ": x" stay strings), lists as block
 * sequences, nothing folded. Inside the quotes, besides YAML's own escapes, {@code < > & [ ]} are written as
 * {@code \x3C}-style escapes, so a Markdown reader that does not know front matter (and shows it as a paragraph) finds
 * no HTML, link or image in it either, and the colon of a {@code scheme://} run whose scheme is not {@code http} or
 * {@code https} is {@code \x3A}, so that an autolinker finds no link to {@code javascript://} in it. Written by
 * hand: YAML's double-quoted style is small and exact, and a YAML library would be a dependency of every user of the
 * renderers for these few lines.
 */
final class FrontMatter {
  /** What would be HTML, a link or an image if a Markdown reader took the front matter for a paragraph. */
  private static final String MARKUP = "<>&[]";

  private FrontMatter() {}

  static void write(Map<String, Object> fields, Appendable out) throws IOException {
    out.append("---\n");
    for (Map.Entry<String, Object> field : fields.entrySet()) {
      entry(field.getKey(), field.getValue(), "", out);
    }
    out.append("---\n\n");
  }

  /** {@code key: value} at {@code indent}, or {@code key:} and the block below it. */
  private static void entry(String key, @Nullable Object value, String indent, Appendable out) throws IOException {
    out.append(indent).append(key).append(':');
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      out.append('\n');
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        entry(String.valueOf(entry.getKey()), entry.getValue(), indent + "  ", out);
      }
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append('\n');
      for (Object item : list) {
        item(item, indent + "  ", out);
      }
    } else {
      out.append(' ');
      scalar(value, out);
      out.append('\n');
    }
  }

  /** {@code - value}, or {@code - key: value} and the rest of a map's entries below it. */
  private static void item(@Nullable Object value, String indent, Appendable out) throws IOException {
    if (value instanceof Map<?, ?> map && !map.isEmpty()) {
      boolean first = true;
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        if (first) {
          out.append(indent).append("- ");
          entry(String.valueOf(entry.getKey()), entry.getValue(), "", indentedRest(out, indent));
          first = false;
        } else {
          entry(String.valueOf(entry.getKey()), entry.getValue(), indent + "  ", out);
        }
      }
    } else if (value instanceof List<?> list && !list.isEmpty()) {
      out.append(indent).append("-\n");
      for (Object element : list) {
        item(element, indent + "  ", out);
      }
    } else {
      out.append(indent).append("- ");
      scalar(value, out);
      out.append('\n');
    }
  }

  /** The output for the first entry of a map in a sequence, whose nested lines go two spaces deeper than the dash. */
  private static Appendable indentedRest(Appendable out, String indent) {
    String nested = indent + "  ";
    return new Appendable() {
      private boolean atLineStart;

      @Override
      public Appendable append(CharSequence text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
          append(text.charAt(i));
        }
        return this;
      }

      @Override
      public Appendable append(CharSequence text, int start, int end) throws IOException {
        return append(text.subSequence(start, end));
      }

      @Override
      public Appendable append(char c) throws IOException {
        if (atLineStart) {
          out.append(nested);
          atLineStart = false;
        }
        out.append(c);
        atLineStart = c == '\n';
        return this;
      }
    };
  }

  private static void scalar(@Nullable Object value, Appendable out) throws IOException {
    if (value instanceof Boolean || value instanceof Number) {
      out.append(String.valueOf(value));
    } else if (value instanceof Map<?, ?>) {
      out.append("{}");
    } else if (value instanceof List<?>) {
      out.append("[]");
    } else {
      quoted(String.valueOf(value), out);
    }
  }

  /**
   * A YAML double-quoted scalar that reads back as exactly {@code text}, with markup characters escaped too, and
   * the colon of every {@code scheme://} run with a scheme other than {@code http} or {@code https} written
   * {@code \x3A}. The runs are found in the escaped scalar, as a Markdown reader showing it as a paragraph would see
   * it: an escape's letters ({@code \x3E}) can join a scheme.
   */
  static void quoted(String text, Appendable out) throws IOException {
    StringBuilder body = new StringBuilder(text.length() + 8);
    escape(text, body);
    List<AutolinkSchemes.Run> unsafe = AutolinkSchemes.unsafeRuns(body);
    out.append('"');
    int from = 0;
    for (AutolinkSchemes.Run run : unsafe) {
      int colon = run.end() - 3;
      out.append(body, from, colon).append("\\x3A"); // "javascript\x3A//": the same value, and no link
      from = colon + 1;
    }
    out.append(body, from, body.length()).append('"');
  }

  private static void escape(String text, StringBuilder out) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        case '\u0085' -> out.append("\\N");
        case '\u2028' -> out.append("\\L");
        case '\u2029' -> out.append("\\P");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || MARKUP.indexOf(c) >= 0) {
            out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
          } else if (c == '\uFEFF' || (Character.isSurrogate(c) && !isPaired(text, i))) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private static boolean isPaired(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }
}
