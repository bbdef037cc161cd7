/**
 * The {@code jsonld} format: an episode as a schema.org {@code PodcastEpisode} in JSON-LD, for search engines and
 * any page that embeds structured data.
 */
@NullMarked
package dev.nuggets.render.jsonld;

import org.jspecify.annotations.NullMarked;
