/**
 * Nuggets parsers: read episodes from the formats found in the wild, with diagnostics at line:column.
 *
 * <p>Formats are {@link dev.nuggets.parser.EpisodeParser} services; this module provides the {@code text},
 * {@code json}, {@code chapters} and {@code jsonld} formats.
 */
module dev.nuggets.parser {
  requires transitive dev.nuggets.core;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.nuggets.parser;
  exports dev.nuggets.parser.text;
  exports dev.nuggets.parser.json;
  exports dev.nuggets.parser.chapters;
  exports dev.nuggets.parser.jsonld;

  uses dev.nuggets.parser.EpisodeParser;

  provides dev.nuggets.parser.EpisodeParser with
      dev.nuggets.parser.text.TextParser,
      dev.nuggets.parser.json.JsonParser,
      dev.nuggets.parser.chapters.ChaptersParser,
      dev.nuggets.parser.jsonld.JsonLdParser;
}
