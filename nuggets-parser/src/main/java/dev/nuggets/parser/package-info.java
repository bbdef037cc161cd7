/**
 * Reading episodes: {@link dev.nuggets.parser.Parsers} finds the formats, detects which one an input is in, and
 * returns a {@link dev.nuggets.parser.ParseResult} with the episode and its diagnostics.
 *
 * <p>A format is one {@link dev.nuggets.parser.EpisodeParser}, found through {@link java.util.ServiceLoader} or
 * registered explicitly. Parsing is lenient by default: what can be read is kept and the rest is reported as
 * diagnostics. With {@link dev.nuggets.parser.Parsers.Builder#strict(boolean) strict} parsing, any warning or error
 * throws a {@link dev.nuggets.parser.NuggetsParseException} that carries them all.
 */
@NullMarked
package dev.nuggets.parser;

import org.jspecify.annotations.NullMarked;
