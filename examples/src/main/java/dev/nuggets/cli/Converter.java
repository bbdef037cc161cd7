package dev.nuggets.cli;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
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
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Converts one input (an episode, a feed or a transcript) into one destination, and says what happened in a
 * {@link FileLog}. Immutable apart from its log, so one converter serves every worker thread of a run.
 */
final class Converter {
  /** Codes that mean the input as a whole could not be read: then nothing is written. */
  private static final Set<String> UNREADABLE =
      Set.of(
          "input.unreadable", "input.binary", "input.unknown-format", "input.other-kind", "limit.input-size",
          "parser.failure");

  /**
   * Where one input goes: a file, or standard output when {@code file} is empty; a feed written as single
   * episodes goes into {@code episodes}, one file each, and needs that folder. Missing folders are made only
   * when {@code createFolders} (a mirrored tree); a single output file's folder must exist, or the run says so.
   */
  record Destination(Optional<Path> file, Optional<Path> episodes, boolean createFolders) {
    static final Destination STDOUT = new Destination(Optional.empty(), Optional.empty(), false);

    String name() {
      return file.map(Path::toString).orElse("<stdout>");
    }
  }

  private final Parsers parsers;
  private final Renderers renderers;
  private final FormatRenderer target;
  private final @Nullable String from;
  private final boolean strict;
  private final Optional<Transcript> transcript;
  private final PrintStream stdout;
  private final Set<Path> inputs;

  /**
   * @param inputs the real paths of every input of the run: no output may replace one
   */
  Converter(
      Parsers parsers, Renderers renderers, FormatRenderer target, @Nullable String from, boolean strict,
      Optional<Transcript> transcript, PrintStream stdout, Set<Path> inputs) {
    this.parsers = parsers;
    this.renderers = renderers;
    this.target = target;
    this.from = from;
    this.strict = strict;
    this.transcript = transcript;
    this.stdout = stdout;
    this.inputs = inputs;
  }

  /** Converts {@code source} into {@code destination}; the log holds every line to print and the counts. */
  void convert(Input source, Destination destination, FileLog log) {
    String inputFormat = from;
    Optional<Detection> detection =
        inputFormat != null ? Optional.of(parsers.detect(source, inputFormat)) : parsers.detect(source);
    ContentKind kind = detection.map(Detection::kind).orElse(ContentKind.EPISODE);
    detection.ifPresent(
        d -> log.note("format: " + d.format().name() + " (" + d.reason(source.name()) + ")"
            + (kind == ContentKind.EPISODE ? "" : ", a " + kind.label())));
    try {
      switch (kind) {
        case FEED -> feed(source, detection.get().format().name(), destination, log);
        case TRANSCRIPT -> transcript(source, detection.get().format().name(), destination, log);
        default -> episode(source, detection.map(d -> d.format().name()), destination, log);
      }
    } catch (NuggetsParseException e) {
      log.report(source.name(), e.diagnostics());
      log.fail();
    }
  }

  private void episode(Input source, Optional<String> format, Destination destination, FileLog log) {
    ParseResult<Episode> result =
        format.isPresent() ? parsers.readEpisode(source, format.get()) : parsers.readEpisode(source);
    log.report(source.name(), result.diagnostics());
    if (unreadable(result.diagnostics(), log) || !writes(ContentKind.EPISODE, source, log)) {
      return;
    }
    Episode episode = transcript.map(t -> result.value().toBuilder().transcript(t).build()).orElse(result.value());
    write(() -> renderers.renderToString(episode, target.format().name()), destination, log);
  }

  private void transcript(Input source, String format, Destination destination, FileLog log) {
    ParseResult<Transcript> result = parsers.readTranscript(source, format);
    log.report(source.name(), result.diagnostics());
    if (unreadable(result.diagnostics(), log) || !writes(ContentKind.TRANSCRIPT, source, log)) {
      return;
    }
    write(() -> renderers.renderToString(result.value(), target.format().name()), destination, log);
  }

