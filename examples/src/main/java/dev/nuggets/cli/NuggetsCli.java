package dev.nuggets.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code nuggets}: convert podcast summaries between formats and list the formats.
 *
 * <pre>
 * java -jar nuggets.jar convert [--from FORMAT] --to FORMAT [-o OUT] [--strict] INPUT
 * java -jar nuggets.jar formats
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
    subcommands = {ConvertCommand.class, FormatsCommand.class, CommandLine.HelpCommand.class})
public final class NuggetsCli implements Runnable {
  /** Exit status when the input has errors or cannot be read or written. */
  static final int INPUT_ERROR = 1;

  /** Exit status on a usage error (picocli's own). */
  static final int USAGE_ERROR = 2;

  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;

  NuggetsCli(InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /** Runs the tool with the given streams and returns its exit status. */
  static int run(InputStream stdin, PrintStream stdout, PrintStream stderr, String... args) {
    CommandLine commandLine = new CommandLine(new NuggetsCli(stdin, stdout, stderr));
    commandLine.setOut(new PrintWriter(stdout, true, StandardCharsets.UTF_8));
    commandLine.setErr(new PrintWriter(stderr, true, StandardCharsets.UTF_8));
    return commandLine.execute(args);
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
        spec.commandLine(), "Missing command: use 'convert' or 'formats' (see --help)");
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
