/**
 * The {@code html} format: episode summaries as HTML pages or fragments, with an optional schema.org
 * {@code PodcastEpisode} JSON-LD block. See {@link dev.nuggets.parser.html.HtmlParser} for what it reads and
 * {@link dev.nuggets.parser.html.HtmlCodes} for what it reports.
 */
@NullMarked
package dev.nuggets.parser.html;

import org.jspecify.annotations.NullMarked;