  /** A feed: streamed into a feed format, or one file per episode in a folder for a format of single episodes. */
  private void feed(Input source, String format, Destination destination, FileLog log) {
    boolean asFeed = target.format().writes(ContentKind.FEED);
    if (!asFeed && !target.format().writes(ContentKind.EPISODE)) {
      writes(ContentKind.FEED, source, log);
      return;
    }
    if (!asFeed && destination.episodes().isEmpty()) {
      log.error(source.name(), CliCodes.WRONG_KIND, "a feed written as " + target.format().name()
          + " is one file per episode: name a folder with -o");
      return;
    }
    try (FeedStream feed = parsers.readFeed(source, format)) {
      if (asFeed) {
        StringBuilder text = new StringBuilder();
        FeedWriter writer = renderers.openFeed(feed.podcast(), target.format().name(), text);
        feed.forEachRemaining(writer::write);
        RenderResult rendered = writer.finish();
        log.report(source.name(), feed.diagnostics());
        if (!unreadable(feed.diagnostics(), log)) {
          write(() -> new RenderedText(text.toString(), rendered.format(), rendered.diagnostics()), destination, log);
        }
      } else {
        episodesIntoFolder(feed, destination.episodes().get(), log);
        log.report(source.name(), feed.diagnostics());
        unreadable(feed.diagnostics(), log);
      }
    }
  }

  private void episodesIntoFolder(FeedStream feed, Path folder, FileLog log) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      log.error(folder.toString(), CliCodes.OUTPUT_UNWRITABLE, "cannot create the folder: " + AtomicFiles.why(e));
      return;
    }
    Set<String> names = new HashSet<>();
    int number = 0;
    while (feed.hasNext()) {
      Episode episode = feed.next();
      number++;
      Path file = folder.resolve(fileName(episode, number, target.format().defaultExtension(), names));
      write(() -> renderers.renderToString(episode, target.format().name()),
          new Destination(Optional.of(file), Optional.empty(), false), log);
    }
  }

  /** {@code 001-title-of-the-episode.md}: numbered in feed order, named by title, never twice the same. */
  private static String fileName(Episode episode, int number, String extension, Set<String> taken) {
    String slug = episode.title().map(Converter::slug).filter(s -> !s.isEmpty()).orElse("episode");
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
  private void write(Rendering rendering, Destination destination, FileLog log) {
    String name = destination.name();
    RenderedText text;
    try {
      text = rendering.render();
    } catch (NuggetsRenderException e) {
      log.report(name, e.diagnostics());
      log.fail();
      return;
    }
    log.report(name, text.diagnostics());
    if (strict && text.hasProblems()) {
      log.fail();
      return;
    }
    Optional<Path> file = destination.file();
    try {
      if (file.isEmpty()) {
        synchronized (stdout) {
          stdout.write(text.text().getBytes(StandardCharsets.UTF_8));
          stdout.flush();
        }
      } else if (isAnInput(file.get())) {
        log.error(name, CliCodes.OUTPUT_IS_INPUT, "will not write over an input; name another output with -o");
      } else {
        Path parent = file.get().toAbsolutePath().getParent();
        if (parent != null && destination.createFolders()) {
          Files.createDirectories(parent);
        }
        AtomicFiles.write(file.get(), text.text());
      }
    } catch (IOException e) {
      log.error(name, CliCodes.OUTPUT_UNWRITABLE, "cannot write: " + AtomicFiles.why(e));
    }
  }

  private boolean isAnInput(Path file) throws IOException {
    return Files.exists(file) && inputs.contains(file.toRealPath());
  }

  private boolean writes(ContentKind kind, Input source, FileLog log) {
    if (target.format().writes(kind)) {
      return true;
    }
    log.error(source.name(), CliCodes.WRONG_KIND, "the " + target.format().name() + " format does not write " + kind.label() + "s; it writes "
            + target.format().writes().stream().map(ContentKind::label).collect(Collectors.joining(", ")));
    return false;
  }

  /**
   * Whether the input as a whole could not be read (rather than read with some parts skipped): then the input
   * failed and nothing is written.
   */
  static boolean unreadable(List<Diagnostic> diagnostics, FileLog log) {
    boolean unreadable = diagnostics.stream().anyMatch(d -> d.isError() && UNREADABLE.contains(d.code()));
    if (unreadable) {
      log.fail();
    }
    return unreadable;
  }
}
