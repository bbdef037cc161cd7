/**
 * Runnable examples of the Nuggets API, the {@code nuggets} command-line tool, and an output format of a user's own
 * ({@code shownotes}), which this module registers as a service the way any user's jar would.
 */
module dev.nuggets.examples {
  requires dev.nuggets.parser;
  requires dev.nuggets.render;
  requires info.picocli;
  requires tools.jackson.core;
  requires static org.jspecify;

  // picocli reads the commands' annotated fields and creates their helpers by reflection.
  opens dev.nuggets.cli to info.picocli;

  exports dev.nuggets.examples.shownotes;

  // On the module path only this counts; META-INF/services serves the class path and the shaded nuggets.jar.
  provides dev.nuggets.render.FormatRenderer with
      dev.nuggets.examples.shownotes.ShowNotesRenderer;
}
