package dev.nuggets.bench;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.Renderers;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats a run measures: every format that Nuggets' registered parsers read and its renderers write for a
 * kind of content. This is the extension point for new formats: a format that lands (rss, the transcript
 * formats) joins the benchmarks of its kind with nothing to change here.
 */
public final class Formats {
  private Formats() {}

  /** The formats whose parser reads and whose renderer writes {@code kind}, in the parsers' order. */
  public static List<String> readAndWritten(ContentKind kind) {
    Renderers renderers = Renderers.discover();
    List<String> names = new ArrayList<>();
    for (FormatParser parser : Parsers.discover().formats(kind)) {
      String name = parser.format().name();
      for (FormatRenderer renderer : renderers.formats(kind)) {
        if (renderer.format().name().equals(name) && !names.contains(name)) {
          names.add(name);
        }
      }
    }
    return names;
  }
}
