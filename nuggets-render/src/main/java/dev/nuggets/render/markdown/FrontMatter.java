package dev.nuggets.render.markdown;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes metadata fields as a YAML front matter block between {@code ---} lines, with Jackson's YAML generator:
 * every string double-quoted (so "no", "1.0", "2026-03-14" or ": x" stay strings), nothing folded. Inside the
 * quotes {@code < > & [ ]} are written as YAML escapes ({@code \x3C}), so a Markdown reader that does not
 * know front matter (and shows it as a paragraph) finds no HTML, link or image in it either.
 */
final class FrontMatter {
  private static final YAMLFactory YAML =
      YAMLFactory.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          .disable(YAMLWriteFeature.SPLIT_LINES)
          .disable(YAMLWriteFeature.MINIMIZE_QUOTES)
          .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  /** What would be HTML, a link or an image if a Markdown reader took the front matter for a paragraph. */
  private static final String MARKUP = "<>&[]";

  private FrontMatter() {}

  static void write(Map<String, Object> fields, Appendable out) throws IOException {
    StringWriter yaml = new StringWriter();
    try (JsonGenerator generator = YAML.createGenerator(ObjectWriteContext.empty(), yaml)) {
      value(generator, fields);
    } catch (JacksonException e) {
      throw new IOException("cannot write the front matter: " + e.getOriginalMessage(), e);
    }
    out.append("---\n");
    escapeMarkup(yaml.toString(), out);
    out.append("---\n\n");
  }

  private static void value(JsonGenerator generator, Object value) {
    if (value instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeName(String.valueOf(entry.getKey()));
        value(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (value instanceof List<?> list) {
      generator.writeStartArray();
      for (Object element : list) {
        value(generator, element);
      }
      generator.writeEndArray();
    } else if (value instanceof Boolean b) {
      generator.writeBoolean(b);
    } else if (value instanceof Number n) {
      generator.writeNumber(n.toString());
    } else {
      generator.writeString(String.valueOf(value));
    }
  }

  /** Rewrites {@code < > & [ ]} inside double-quoted scalars as YAML escapes; the YAML reads back the same. */
  private static void escapeMarkup(String yaml, Appendable out) throws IOException {
    boolean quoted = false;
    for (int i = 0; i < yaml.length(); i++) {
      char c = yaml.charAt(i);
      if (quoted && c == '\\') {
        out.append(c).append(yaml.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (quoted && MARKUP.indexOf(c) >= 0) {
        out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
      } else {
        out.append(c);
      }
    }
  }

}
