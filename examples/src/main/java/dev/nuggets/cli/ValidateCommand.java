package dev.nuggets.cli;

import dev.nuggets.cli.InputFiles.Source;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.Parsers;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * {@code nuggets validate}: reads every input and reports its diagnostics, as lines on standard error or as one JSON
 * document on standard output; exit status 1 when any input has an error ({@code --strict}: or a warning).
 */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Reads every INPUT (files, folders or globs; standard input when none is given) and reports its diagnostics.",
      "Exit status 1 when any input has an error (with --strict, a warning too), else 0.",
      "--diagnostics json writes one JSON document to standard output: {\"files\": [{\"file\", \"format\", \"kind\","
          + " \"diagnostics\": [{\"severity\", \"code\", \"message\", \"line\", \"column\"}]}], \"errors\","
          + " \"warnings\"}."
    })
final class ValidateCommand implements Callable<Integer> {
  /** How diagnostics are reported. */
  enum Style {
    TEXT,
    JSON
  }

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Mixin
  @SuppressWarnings("NullAway.Init")
  private ReadOptions read;

  @Option(
      names = "--diagnostics",
      paramLabel = "STYLE",
      description = "text (lines on standard error, the default) or json (one document on standard output).")
  private Style style = Style.TEXT;

  @Parameters(paramLabel = "INPUT", arity = "0..*", description = "Files, folders or globs; - for standard input.")
  private List<String> inputs = new ArrayList<>();

  /** Standard output stays open after the document: the CLI flushes and closes it at exit. */
  private static final JsonFactory JSON =
      JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

  /** One input's result. */
  private record Checked(String name, Reading.Outcome outcome) {}

  @Override
  public Integer call() {
    Parsers parsers = read.lenientParsers();
    List<Checked> results = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    if (inputs.isEmpty() || inputs.equals(List.of("-"))) {
      Input source = read.standardInput(cli.stdin());
      results.add(new Checked(source.name(), Reading.read(parsers, read.from, source, new Reading.Visitor() {})));
    } else {
      InputFiles.Found found = InputFiles.expand(inputs, read.readable(parsers));
      problems.addAll(found.problems());
      for (Source source : found.sources()) {
        Input input = Input.of(source.path());
        results.add(new Checked(source.name(), Reading.read(parsers, read.from, input, new Reading.Visitor() {})));
      }
    }
    problems.forEach(cli.stderr()::println);
    if (style == Style.JSON) {
      json(results, cli.stdout());
    } else {
      text(results);
    }
    boolean failed = !problems.isEmpty()
        || results.stream().anyMatch(r -> Validation.fails(r.outcome().diagnostics(), read.strict));
    return failed ? NuggetsCli.INPUT_ERROR : 0;
  }

  private void text(List<Checked> results) {
    int warnings = 0;
    int errors = 0;
    for (Checked result : results) {
      FileLog log = new FileLog(read.verbose);
      log.report(result.name(), result.outcome().diagnostics());
      log.lines().forEach(cli.stderr()::println);
      warnings += log.warnings();
      errors += log.errors();
    }
    if (results.size() > 1) {
      cli.stderr().println(Progress.plural(results.size(), "file") + ": " + Progress.plural(warnings, "warning")
          + ", " + Progress.plural(errors, "error"));
    }
    cli.stderr().flush();
  }

  private void json(List<Checked> results, OutputStream out) {
    int warnings = 0;
    int errors = 0;
    try (JsonGenerator json =
        JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      json.writeStartObject();
      json.writeArrayPropertyStart("files");
      for (Checked result : results) {
        json.writeStartObject();
        json.writeStringProperty("file", result.name());
        json.writeStringProperty("format", result.outcome().format().orElse(""));
        json.writeStringProperty("kind", result.outcome().kind().label());
        json.writeArrayPropertyStart("diagnostics");
        for (Diagnostic diagnostic : result.outcome().diagnostics()) {
          warnings += diagnostic.severity() == Severity.WARNING ? 1 : 0;
          errors += diagnostic.severity() == Severity.ERROR ? 1 : 0;
          json.writeStartObject();
          json.writeStringProperty("severity", diagnostic.severity().label());
          json.writeStringProperty("code", diagnostic.code());
          json.writeStringProperty("message", diagnostic.message());
          if (diagnostic.position().isPresent()) {
            json.writeNumberProperty("line", diagnostic.position().get().line());
            json.writeNumberProperty("column", diagnostic.position().get().column());
          }
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeNumberProperty("errors", errors);
      json.writeNumberProperty("warnings", warnings);
      json.writeEndObject();
    }
    cli.stdout().println();
    cli.stdout().flush();
  }
}
