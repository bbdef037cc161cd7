/**
 * What a podcast feed says beyond the shared model: RSS 2.0, Apple's {@code itunes:} tags and Podcasting 2.0's
 * {@code podcast:} tags, typed ({@link ShowDetails} on a {@link dev.nuggets.core.Podcast}, {@link ItemDetails} on
 * an {@link dev.nuggets.core.Episode}), and every other element kept losslessly as an {@link XmlElement} so that a
 * feed written back says what it said. Values are immutable and null-free, like the rest of the model.
 */
@NullMarked
@FeedStyle
package dev.nuggets.core.feed;

import org.jspecify.annotations.NullMarked;
