package dev.nuggets.cli;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.Renderers;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code nuggets formats}: what can be read and written, and what each holds. */
@Command(
    name = "formats",
    mixinStandardHelpOptions = true,
    description = "Lists the registered parsers (input formats) and renderers (output formats).")
final class FormatsCommand implements Callable<Integer> {
  /** Name, kinds, extensions, then the description with the aliases when there are any. */
  private static final int COLUMNS = 4;

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Override
  public Integer call() {
    PrintStream out = cli.stdout();
    List<String[]> parsers = new ArrayList<>();
    for (FormatParser parser : Parsers.discover().formats()) {
      parsers.add(row(parser.format(), true));
    }
    List<String[]> renderers = new ArrayList<>();
    for (FormatRenderer renderer : Renderers.discover().formats()) {
      renderers.add(row(renderer.format(), false));
    }
    // One set of column widths for both tables, so that they line up whatever the names, kinds and extensions.
    int[] widths = new int[COLUMNS - 1];
    for (List<String[]> table : List.of(parsers, renderers)) {
      for (String[] row : table) {
        for (int i = 0; i < widths.length; i++) {
          widths[i] = Math.max(widths[i], row[i].length());
        }
      }
    }
    out.println("Parsers (--from):");
    parsers.forEach(row -> out.println(line(row, widths)));
    out.println("Renderers (--to):");
    renderers.forEach(row -> out.println(line(row, widths)));
    out.flush();
    return 0;
  }

  private static String[] row(Format format, boolean reads) {
    String kinds =
        (reads ? format.reads() : format.writes()).stream().map(ContentKind::label).collect(Collectors.joining(","));
    String extensions = format.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" "));
    String aliases = format.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", format.aliases()) + ")";
    return new String[] {format.name(), kinds, extensions, format.description() + aliases};
  }

  private static String line(String[] row, int[] widths) {
    StringBuilder line = new StringBuilder("  ");
    for (int i = 0; i < widths.length; i++) {
      line.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", row[i])).append("  ");
    }
    return line.append(row[COLUMNS - 1]).toString();
  }
}
