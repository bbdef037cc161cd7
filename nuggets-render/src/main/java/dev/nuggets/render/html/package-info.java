/**
 * The {@code html} format: an episode as a standalone HTML page or an embeddable fragment. See
 * {@link dev.nuggets.render.html.HtmlRenderer}.
 */
@NullMarked
package dev.nuggets.render.html;

import org.jspecify.annotations.NullMarked;
