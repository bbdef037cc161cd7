package dev.nuggets.parser.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.parser.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an input looks like, in a few words, for the message of an input that no format claims: an XML document's
 * root element and namespace, a JSON document's top-level keys, or the first line of anything else.
 */
public final class InputSketch {
  private static final int MAX_KEYS = 8;

  private InputSketch() {}

  /**
   * "an XML document whose root element is <rss> (no namespace)", "a JSON object with the keys ...", "text whose
   * first line is ...": what follows "it is" in a message.
   */
  public static String describe(SourceText prefix) {
    String text = prefix.text();
    int start = Spaces.skip(text, 0);
    if (start == text.length()) {
      return "nothing but white space";
    }
    char first = text.charAt(start);
    if (first == '<') {
      Optional<Root> root = root(text, start);
      if (root.isPresent()) {
        return root.get().describe();
      }
    }
    if (first == '{' || first == '[') {
      Optional<JsonShape> shape = JsonShape.of(prefix);
      if (shape.isPresent()) {
        return json(shape.get());
      }
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    return "text whose first line is " + Spaces.quote(text.substring(start, end));
  }

  private static String json(JsonShape shape) {
    List<String> keys = new ArrayList<>(shape.keys());
    if (keys.isEmpty()) {
      return shape.isArray() ? "a JSON array" : "a JSON object with no keys";
    }
    StringBuilder out = new StringBuilder(shape.isArray() ? "a JSON array of objects with the keys " : "a JSON object with the keys ");
    for (int i = 0; i < Math.min(keys.size(), MAX_KEYS); i++) {
      out.append(i == 0 ? "" : ", ").append(Spaces.quote(keys.get(i)));
    }
    if (keys.size() > MAX_KEYS) {
      out.append(" and ").append(keys.size() - MAX_KEYS).append(" more");
    }
    return out.toString();
  }

  /**
   * The root element of a markup document: its name, the namespace it is in, and whether an XML declaration comes
   * before it.
   */
  public record Root(String name, Optional<String> namespace, boolean declared, boolean declaresNamespaces) {
    /** Its local name in lower case ({@code rss} for {@code <rss>}, {@code feed} for {@code <atom:feed>}). */
    public String localName() {
      return name.substring(name.indexOf(':') + 1).toLowerCase(java.util.Locale.ROOT);
    }

    String describe() {
      return (declared ? "an XML document" : "markup")
          + " whose root element is <" + Spaces.printable(name) + ">"
          + namespace.map(ns -> " in the namespace " + Spaces.quote(ns)).orElse(" (no namespace)");
    }
  }

  /**
   * The root element of an XML (or HTML) document, found by skipping the declaration, comments, processing
   * instructions and a doctype; empty when the text does not start like markup.
   */
  public static Optional<Root> root(String text, int from) {
    int i = from;
    boolean declaration = false;
    while (i < text.length()) {
      i = Spaces.skip(text, i);
      if (text.startsWith("<?", i)) {
        declaration |= text.startsWith("<?xml", i);
        i = skipPast(text, i, "?>");
      } else if (text.startsWith("<!--", i)) {
        i = skipPast(text, i, "-->");
      } else if (text.startsWith("<!", i)) {
        i = skipPast(text, i, ">");
      } else {
        break;
      }
      if (i < 0) {
        return Optional.empty();
      }
    }
    if (i >= text.length() || text.charAt(i) != '<') {
      return Optional.empty();
    }
    int nameEnd = i + 1;
    while (nameEnd < text.length() && isNameChar(text.charAt(nameEnd))) {
      nameEnd++;
    }
    if (nameEnd == i + 1) {
      return Optional.empty();
    }
    String name = text.substring(i + 1, nameEnd);
    int tagEnd = text.indexOf('>', nameEnd);
    String attributes =
        tagEnd < 0 ? text.substring(nameEnd, Math.min(text.length(), nameEnd + 2000)) : text.substring(nameEnd, tagEnd);
    int colon = name.indexOf(':');
    String prefix = colon > 0 ? name.substring(0, colon) : "";
    Optional<String> namespace = attribute(attributes, prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
    boolean declaresNamespaces = attribute(attributes, "xmlns").isPresent() || attributes.contains("xmlns:");
    return Optional.of(new Root(name, namespace, declaration, declaresNamespaces));
  }

  private static Optional<String> attribute(String attributes, String name) {
    int at = 0;
    while ((at = attributes.indexOf(name, at)) >= 0) {
      int eq = Spaces.skip(attributes, at + name.length());
      boolean boundary = at == 0 || Character.isWhitespace(attributes.charAt(at - 1));
      if (boundary && eq < attributes.length() && attributes.charAt(eq) == '=') {
        int q = Spaces.skip(attributes, eq + 1);
        if (q < attributes.length() && (attributes.charAt(q) == '"' || attributes.charAt(q) == '\'')) {
          int close = attributes.indexOf(attributes.charAt(q), q + 1);
          if (close > q) {
            return Optional.of(attributes.substring(q + 1, close));
          }
        }
      }
      at += name.length();
    }
    return Optional.empty();
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
  }

  private static int skipPast(String text, int from, String end) {
    int at = text.indexOf(end, from);
    return at < 0 ? -1 : at + end.length();
  }
}
