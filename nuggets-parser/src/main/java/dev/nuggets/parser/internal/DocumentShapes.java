package dev.nuggets.parser.internal;

import dev.nuggets.parser.InputPrefix;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The starts of documents that are clearly not prose: markup, JSON, WebVTT, SRT. The formats that can read any text
 * (plain text, Markdown) do not claim them, so that an RSS feed is never read as a page titled
 * {@code <?xml version="1.0"?>}.
 */
public final class DocumentShapes {
  /**
   * The elements an HTML page or fragment starts with: CommonMark's HTML block names and the common inline
   * elements. A document whose root is another element (an RSS {@code <rss>}, an OPML {@code <opml>}, a TTML
   * {@code <tt>}) is XML, not HTML and not Markdown.
   */
  private static final Set<String> HTML_ELEMENTS =
      Set.of(
          "html", "head", "body", "article", "main", "section", "header", "footer", "nav", "aside", "div", "p",
          "span", "a", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr",
          "blockquote", "figure", "img", "br", "hr", "strong", "em", "b", "i", "pre", "code", "meta", "link",
          "title", "script", "style", "template", "time", "cite", "details", "summary", "picture", "video",
          "audio", "iframe", "form", "button", "label", "input", "small", "center", "font", "noscript",
          "address", "base", "caption", "col", "colgroup", "dialog", "fieldset", "figcaption", "legend", "menu",
          "optgroup", "option", "search", "source", "tbody", "td", "tfoot", "th", "thead", "track", "sup", "sub",
          "kbd", "abbr", "mark", "u", "s", "del", "ins", "q", "var", "samp", "wbr");

  /** The root elements of feed and outline documents, which no prose starts with. */
  private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "opml", "rdf");

  private DocumentShapes() {}

  /** Whether an element with this local name (lower case) is an HTML element a page or fragment starts with. */
  public static boolean isHtmlElement(String localName) {
    return HTML_ELEMENTS.contains(localName);
  }

  /**
   * Whether the input starts like markup ({@code <} and a name, {@code <?}, {@code <!}), JSON ({@code {} or
   * {@code [} then a value), WebVTT ({@code WEBVTT}) or SRT (a cue number, then a {@code -->} timing line).
   */
  public static boolean isOtherFormat(InputPrefix prefix) {
    return isOther(prefix, true);
  }

  /**
   * As {@link #isOtherFormat}, but only a whole markup document counts (an XML declaration, a doctype, an
   * {@code <html>} element, a comment, a root element that declares namespaces other than XHTML's, or the root of
   * a feed: {@code rss}, {@code feed}, {@code opml}, {@code rdf:RDF}): Markdown may start with an HTML block such as
   * {@code <p align="center">} or a custom element, and a text page with a title that looks like a tag.
   */
  public static boolean isOtherThanMarkdown(InputPrefix prefix) {
    return isOther(prefix, false);
  }

  private static boolean isOther(InputPrefix prefix, boolean anyMarkup) {
    String text = prefix.afterLeadingSpace();
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    if (first == '<') {
      if (text.length() < 2) {
        return false;
      }
      char second = text.charAt(1);
      if (anyMarkup) {
        return Character.isLetter(second) || "?!/".indexOf(second) >= 0;
      }
      if (second == '?' || second == '!' || text.regionMatches(true, 1, "html", 0, 4)) {
        return true;
      }
      return InputSketch.root(text, 0)
          .filter(root -> FEED_ROOTS.contains(root.localName())
              || root.declaresNamespaces()
              || root.namespace().filter(ns -> !ns.equals("http://www.w3.org/1999/xhtml")).isPresent())
          .isPresent();
    }
    if (first == '{' || first == '[') {
      return looksLikeJson(text) && !hasTextAfterJsonFrontMatter(prefix);
    }
    if (text.startsWith("WEBVTT") && (text.length() == 6 || " \t\r\n".indexOf(text.charAt(6)) >= 0)) {
      return true;
    }
    return looksLikeSrt(text);
  }

  /**
   * Whether a JSON object at the top is followed by more text: Hugo's JSON front matter, a line that is only
   * <code>}</code> and then the document's body. A JSON document ends with its value.
   */
  public static boolean hasTextAfterJsonFrontMatter(InputPrefix prefix) {
    String text = prefix.afterLeadingSpace();
    if (!text.startsWith("{")) {
      return false;
    }
    int line = 0;
    while (line < text.length()) {
      int end = lineEnd(text, line);
      if (text.substring(line, end).strip().equals("}")) {
        int next = nextLine(text, end);
        return next < text.length() && !text.substring(next).isBlank();
      }
      line = nextLine(text, end);
    }
    return false;
  }

  /** {@code {"}, {@code {}}, {@code [{}, {@code [[}, {@code ["}, {@code []}, a number or literal after {@code [}. */
  private static boolean looksLikeJson(String text) {
    // The first tokens must read as JSON: "[1)" or "{x" is prose that starts with a bracket, "[1, 2" is JSON.
    int tokens = 0;
    String sample = text.substring(0, Math.min(text.length(), 4096));
    try (JsonParser parser = PLAIN_JSON.createParser(ObjectReadContext.empty(), sample)) {
      while (tokens < 3 && parser.nextToken() != null) {
        tokens++;
      }
      return tokens >= 2;
    } catch (JacksonException e) {
      // The look may end inside a value that reads as JSON so far: then the first characters decide.
      long at = e.getLocation() == null ? -1 : e.getLocation().getCharOffset();
      return at >= sample.stripTrailing().length() && startsLikeJson(sample);
    }
  }

  /** {@code {"}, {@code {}}, {@code [{}, {@code [[}, {@code ["}, {@code []}, a number or literal after {@code [}. */
  private static boolean startsLikeJson(String text) {
    int i = 1;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return false;
    }
    char next = text.charAt(i);
    if (text.charAt(0) == '{') {
      return next == '"' || next == '}';
    }
    return next == '{' || next == '[' || next == '"' || next == ']' || next == '-' || Character.isDigit(next)
        || text.startsWith("true", i) || text.startsWith("false", i) || text.startsWith("null", i);
  }

  private static final JsonFactory PLAIN_JSON = JsonFactory.builder().build();


  /** A first line of digits and a second line holding {@code -->}: an SRT cue. */
  private static boolean looksLikeSrt(String text) {
    int end = lineEnd(text, 0);
    String first = text.substring(0, end).strip();
    if (first.isEmpty() || first.length() > 9 || !first.chars().allMatch(Character::isDigit)) {
      return false;
    }
    int start = nextLine(text, end);
    return start < text.length() && text.substring(start, lineEnd(text, start)).contains("-->");
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  private static int nextLine(String text, int end) {
    if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }
}
