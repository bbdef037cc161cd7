/**
 * Nuggets parsers: read episodes from the formats found in the wild, with diagnostics at line:column.
 *
 * <p>Formats are {@link dev.nuggets.parser.FormatParser} services; this module provides the {@code text},
 * {@code json}, {@code chapters}, {@code jsonld}, {@code markdown} and {@code html} formats.
 */
module dev.nuggets.parser {
  requires transitive dev.nuggets.core;
  requires static org.jspecify;
  requires org.commonmark;
  requires org.jsoup;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires java.xml;

  exports dev.nuggets.parser;
  exports dev.nuggets.parser.text;
  exports dev.nuggets.parser.json;
  exports dev.nuggets.parser.chapters;
  exports dev.nuggets.parser.jsonld;
  exports dev.nuggets.parser.markdown;
  exports dev.nuggets.parser.html;
  exports dev.nuggets.parser.vtt;
  exports dev.nuggets.parser.srt;
  exports dev.nuggets.parser.rss;

  uses dev.nuggets.parser.FormatParser;

  provides dev.nuggets.parser.FormatParser with
      dev.nuggets.parser.text.TextParser,
      dev.nuggets.parser.json.JsonParser,
      dev.nuggets.parser.chapters.ChaptersParser,
      dev.nuggets.parser.jsonld.JsonLdParser,
      dev.nuggets.parser.markdown.MarkdownParser,
      dev.nuggets.parser.html.HtmlParser,
      dev.nuggets.parser.vtt.VttParser,
      dev.nuggets.parser.srt.SrtParser,
      dev.nuggets.parser.rss.RssParser;
}
