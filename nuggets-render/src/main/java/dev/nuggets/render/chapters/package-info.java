/**
 * The {@code chapters} format: Podcasting 2.0 JSON chapters (version 1.2), the file a feed links with
 * {@code <podcast:chapters>}.
 */
@NullMarked
package dev.nuggets.render.chapters;

import org.jspecify.annotations.NullMarked;
