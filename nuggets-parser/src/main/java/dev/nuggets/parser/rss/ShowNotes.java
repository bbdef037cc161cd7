package dev.nuggets.parser.rss;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Show notes as feeds write them: HTML, or plain text. HTML is kept as it is and also given as plain text in which
 * every link keeps its address ({@code text (https://...)}), block elements and {@code <br>} end lines.
 *
 * <p>Plain text that would read as HTML ({@link #readsAsHtml}) is written as escaped HTML ({@link #escape}); reading
 * it back gives the same plain text and, since the HTML says nothing more ({@link #isMarkup}), no HTML.
 */
final class ShowNotes {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr");

  private ShowNotes() {}

  /** Whether the text holds a tag: a {@code <} followed by a letter, {@code /} or {@code !}. */
  private static boolean looksLikeHtml(String text) {
    for (int i = text.indexOf('<'); i >= 0 && i + 1 < text.length(); i = text.indexOf('<', i + 1)) {
      char next = text.charAt(i + 1);
      if (Character.isLetter(next) || next == '/' || next == '!') {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the text is to be read as HTML: it holds a tag, or an HTML entity or character reference (feeds that
   * escape twice write {@code &amp;amp;}).
   */
  static boolean readsAsHtml(String text) {
    return looksLikeHtml(text) || hasReference(text);
  }

  private static boolean hasReference(String text) {
    for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
      int j = i + 1;
      if (j < text.length() && text.charAt(j) == '#') {
        j++;
      }
      int start = j;
      while (j < text.length() && j - start < 32 && Character.isLetterOrDigit(text.charAt(j))) {
        j++;
      }
      if (j > start && j < text.length() && text.charAt(j) == ';') {
        return true;
      }
    }
    return false;
  }

  /** The plain text of HTML show notes, links with their addresses, stripped. */
  static String plainText(String html) {
    StringBuilder out = new StringBuilder(html.length());
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      append(node, out);
    }
    return out.toString().strip();
  }

  /** Whether HTML says more than its plain text: false for plain text as {@link #escape} writes it. */
  static boolean isMarkup(String html, String plain) {
    return !escape(plain).equals(html.strip());
  }

  /** Plain text as HTML that reads back as the same text: {@code & < >} escaped, line ends as {@code <br>}. */
  static String escape(String plain) {
    StringBuilder out = new StringBuilder(plain.length() + 16);
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '\n' -> out.append("<br>");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void append(Node node, StringBuilder out) {
    if (node instanceof TextNode text) {
      out.append(text.getWholeText());
    } else if (node instanceof Element element) {
      String tag = element.normalName();
      if (tag.equals("br")) {
        out.append('\n');
        return;
      }
      boolean block = BLOCKS.contains(tag);
      if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      int start = out.length();
      for (Node child : element.childNodes()) {
        append(child, out);
      }
      if (tag.equals("a")) {
        String href = element.attr("href").strip();
        String label = out.substring(start).strip();
        if (!href.isEmpty() && !href.equals(label) && !href.equals("mailto:" + label)) {
          out.append(" (").append(href).append(')');
        }
      }
      if (block && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
    }
  }
}
