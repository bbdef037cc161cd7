/**
 * Nuggets renderers: write episodes out in the built-in formats or in formats users add.
 *
 * <p>Formats are {@link dev.nuggets.render.EpisodeRenderer} services; this module provides the {@code json},
 * {@code jsonld} and {@code chapters} formats.
 */
module dev.nuggets.render {
  requires transitive dev.nuggets.core;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.nuggets.render;
  exports dev.nuggets.render.json;
  exports dev.nuggets.render.jsonld;
  exports dev.nuggets.render.chapters;

  uses dev.nuggets.render.EpisodeRenderer;

  provides dev.nuggets.render.EpisodeRenderer with
      dev.nuggets.render.json.JsonRenderer,
      dev.nuggets.render.jsonld.JsonLdRenderer,
      dev.nuggets.render.chapters.ChaptersRenderer;
}
