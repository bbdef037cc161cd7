package dev.nuggets.cli;

import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nuggets inspect}: the content of one input as a readable tree, then its diagnostics. A feed prints its
 * show, then its episodes as they are read, so a long feed starts printing at once and never is held whole.
 */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    description = {
      "Prints what INPUT (an episode, a feed or a transcript) holds, as it was read, then its diagnostics.",
      "Exit status 1 when INPUT has errors (with --strict, warnings too)."
    })
final class InspectCommand implements Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private ReadOptions read;

  @Parameters(paramLabel = "INPUT", arity = "0..1", description = "The file to read; standard input when left out or -.")
  private @Nullable String input;

  @Override
  public Integer call() {
    Parsers parsers = read.lenientParsers();
    String name = input;
    Input source = name == null || name.equals("-") ? read.standardInput(cli.stdin()) : Input.of(Path.of(name));
    ContentTree tree = new ContentTree(cli.stdout(), source.name());
    Reading.Outcome outcome = Reading.read(parsers, read.from, source, tree);
    tree.diagnostics(outcome.diagnostics().stream()
        .filter(d -> read.verbose || d.severity() != dev.nuggets.core.diag.Severity.INFO).toList());
    cli.stdout().flush();
    return Validation.fails(outcome.diagnostics(), read.strict) ? NuggetsCli.INPUT_ERROR : 0;
  }
}
