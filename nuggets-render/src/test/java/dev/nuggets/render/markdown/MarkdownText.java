package dev.nuggets.render.markdown;

import org.commonmark.node.Node;

/** The text of a commonmark-java node, as {@link MarkdownRendererTest} reads it. */
public final class MarkdownText {
  private MarkdownText() {}

  public static String of(Node node) {
    return MarkdownRendererTest.text(node);
  }
}
