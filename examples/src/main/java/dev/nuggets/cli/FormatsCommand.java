package dev.nuggets.cli;

import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.Renderers;
import java.io.PrintStream;
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
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Override
  public Integer call() {
    PrintStream out = cli.stdout();
    out.println("Parsers (--from):");
    for (FormatParser parser : Parsers.discover().formats()) {
      out.println(line(parser.format(), kinds(parser.format(), true)));
    }
    out.println("Renderers (--to):");
    for (FormatRenderer renderer : Renderers.discover().formats()) {
      out.println(line(renderer.format(), kinds(renderer.format(), false)));
    }
    out.flush();
    return 0;
  }

  private static String line(Format format, String kinds) {
    String extensions = format.fileExtensions().stream().map(e -> "." + e).collect(Collectors.joining(" "));
    String aliases = format.aliases().isEmpty() ? "" : "  (also: " + String.join(", ", format.aliases()) + ")";
    return String.format(Locale.ROOT, "  %-10s %-9s %-22s %s%s", format.name(), kinds, extensions,
        format.description(), aliases);
  }

  private static String kinds(Format format, boolean reads) {
    return (reads ? format.reads() : format.writes()).stream().map(ContentKind::label).collect(Collectors.joining(","));
  }
}
