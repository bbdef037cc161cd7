package dev.nuggets.cli;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.Detection;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.NuggetsParseException;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.FeedWriter;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.NuggetsRenderException;
import dev.nuggets.render.RenderResult;
import dev.nuggets.render.RenderedText;
import dev.nuggets.render.Renderers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

/**
 * {@code nuggets convert}: read one input (an episode, a feed or a transcript) and write it in another format. A
 * feed written in a format that holds one episode (Markdown, HTML, text) becomes one file per episode in the folder
 * {@code -o} names.
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Reads INPUT (an episode, a feed or a transcript) and writes it in the format given by --to.",
      "A feed written in a format of single episodes (markdown, html, text) becomes one file per episode in the"
          + " folder given by -o.",
      "Diagnostics go to stderr as INPUT:LINE:COL: warning|error: CODE message."
    })
final class ConvertCommand implements Callable<Integer> {
  /** Codes that mean the input as a whole could not be read: then nothing is written. */
  private static final Set<String> UNREADABLE =
      Set.of(
          "input.unreadable", "input.binary", "input.unknown-format", "input.other-kind", "limit.input-size",
          "parser.failure");

  @ParentCommand
  @SuppressWarnings("NullAway.Init")
  private NuggetsCli cli;

  @Spec
  @SuppressWarnings("NullAway.Init")
  private CommandSpec spec;

  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      description = "The input's format; detected from its extension and content when left out.")
  private @Nullable String from;

  @Option(
      names = {"-t", "--to"},
      required = true,
      paramLabel = "FORMAT",
      description = "The output format (see 'nuggets formats'); names and aliases in any case.")
  @SuppressWarnings("NullAway.Init")
  private String to;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "OUT",
      description = "Where to write (a folder for a feed written as single episodes); standard output when left out.")
  private @Nullable Path output;

  @Option(names = "--strict", description = "Treat every warning, of reading or of writing, as an error.")
  private boolean strict;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also say which format was read and why, and report informational diagnostics.")
  private boolean verbose;

  @Parameters(index = "0", paramLabel = "INPUT", description = "The file to read, or - for standard input.")
  @SuppressWarnings("NullAway.Init")
  private String input;

  @Override
  public Integer call() {
    Parsers parsers = Parsers.builder().strict(strict).build();
    Renderers renderers = Renderers.discover();
    if (from != null && parsers.format(from).isEmpty()) {
      throw usage("unknown input format '" + from + "'; known: " + names(parsers.formats().stream()
          .map(p -> p.format().name()).collect(Collectors.toList())));
    }
    Optional<FormatRenderer> renderer = renderers.format(to);
    if (renderer.isEmpty()) {
      throw usage("unknown output format '" + to + "'; known: " + names(renderers.formats().stream()
          .map(r -> r.format().name()).collect(Collectors.toList())));
    }
    Input source;
    try {
      source = input.equals("-") ? Input.of(cli.stdin().readAllBytes()).named("<stdin>") : Input.of(Path.of(input));
    } catch (IOException e) {
      cli.stderr().println("<stdin>: error: input.unreadable the input could not be read: " + e.getMessage());
      return NuggetsCli.INPUT_ERROR;
    }
    Optional<Detection> detection = from != null ? Optional.of(parsers.detect(source, from)) : parsers.detect(source);
    ContentKind kind = detection.map(Detection::kind).orElse(ContentKind.EPISODE);
    String format = detection.map(d -> d.format().name()).orElse("");
    if (verbose && detection.isPresent()) {
      cli.stderr().println(
          "format: " + format + " (" + detection.get().reason(source.name()) + ")"
              + (kind == ContentKind.EPISODE ? "" : ", a " + kind.label()));
    }
    FormatRenderer target = renderer.get();
    try {
      switch (kind) {
        case FEED:
          return feed(parsers, renderers, source, format, target);
        case TRANSCRIPT:
          return transcript(parsers, renderers, source, format, target);
        default:
          return episode(parsers, renderers, source, detection.isPresent() ? format : null, target);
      }
    } catch (NuggetsParseException e) {
      report(source.name(), e.diagnostics());
      return NuggetsCli.INPUT_ERROR;
    }
  }

  private int episode(
      Parsers parsers, Renderers renderers, Input source, @Nullable String format, FormatRenderer target) {
    ParseResult<Episode> result =
        format != null ? parsers.readEpisode(source, format) : parsers.readEpisode(source);
    report(source.name(), result.diagnostics());
    if (unreadable(result.diagnostics())) {
      return NuggetsCli.INPUT_ERROR;
    }
    if (!target.format().writes(ContentKind.EPISODE)) {
      return wrongKind(target, ContentKind.EPISODE);
    }
    return write(() -> renderers.renderToString(result.value(), target.format().name()));
  }

  private int transcript(Parsers parsers, Renderers renderers, Input source, String format, FormatRenderer target) {
    ParseResult<Transcript> result = parsers.readTranscript(source, format);
    report(source.name(), result.diagnostics());
    if (unreadable(result.diagnostics())) {
      return NuggetsCli.INPUT_ERROR;
    }
    if (!target.format().writes(ContentKind.TRANSCRIPT)) {
      return wrongKind(target, ContentKind.TRANSCRIPT);
    }
    return write(() -> renderers.renderToString(result.value(), target.format().name()));
  }

  /** A feed: streamed into a feed format, or one file per episode in a folder for a format of single episodes. */
  private int feed(Parsers parsers, Renderers renderers, Input source, String format, FormatRenderer target) {
    boolean asFeed = target.format().writes(ContentKind.FEED);
    if (!asFeed && !target.format().writes(ContentKind.EPISODE)) {
      return wrongKind(target, ContentKind.FEED);
    }
    if (!asFeed && output == null) {
      throw usage("a feed written as " + target.format().name() + " is one file per episode: name a folder with -o");
    }
    try (FeedStream feed = parsers.readFeed(source, format)) {
      if (asFeed) {
        StringBuilder text = new StringBuilder();
        FeedWriter writer = renderers.openFeed(feed.podcast(), target.format().name(), text);
        feed.forEachRemaining(writer::write);
        RenderResult rendered = writer.finish();
        report(source.name(), feed.diagnostics());
        if (unreadable(feed.diagnostics())) {
          return NuggetsCli.INPUT_ERROR;
        }
        return write(() -> new RenderedText(text.toString(), rendered.format(), rendered.diagnostics()));
      }
      return episodesIntoFolder(feed, renderers, target, source.name());
    }
  }

  private int episodesIntoFolder(FeedStream feed, Renderers renderers, FormatRenderer target, String inputName) {
    Path folder = output;
    if (folder == null) {
      throw usage("name a folder with -o");
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      cli.stderr().println(folder + ": error: cannot create the folder: " + why(e));
      return NuggetsCli.INPUT_ERROR;
    }
    Set<String> names = new HashSet<>();
    int number = 0;
    boolean failed = false;
    while (feed.hasNext()) {
      Episode episode = feed.next();
      number++;
      Path file = folder.resolve(fileName(episode, number, target.format().defaultExtension(), names));
      RenderedText text;
      try {
        text = renderers.renderToString(episode, target.format().name());
      } catch (NuggetsRenderException e) {
        report(file.toString(), e.diagnostics());
        failed = true;
        continue;
      }
      report(file.toString(), text.diagnostics());
      if (strict && text.hasProblems()) {
        failed = true;
        continue;
      }
      try {
        renderers.render(episode, target.format().name(), file);
      } catch (UncheckedIOException e) {
        cli.stderr().println(file + ": error: " + e.getMessage());
        failed = true;
      }
    }
    report(inputName, feed.diagnostics());
    return failed || unreadable(feed.diagnostics()) ? NuggetsCli.INPUT_ERROR : 0;
  }

  /** {@code 001-title-of-the-episode.md}: numbered in feed order, named by title, never twice the same. */
  private static String fileName(Episode episode, int number, String extension, Set<String> taken) {
    String slug = episode.title().map(ConvertCommand::slug).filter(s -> !s.isEmpty()).orElse("episode");
    String base = String.format(Locale.ROOT, "%03d-%s", number, slug);
    String name = base + "." + extension;
    for (int n = 2; !taken.add(name); n++) {
      name = base + "-" + n + "." + extension;
    }
    return name;
  }

  private static String slug(String title) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < title.length() && out.length() < 60; ) {
      int cp = title.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp)) {
        out.appendCodePoint(Character.toLowerCase(cp));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(0, end);
  }

  @FunctionalInterface
  private interface Rendering {
    RenderedText render();
  }

  /** Renders to memory, reports, and writes only what may be written: nothing in strict mode with warnings. */
  private int write(Rendering rendering) {
    String target = output != null ? output.toString() : "<stdout>";
    RenderedText text;
    try {
      text = rendering.render();
    } catch (NuggetsRenderException e) {
      report(target, e.diagnostics());
      return NuggetsCli.INPUT_ERROR;
    }
    report(target, text.diagnostics());
    if (strict && text.hasProblems()) {
      return NuggetsCli.INPUT_ERROR;
    }
    try {
      if (output != null) {
        writeAtomically(output, text.text());
      } else {
        cli.stdout().write(text.text().getBytes(StandardCharsets.UTF_8));
        cli.stdout().flush();
      }
    } catch (IOException e) {
      cli.stderr().println(target + ": error: cannot write: " + why(e));
      return NuggetsCli.INPUT_ERROR;
    }
    return 0;
  }

  /** Writes beside the target and moves into place: a failure or a kill leaves the old file as it was. */
  private static void writeAtomically(Path target, String text) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = Files.createTempFile(folder, "." + absolute.getFileName() + ".", ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Files.move(temporary, absolute, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String why(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private int wrongKind(FormatRenderer target, ContentKind kind) {
    cli.stderr().println(
        "error: the " + target.format().name() + " format does not write " + kind.label() + "s; it writes "
            + target.format().writes().stream().map(ContentKind::label).collect(Collectors.joining(", ")));
    return NuggetsCli.INPUT_ERROR;
  }

  /** Whether the input as a whole could not be read (rather than read with some parts skipped). */
  private static boolean unreadable(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> d.isError() && UNREADABLE.contains(d.code()));
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
