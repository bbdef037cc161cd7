package dev.nuggets.render;

import java.io.IOException;

/**
 * Writes text so that a format reads it back as exactly that text, never as markup: what
 * {@link ElementContext#text} writes through. Each document format has one ({@code HtmlEscaper},
 * {@code MarkdownEscaper}, {@code TextEscaper} in their packages), and a {@link DocumentRenderer} of a user's own
 * format takes one of them or its own.
 */
@FunctionalInterface
public interface Escaper {
  /**
   * Writes {@code text} to {@code out}, escaped; what the format cannot carry of it (a line break in a one-line
   * format) is reported to {@code context}.
   */
  void escape(CharSequence text, Appendable out, RenderContext context) throws IOException;
}
