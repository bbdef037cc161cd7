package dev.nuggets.parser.rss;

import dev.nuggets.core.text.HtmlText;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Show notes as feeds write them: HTML, or plain text. HTML is kept as it is and also given as plain text in which
 * every link keeps its address ({@code text (https://...)}), block elements and {@code <br>} end lines.
 *
 * <p>Plain text that would read as HTML ({@link HtmlText#readsAsHtml}) is written as escaped HTML ({@link HtmlText#escape}); reading
 * it back gives the same plain text and, since the HTML says nothing more ({@link #isMarkup}), no HTML.
 */
final class ShowNotes {
  private static final Set<String> BLOCKS =
      Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr");

  private ShowNotes() {}

  /** The plain text of HTML show notes, links with their addresses, stripped. */
  static String plainText(String html) {
    StringBuilder out = new StringBuilder(html.length());
    for (Node node : Jsoup.parseBodyFragment(html).body().childNodes()) {
      append(node, out);
    }
    return out.toString().strip();
  }

  /** Whether HTML says more than its plain text: false for plain text as {@link HtmlText#escape} writes it. */
  static boolean isMarkup(String html, String plain) {
    return !HtmlText.escape(plain).equals(html.strip());
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
