/**
 * The {@code chapters} format: Podcasting 2.0 JSON chapters ({@code application/json+chapters}, version 1.x),
 * read as timed sections. See {@link dev.nuggets.parser.chapters.ChaptersParser} for the mapping and
 * {@link dev.nuggets.parser.chapters.ChaptersCodes} for what it reports.
 */
@NullMarked
package dev.nuggets.parser.chapters;

import org.jspecify.annotations.NullMarked;
