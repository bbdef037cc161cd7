/**
 * Nuggets renderers: write episodes out in the built-in formats or in formats users add.
 *
 * <p>Formats are {@link dev.nuggets.render.FormatRenderer} services; this module provides the {@code json},
 * {@code jsonld}, {@code chapters}, {@code text}, {@code markdown} and {@code html} formats. The document formats
 * take element renderers
 * ({@link dev.nuggets.render.ElementRenderer}) that change how one kind of element is written.
 */
module dev.nuggets.render {
  requires transitive dev.nuggets.core;
  requires tools.jackson.core;
  requires static org.jspecify;
  requires java.xml;

  exports dev.nuggets.render;
  exports dev.nuggets.render.html;
  exports dev.nuggets.render.json;
  exports dev.nuggets.render.jsonld;
  exports dev.nuggets.render.chapters;
  exports dev.nuggets.render.markdown;
  exports dev.nuggets.render.text;
  exports dev.nuggets.render.rss;

  uses dev.nuggets.render.FormatRenderer;

  provides dev.nuggets.render.FormatRenderer with
      dev.nuggets.render.json.JsonRenderer,
      dev.nuggets.render.jsonld.JsonLdRenderer,
      dev.nuggets.render.chapters.ChaptersRenderer,
      dev.nuggets.render.html.HtmlRenderer,
      dev.nuggets.render.markdown.MarkdownRenderer,
      dev.nuggets.render.text.TextRenderer,
      dev.nuggets.render.rss.RssRenderer;
}
