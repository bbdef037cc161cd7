package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.parser.EpisodeParser;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.render.EpisodeRenderer;
import dev.nuggets.render.NuggetsRenderException;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.Renderers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nuggets convert}: read one input, write it in another format. */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads INPUT and writes it in the format given by --to.",
      "Diagnostics go to stderr as INPUT:LINE:COL: warning|error: CODE message."
    })
final class ConvertCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "FORMAT",
      description = "The input's format; detected from its extension and content when left out.")
  private @Nullable String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      description = "The output format (see 'nuggets formats').")
  @SuppressWarnings("NullAway.Init")
  private String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write; standard output when left out.")
  private @Nullable Path output;

  @Option(names = "--strict", description = "Treat every warning as an error.")
  private boolean strict;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also report informational diagnostics (what was guessed or repaired).")
  private boolean verbose;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The file to read, or - for standard input.")
  @SuppressWarnings("NullAway.Init")
  private String input;

  @Override
  public Integer call() {
    Parsers parsers = Parsers.builder().strict(strict).build();
    Renderers renderers = Renderers.discover();
    if (from != null && parsers.format(from).isEmpty()) {
      throw usage("unknown input format '" + from + "'; known: " + names(parsers.formats().stream().map(EpisodeParser::format).collect(Collectors.toList())));
    }
    if (renderers.format(to).isEmpty()) {
      throw usage("unknown output format '" + to + "'; known: " + names(renderers.formats().stream().map(EpisodeRenderer::format).collect(Collectors.toList())));
    }
    boolean stdin = input.equals("-");
    String inputName = stdin ? "<stdin>" : input;
    ParseResult result;
    try {
      result = parse(parsers, stdin);
    } catch (NuggetsParseException e) {
      report(inputName, e.diagnostics());
      return NuggetsCli.INPUT_ERROR;
    }
    report(inputName, result.diagnostics());
    if (result.hasErrors()) {
      return NuggetsCli.INPUT_ERROR;
    }
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      RenderResult rendered = renderers.render(result.episode(), to, bytes);
      report(output != null ? output.toString() : "<stdout>", rendered.diagnostics());
      if (output != null) {
        Files.write(output, bytes.toByteArray());
      } else {
        cli.stdout().write(bytes.toByteArray());
        cli.stdout().flush();
      }
    } catch (NuggetsRenderException e) {
      report(inputName, e.diagnostics());
      return NuggetsCli.INPUT_ERROR;
    } catch (IOException | UncheckedIOException e) {
      cli.stderr().println(output + ": error: cannot write: " + e.getMessage());
      return NuggetsCli.INPUT_ERROR;
    }
    return 0;
  }

  private ParseResult parse(Parsers parsers, boolean stdin) {
    if (stdin) {
      return from != null ? parsers.parse(cli.stdin(), "<stdin>", from) : parsers.parse(cli.stdin(), "<stdin>");
    }
    Path path = Path.of(input);
    return from != null ? parsers.parse(path, from) : parsers.parse(path);
  }

  private void report(String inputName, List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      if (verbose || diagnostic.severity() != Severity.INFO) {
        cli.stderr().println(diagnostic.format(inputName));
      }
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  private static String names(List<String> names) {
    return String.join(", ", names);
  }
}
