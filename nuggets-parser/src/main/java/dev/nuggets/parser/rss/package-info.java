/** The {@code rss} format: podcast feeds, RSS 2.0 with iTunes and Podcasting 2.0 tags. */
@NullMarked
package dev.nuggets.parser.rss;

import org.jspecify.annotations.NullMarked;
