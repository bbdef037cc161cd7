/**
 * Nuggets parsers: read episodes from the formats found in the wild, with diagnostics at line:column.
 *
 * <p>Formats are {@link dev.nuggets.parser.EpisodeParser} services; this module provides the {@code text} format.
 */
module dev.nuggets.parser {
  requires transitive dev.nuggets.core;
  requires static org.jspecify;

  exports dev.nuggets.parser;
  exports dev.nuggets.parser.text;

  uses dev.nuggets.parser.EpisodeParser;

  provides dev.nuggets.parser.EpisodeParser with
      dev.nuggets.parser.text.TextParser;
}
