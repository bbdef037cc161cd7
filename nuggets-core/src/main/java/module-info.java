/**
 * The Nuggets content model: immutable, null-free values for podcasts, episodes, people, takeaways and sections,
 * plus the diagnostics that parsers and renderers report. This module has no dependencies at run time.
 */
module dev.nuggets.core {
  requires static org.jspecify;
  requires static org.immutables.value.annotations;

  exports dev.nuggets.core;
  exports dev.nuggets.core.diag;
}
