package dev.nuggets.render;

import java.io.IOException;

/**
 * Renders one kind of {@link Element} in a document format, in place of (or around) the built-in way. Registered on
 * a format's builder, for example {@code HtmlRenderer.builder().elementRenderer(Element.SECTION, ...)}; the idea is
 * commonmark-java's node renderers.
 *
 * <p>Everything is written through the {@link ElementContext}: {@link ElementContext#text text} is escaped for the
 * format, so that content can never turn into markup, and {@link ElementContext#raw raw} writes markup as given. The
 * element renderer may delegate: {@link ElementContext#renderDefault()} renders the same element the way it would
 * have been rendered without this element renderer, and {@link ElementContext#render} renders a child element (a
 * paragraph of a section, say) through the registered element renderers.
 *
 * <pre>{@code
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .elementRenderer(Element.FOOTER, (episode, context) -> {
 *       context.renderDefault();
 *       context.raw("<footer>").text("Summarised by Deep Water Weekly").raw("</footer>\n");
 *     })
 *     .build();
 * }</pre>
 *
 * <p>Element renderers are shared by every render of the renderer they are registered on, possibly from several
 * threads at once: keep them stateless (what one render needs is in its context).
 *
 * @param <T> the value of the element
 */
@FunctionalInterface
public interface ElementRenderer<T> {

  /**
   * Writes {@code value} through {@code context}.
   *
   * @throws IOException if the output fails (let it through)
   */
  void render(T value, ElementContext<T> context) throws IOException;
}
