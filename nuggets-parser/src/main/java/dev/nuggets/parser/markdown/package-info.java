/**
 * The {@code markdown} format: episode summaries in CommonMark with optional YAML front matter. See
 * {@link dev.nuggets.parser.markdown.MarkdownParser} for what it reads and
 * {@link dev.nuggets.parser.markdown.MarkdownCodes} for what it reports.
 */
@NullMarked
package dev.nuggets.parser.markdown;

import org.jspecify.annotations.NullMarked;
