/**
 * The {@code text} format: an episode as a Podcast Nuggets page in plain text, which the {@code text} parser reads
 * back. See {@link dev.nuggets.render.text.TextRenderer}.
 */
@NullMarked
package dev.nuggets.render.text;

import org.jspecify.annotations.NullMarked;
