package dev.nuggets.parser.internal;

import dev.nuggets.parser.SourceText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * A quick look at the start of a JSON document, for format detection: its top-level keys, the string values of
 * those keys, and every {@code @type} near the top. Reads at most the first 64 Ki characters and stops quietly at
 * the first error, so it costs time linear in what it looks at and never throws.
 */
public record JsonShape(boolean isArray, Set<String> keys, Map<String, String> strings, Set<String> types) {
  private static final int SAMPLE = 64 * 1024;
  private static final int TYPE_DEPTH = 4;
  private static final JsonFactory FACTORY = JsonTreeReader.factory(TYPE_DEPTH + 60);

  /** The shape of {@code source}, or empty when it does not start like a JSON object or array. */
  public static Optional<JsonShape> of(SourceText source) {
    String text = source.text();
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (start == text.length() || (text.charAt(start) != '{' && text.charAt(start) != '[')) {
      return Optional.empty();
    }
    JsonShape shape = new JsonShape(text.charAt(start) == '[', new LinkedHashSet<>(), new HashMap<>(), new HashSet<>());
    String sample = text.substring(start, Math.min(text.length(), start + SAMPLE));
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), sample)) {
      int depth = 0;
      String name = "";
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT, START_ARRAY -> depth++;
          case END_OBJECT, END_ARRAY -> depth--;
          case PROPERTY_NAME -> {
            name = parser.currentName();
            if (depth == 1 || (shape.isArray && depth == 2)) {
              shape.keys.add(name);
            }
          }
          case VALUE_STRING -> {
            if (depth == 1 && !shape.isArray) {
              shape.strings.putIfAbsent(name, parser.getString());
            }
            if (depth <= TYPE_DEPTH && name.equals("@type")) {
              shape.types.add(localName(parser.getString()));
            }
          }
          default -> {}
        }
      }
    } catch (JacksonException e) {
      // A truncated sample or malformed JSON: what was seen so far is the shape.
    }
    return Optional.of(shape);
  }

  /** {@code PodcastEpisode} for {@code https://schema.org/PodcastEpisode} or {@code schema:PodcastEpisode}. */
  public static String localName(String type) {
    int cut = Math.max(type.lastIndexOf('/'), Math.max(type.lastIndexOf(':'), type.lastIndexOf('#')));
    return type.substring(cut + 1).strip();
  }

  /** Whether the document (or, for an array, one of its first objects) has this top-level key. */
  public boolean hasKey(String key) {
    return keys.contains(key);
  }
}
