package dev.nuggets.cli;

import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.EpisodeRenderer;
import dev.nuggets.render.Renderers;
import java.io.PrintStream;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code nuggets formats}: what can be read and written. */
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
    for (EpisodeParser parser : Parsers.discover().formats()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-10s %s",
              parser.format(),
              String.join(" ", new TreeSet<>(parser.fileExtensions()).stream().map(e -> "." + e).toList())));
    }
    out.println("Renderers (--to):");
    for (EpisodeRenderer renderer : Renderers.discover().formats()) {
      out.println(
          String.format(
              Locale.ROOT, "  %-10s .%-8s %s", renderer.format(), renderer.fileExtension(), renderer.mediaType()));
    }
    out.flush();
    return 0;
  }
}
