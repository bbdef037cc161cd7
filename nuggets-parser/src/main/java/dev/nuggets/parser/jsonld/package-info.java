/**
 * The {@code jsonld} format: a schema.org {@code PodcastEpisode} in JSON-LD, read by
 * {@link dev.nuggets.parser.jsonld.JsonLdParser} from {@code .jsonld} files and by
 * {@link dev.nuggets.parser.jsonld.JsonLdReader} from JSON-LD embedded in other formats (an HTML page's
 * {@code <script type="application/ld+json">}). {@link dev.nuggets.parser.jsonld.JsonLdCodes} lists what they report.
 */
@NullMarked
package dev.nuggets.parser.jsonld;

import org.jspecify.annotations.NullMarked;
