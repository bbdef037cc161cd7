package dev.nuggets.parser.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The plain text a reader sees of a block's inline content: emphasis, links and inline HTML tags are dropped, their
 * text kept; an image gives its alt text. Walks the tree without recursion, so deep inline nesting is safe.
 */
final class InlineText {
  private InlineText() {}

  /**
   * The text of {@code block}'s inlines, every character as CommonMark reads it (runs of spaces, tabs and zero-width
   * joiners are text like any other, which is how the {@code markdown} renderer's output reads back exactly). Where
   * inline HTML was dropped or replaced, the spaces on either side fold into one. A hard line break is a line feed;
   * a soft one is a line feed when {@code softBreaksAreLines} (for blocks read line by line), else a space.
   */
  static String of(Node block, boolean softBreaksAreLines) {
    StringBuilder out = new StringBuilder();
    List<Integer> gaps = new ArrayList<>();
    @Nullable Node node = block.getFirstChild();
    while (node != null) {
      if (node instanceof Text text) {
        out.append(text.getLiteral());
      } else if (node instanceof Code code) {
        out.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak) {
        out.append(softBreaksAreLines ? '\n' : ' ');
      } else if (node instanceof HardLineBreak) {
        out.append('\n');
      } else if (node instanceof HtmlInline html) {
        gaps.add(out.length());
        out.append(visible(html.getLiteral()));
        gaps.add(out.length());
      }
      node = next(block, node);
    }
    return gaps.isEmpty() ? out.toString() : foldAroundGaps(out, gaps);
  }

  /** Folds the spaces around each place where markup was taken out into one space (none at either end). */
  private static String foldAroundGaps(CharSequence text, List<Integer> gaps) {
    StringBuilder out = new StringBuilder(text.length());
    int gap = 0;
    int i = 0;
    while (i <= text.length()) {
      if (gap < gaps.size() && gaps.get(gap) == i) {
        boolean space = false;
        while (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
          out.setLength(out.length() - 1);
          space = true;
        }
        while (gap < gaps.size() && gaps.get(gap) <= i) {
          gap++;
        }
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
          while (gap < gaps.size() && gaps.get(gap) <= i) {
            gap++;
          }
          space = true;
        }
        if (space && out.length() > 0 && i < text.length()) {
          out.append(' ');
        }
        continue;
      }
      if (i < text.length()) {
        out.append(text.charAt(i));
      }
      i++;
    }
    return out.toString();
  }

  /** The node after {@code node} in document order within {@code root}: its first child, else the next node up. */
  static @Nullable Node next(Node root, Node node) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    @Nullable Node at = node;
    while (at != null && at != root) {
      if (at.getNext() != null) {
        return at.getNext();
      }
      at = at.getParent();
    }
    return null;
  }

  /**
   * What a reader sees of an inline HTML tag: a line break for {@code <br>}, the alt text of an {@code <img>},
   * nothing for other tags (the text between an opening and a closing tag is ordinary text).
   */
  private static String visible(String tag) {
    String t = tag.toLowerCase(Locale.ROOT);
    if (isTag(t, "br")) {
      return "\n";
    }
    if (isTag(t, "img")) {
      Element img = Jsoup.parseBodyFragment(tag).selectFirst("img");
      return img == null ? "" : img.attr("alt");
    }
    return "";
  }

  private static boolean isTag(String lowerCaseTag, String name) {
    int end = name.length() + 1;
    return lowerCaseTag.startsWith("<" + name)
        && (lowerCaseTag.length() == end || " />\t\n".indexOf(lowerCaseTag.charAt(end)) >= 0);
  }

  /** Whether an inline node is an HTML comment, which readers never see. */
  static boolean isComment(Node node) {
    return node instanceof HtmlInline html && html.getLiteral().startsWith("<!--");
  }
}
