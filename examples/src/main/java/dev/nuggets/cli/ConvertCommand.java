package dev.nuggets.cli;

import dev.nuggets.cli.Converter.Destination;
import dev.nuggets.cli.InputFiles.Source;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code nuggets convert}: read inputs (episodes, feeds or transcripts) and write them in another format. One input
 * goes to standard output or to the file {@code -o} names; several inputs, folders and globs go into the folder
 * {@code -o} names, mirroring the input tree. A feed written in a format that holds one episode (Markdown, HTML,
 * text) becomes one file per episode in a folder.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads INPUT... (episodes, feeds or transcripts: files, folders or globs; standard input when none is given"
          + " or for -) and writes them in the format given by --to, or by the extension of -o.",
      "One input goes to standard output or to the file -o names; several inputs, folders and globs go into the"
          + " folder -o names, mirroring the input tree. Never writes over an input; every file is written whole"
          + " or not at all.",
      "A feed written in a format of single episodes (markdown, html, text) becomes one file per episode in a"
          + " folder.",
      "Diagnostics go to stderr as INPUT:LINE:COL: warning|error: CODE message."
    })
final class ConvertCommand implements java.util.concurrent.Callable<Integer> {
  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private ReadOptions read;

  @Option(
      names = {"-t", "--to"},
      paramLabel = "FORMAT",
      description = "The output format (see 'nuggets formats'); names and aliases in any case. Left out, the"
          + " extension of -o decides.")
  private @Nullable String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write: a file, a folder (several inputs; a feed as single episodes), or - for"
          + " standard output (the default).")
  private @Nullable String output;

  @Option(
      names = {"-j", "--jobs"},
      paramLabel = "N",
      description = "How many inputs to convert at once (default: one per processor).")
  private int jobs = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--transcript",
      paramLabel = "FILE",
      description = "A transcript (see 'nuggets formats') to attach to every episode written.")
  private @Nullable Path transcript;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or globs; - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Override
  public Integer call() {
    if (jobs < 1) {
      throw usage("--jobs must be 1 or more");
    }
    Parsers parsers = read.parsers();
    Renderers renderers = Renderers.discover();
    FormatRenderer target = target(renderers);
    Optional<Transcript> attached = Optional.empty();
    if (transcript != null) {
      Optional<Transcript> read = transcript(parsers, transcript);
      if (read.isEmpty()) {
        return NuggetsCli.INPUT_ERROR;
      }
      attached = read;
    }
    boolean toStdout = output == null || output.equals("-");
    if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
      return single(parsers, renderers, target, attached, standardInput(), toStdout);
    }
    if (inputs.contains("-")) {
      throw usage("standard input (-) is read alone, not beside files");
    }
    InputFiles.Found found = InputFiles.expand(inputs, read.readable(parsers));
    if (found.sources().isEmpty()) {
      found.problems().forEach(cli.stderr()::println);
      return NuggetsCli.INPUT_ERROR;
    }
    if (!found.tree() && found.sources().size() == 1) {
      Source source = found.sources().get(0);
      return single(parsers, renderers, target, attached, Input.of(source.path()), toStdout);
    }
    return many(parsers, renderers, target, attached, found);
  }

  /** One input: to standard output, to the file {@code -o} names, or into the folder it names. */
  private int single(
      Parsers parsers, Renderers renderers, FormatRenderer target, Optional<Transcript> attached, Input source,
      boolean toStdout) {
    Destination destination = Destination.STDOUT;
    if (!toStdout) {
      Path out = Path.of(requireOutput());
      Path file = Files.isDirectory(out) && source.path().isPresent()
          ? out.resolve(withExtension(source.path().get().getFileName(), target))
          : out;
      destination = new Destination(Optional.of(file), Optional.of(out), false);
    }
    FileLog log = new FileLog(read.verbose);
    converter(parsers, renderers, target, attached, inputSet(source.path().stream().toList()))
        .convert(source, destination, log);
    log.lines().forEach(cli.stderr()::println);
    cli.stderr().flush();
    return log.failed() ? NuggetsCli.INPUT_ERROR : 0;
  }

  /** Several inputs into a folder that mirrors their tree, {@code --jobs} at a time, with progress and a summary. */
  private int many(
      Parsers parsers, Renderers renderers, FormatRenderer target, Optional<Transcript> attached,
      InputFiles.Found found) {
    if (output == null || output.equals("-")) {
      throw usage("several inputs are written into a folder: name it with -o DIR");
    }
    Path folder = Path.of(output);
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw usage("several inputs are written into a folder, and " + output + " is a file");
    }
    Map<Path, Source> targets = new HashMap<>();
    List<Source> sources = found.sources();
    for (Source source : sources) {
      Path file = folder.resolve(withExtension(source.relative(), target)).normalize();
      Source other = targets.put(file, source);
      if (other != null) {
        throw usage(other.name() + " and " + source.name() + " would both be written to " + file
            + "; convert them into separate folders");
      }
    }
    found.problems().forEach(cli.stderr()::println);
    Converter converter =
        converter(parsers, renderers, target, attached, inputSet(sources.stream().map(Source::path).toList()));
    Progress progress = new Progress(cli.stderr(), cli.isTerminal(), sources.size());
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(jobs, Math.max(1, sources.size())));
    try {
      for (Source source : sources) {
        Path file = folder.resolve(withExtension(source.relative(), target));
        Path episodes = file.resolveSibling(baseName(file.getFileName()));
        pool.execute(() -> {
          FileLog log = new FileLog(read.verbose);
          try {
            converter.convert(
                Input.of(source.path()), new Destination(Optional.of(file), Optional.of(episodes), true), log);
          } catch (RuntimeException e) {
            log.error(source.name(), CliCodes.FAILURE, "could not be converted: " + e);
          }
          progress.done(log);
        });
      }
    } finally {
      pool.shutdown();
      awaitQuietly(pool);
    }
    progress.finish("converted");
    return progress.failed() > 0 || !found.problems().isEmpty() ? NuggetsCli.INPUT_ERROR : 0;
  }

  private static void awaitQuietly(ExecutorService pool) {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // Each input is bounded by the parse limits; keep waiting.
      }
    } catch (InterruptedException e) {
      pool.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  private Converter converter(
      Parsers parsers, Renderers renderers, FormatRenderer target, Optional<Transcript> attached, Set<Path> inputs) {
    return new Converter(parsers, renderers, target, read.from, read.strict, attached, cli.stdout(), inputs);
  }

  /** The output format: {@code --to}, else the one the extension of {@code -o} names. */
  private FormatRenderer target(Renderers renderers) {
    String name = to;
    if (name != null) {
      return renderers.format(name).orElseThrow(() -> usage("unknown output format '" + name + "'; known: "
          + Formats.names(renderers.formats().stream().map(FormatRenderer::format))));
    }
    String out = output;
    if (out == null || out.equals("-")) {
      throw usage("name the output format with --to FORMAT (or write to a file with -o FILE.EXT)");
    }
    String extension = extension(Path.of(out).getFileName());
    if (extension.isEmpty()) {
      throw usage("name the output format with --to FORMAT: " + out + " has no extension to tell it");
    }
    return Formats.byExtension(renderers.formats(), FormatRenderer::format, extension)
        .orElseThrow(() -> usage("no output format writes ." + extension + " files; name one with --to FORMAT"));
  }

  private Optional<Transcript> transcript(Parsers parsers, Path file) {
    FileLog log = new FileLog(read.verbose);
    if (parsers.formats(ContentKind.TRANSCRIPT).isEmpty()) {
      log.error(file.toString(), CliCodes.WRONG_KIND, "no format reads transcripts here (see 'nuggets formats')");
    } else {
      ParseResult<Transcript> result = parsers.readTranscript(Input.of(file));
      log.report(file.toString(), result.diagnostics());
      if (!Converter.unreadable(result.diagnostics(), log)) {
        log.lines().forEach(cli.stderr()::println);
        return Optional.of(result.value());
      }
    }
    log.lines().forEach(cli.stderr()::println);
    return Optional.empty();
  }

  private Input standardInput() {
    return read.standardInput(cli.stdin());
  }


  private static Set<Path> inputSet(List<Path> paths) {
    Set<Path> real = new HashSet<>();
    for (Path path : paths) {
      try {
        real.add(path.toRealPath());
      } catch (IOException e) {
        // A missing input cannot be overwritten; reading it will say that it is missing.
      }
    }
    return real;
  }

  private String requireOutput() {
    String out = output;
    if (out == null) {
      throw usage("name the output with -o");
    }
    return out;
  }

  /** {@code pages/a.txt} as {@code pages/a.md}: the same place, the output format's extension. */
  private static Path withExtension(Path relative, FormatRenderer target) {
    Path name = relative.getFileName();
    String file = baseName(name) + "." + target.format().defaultExtension();
    Path parent = relative.getParent();
    return parent != null ? parent.resolve(file) : Path.of(file);
  }

  private static String baseName(Path name) {
    String file = name.toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static String extension(@Nullable Path name) {
    if (name == null) {
      return "";
    }
    String file = name.toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
