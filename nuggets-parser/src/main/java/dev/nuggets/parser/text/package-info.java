/**
 * The {@code text} format: Podcast Nuggets summary pages saved or scraped as plain text.
 *
 * <p>A page holds, in order and each part optional: the app-promo banner (dropped), a title, a "Key takeaways"
 * heading with one takeaway per line, a "Table of contents" heading with one line of "• Entry • Entry" entries, and
 * the sections, each a heading line equal to a table-of-contents entry followed by its paragraphs. See
 * {@link dev.nuggets.parser.text.TextParser} for the details and {@link dev.nuggets.parser.text.TextCodes} for what
 * it reports.
 */
@NullMarked
package dev.nuggets.parser.text;

import org.jspecify.annotations.NullMarked;
