/**
 * Nuggets renderers: write episodes out in the built-in formats or in formats users add.
 *
 * <p>Formats are {@link dev.nuggets.render.EpisodeRenderer} services; this module provides the {@code json} format.
 */
module dev.nuggets.render {
  requires transitive dev.nuggets.core;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.nuggets.render;
  exports dev.nuggets.render.json;

  uses dev.nuggets.render.EpisodeRenderer;

  provides dev.nuggets.render.EpisodeRenderer with
      dev.nuggets.render.json.JsonRenderer;
}
