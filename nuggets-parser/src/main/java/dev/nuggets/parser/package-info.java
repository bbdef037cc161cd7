/**
 * Reading episodes, feeds and transcripts: {@link dev.nuggets.parser.Parsers} finds the formats, detects which one
 * an input is in, and returns a {@link dev.nuggets.parser.ParseResult} (or, for a feed, a
 * {@link dev.nuggets.parser.FeedStream} that gives its episodes one at a time) with every diagnostic.
 *
 * <p>A format is one {@link dev.nuggets.parser.FormatParser}, found through {@link java.util.ServiceLoader} or
 * registered explicitly. Reading is lenient by default: what can be read is kept and the rest is reported as
 * diagnostics. With {@link dev.nuggets.parser.Parsers.Builder#strict(boolean) strict} reading, any warning or error
 * throws a {@link dev.nuggets.parser.NuggetsParseException} that carries them all.
 */
@NullMarked
package dev.nuggets.parser;

import org.jspecify.annotations.NullMarked;
