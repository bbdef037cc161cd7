/**
 * The {@code markdown} format: an episode as a CommonMark document with YAML front matter. See
 * {@link dev.nuggets.render.markdown.MarkdownRenderer}.
 */
@NullMarked
package dev.nuggets.render.markdown;

import org.jspecify.annotations.NullMarked;
