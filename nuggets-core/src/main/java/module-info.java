/**
 * The Nuggets content model: immutable, null-free values for podcasts, their episodes, feeds and transcripts, the
 * identity of formats and the kinds of content they hold, and the diagnostics that parsers and renderers report.
 * This module has no dependencies at run time.
 */
module dev.nuggets.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports dev.nuggets.core;
  exports dev.nuggets.core.diag;
  exports dev.nuggets.core.format;
  exports dev.nuggets.core.feed;
  // The built-in formats and the rules that reading and writing share; not API.
  exports dev.nuggets.core.formats to
      dev.nuggets.parser,
      dev.nuggets.render;
  exports dev.nuggets.core.text to
      dev.nuggets.parser,
      dev.nuggets.render;
}
