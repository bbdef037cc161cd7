package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code nuggets}: convert podcast summaries between formats and list the formats.
 *
 * <pre>
 * java -jar nuggets.jar convert [--from FORMAT] [--to FORMAT] [-o OUT] [--jobs N] [--strict] [INPUT...]
 * java -jar nuggets.jar inspect [--from FORMAT] [INPUT]
 * java -jar nuggets.jar validate [--strict] [--diagnostics text|json] [INPUT...]
 * java -jar nuggets.jar formats
 * java -jar nuggets.jar generate-completion   # a bash/zsh completion script</pre>
 *
 * <p>Everything it prints is UTF-8 whatever the locale ({@code LANG=C} included), and every diagnostic has its
 * control characters escaped, so that nothing copied from an input can drive the terminal.
 *
 * <pre>
 * </pre>
 *
 * <p>Exit status: 0 on success (warnings allowed), 1 when the input has errors or cannot be read or written, 2 on a
 * usage error.
 */
@Command(
    name = "nuggets",
    mixinStandardHelpOptions = true,
    versionProvider = NuggetsCli.Version.class,
    description = "Reads podcast episode summaries and writes them in other formats.",
    subcommands = {
      ConvertCommand.class, InspectCommand.class, ValidateCommand.class, FormatsCommand.class,
      AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class
    })
public final class NuggetsCli implements Runnable {
  /** Exit status when the input has errors or cannot be read or written. */
  static final int INPUT_ERROR = 1;

  /** Exit status on a usage error (picocli's own). */
  static final int USAGE_ERROR = 2;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;
  private final boolean terminal;

  NuggetsCli(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
    this.terminal = terminal;
  }

  public static void main(String[] args) {
    // UTF-8 on both streams, not the locale's charset: under LANG=C the JDK would print every non-ASCII
    // character of a diagnostic (a title, a quote) as '?'.
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
    PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(System.in, out, err, System.console() != null, args);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs the tool with the given streams, none of them a terminal, and returns its exit status. */
  static int run(InputStream stdin, PrintStream stdout, PrintStream stderr, String... args) {
    return run(stdin, stdout, stderr, false, args);
  }

  /** Runs the tool; on a {@code terminal} a conversion of several files shows its progress. */
  static int run(InputStream stdin, PrintStream stdout, PrintStream stderr, boolean terminal, String... args) {
    CommandLine commandLine = new CommandLine(new NuggetsCli(stdin, stdout, stderr, terminal));
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
    commandLine.setParameterExceptionHandler(NuggetsCli::usageError);
    return commandLine.execute(args);
  }

  /**
   * A usage error is one line and a hint, not the whole help: {@code nuggets convert: unknown output format
   * 'yaml'...} then {@code Try 'nuggets convert --help'.}
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(Diagnostic.of(Severity.ERROR, CliCodes.USAGE, String.valueOf(e.getMessage())).format(name));
    CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return USAGE_ERROR;
  }

  boolean isTerminal() {
    return terminal;
  }

  InputStream stdin() {
    return stdin;
  }

  PrintStream stdout() {
    return stdout;
  }

  PrintStream stderr() {
    return stderr;
  }

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "Missing command: use convert, inspect, validate or formats");
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = NuggetsCli.class.getPackage().getImplementationVersion();
      return new String[] {"nuggets " + (version != null ? version : "(development build)")};
    }
  }
}
