/** The {@code rss} format's renderer: podcast feeds, RSS 2.0 with iTunes and Podcasting 2.0 tags, streamed. */
@NullMarked
package dev.nuggets.render.rss;

import org.jspecify.annotations.NullMarked;
