package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.text.FormatLookup;
import dev.nuggets.parser.internal.Decoding;
import dev.nuggets.parser.internal.DiagnosticCollector;
import dev.nuggets.parser.internal.InputSketch;
import dev.nuggets.parser.internal.InputTooLargeException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for reading: a registry of formats with the options every parse uses.
 *
 * <pre>{@code
 * Parsers parsers = Parsers.discover();                       // every format on the class or module path
 * ParseResult<Episode> result = parsers.readEpisode(Path.of("episode.md"));
 * Episode episode = result.value();
 * result.diagnostics().forEach(d -> System.err.println(d.format(result.inputName())));
 *
 * ParseResult<Transcript> talk = parsers.readTranscript(Path.of("talk.vtt"));
 * try (FeedStream feed = parsers.readFeed(Path.of("feed.xml"))) {  // the show, then one episode at a time
 *   feed.forEachRemaining(e -> index(feed.podcast(), e));
 * }
 * }</pre>
 *
 * <p>Each read asks for one {@linkplain ContentKind kind of content}. Without a format name the format is
 * detected among those that read that kind: by the input's file extension first (unless the content says it is
 * not that format), then by the content. Detection looks at the start of the input only ({@link InputPrefix}).
 * When no format claims the input, the result has the error {@code input.unknown-format}, which says what the input
 * looks like; when the input is another kind of content (a feed read as an episode), {@code input.other-kind}.
 *
 * <p>Reading is lenient by default and never throws for bad or unreadable input: the result holds what could be
 * read and a diagnostic for everything else. A {@linkplain Builder#strict(boolean) strict} instance throws
 * {@link NuggetsParseException} instead whenever a read has a warning or an error. Format names are compared
 * without regard to case and may be aliases ({@code md}, {@code htm}).
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class Parsers {
  private final List<FormatParser> formats;
  private final ParseLimits limits;
  private final boolean strict;

  private Parsers(Builder builder) {
    List<FormatParser> discovered = new ArrayList<>();
    if (builder.discover) {
      ServiceLoader<FormatParser> loader =
          builder.classLoader != null
              ? ServiceLoader.load(FormatParser.class, builder.classLoader)
              : ServiceLoader.load(FormatParser.class);
      loader.forEach(parser -> {
        if (!parser.format().reads().isEmpty()) {
          discovered.add(parser); // one that reads nothing could never be asked
        }
      });
    }
    this.formats = FormatLookup.merge(builder.registered, discovered, FormatParser::format);
    this.limits = builder.limits;
    this.strict = builder.strict;
  }

  /** Every format found through {@link ServiceLoader}, default limits, lenient. */
  public static Parsers discover() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The registered formats: explicit registrations first, then discovered ones by name. */
  public List<FormatParser> formats() {
    return formats;
  }

  /** The registered formats that read this kind of content. */
  public List<FormatParser> formats(ContentKind kind) {
    return formats.stream().filter(p -> p.format().reads(kind)).collect(Collectors.toUnmodifiableList());
  }

  /** The format with this name or alias, in any case ({@code markdown}, {@code MD}). */
  public Optional<FormatParser> format(String nameOrAlias) {
    return FormatLookup.find(formats, FormatParser::format, Objects.requireNonNull(nameOrAlias, "nameOrAlias"));
  }

  public ParseLimits limits() {
    return limits;
  }

  public boolean isStrict() {
    return strict;
  }

  /** Reads an episode from a file in the format its extension or content shows. */
  public ParseResult<Episode> readEpisode(Path path) {
    return readEpisode(Input.of(path));
  }

  /** Reads an episode in the format the input's name or content shows. */
  public ParseResult<Episode> readEpisode(Input input) {
    return readWhole(input, ContentKind.EPISODE, null, FormatParser::readEpisode, Episode.builder().build());
  }

  /**
   * Reads an episode in the named format.
   *
   * @throws IllegalArgumentException if no format has that name, or the format does not read episodes
   */
  public ParseResult<Episode> readEpisode(Input input, String format) {
    return readWhole(
        input, ContentKind.EPISODE, require(format, ContentKind.EPISODE), FormatParser::readEpisode,
        Episode.builder().build());
  }

  /** Reads a transcript from a file in the format its extension or content shows. */
  public ParseResult<Transcript> readTranscript(Path path) {
    return readTranscript(Input.of(path));
  }

  /** Reads a transcript in the format the input's name or content shows. */
  public ParseResult<Transcript> readTranscript(Input input) {
    return readWhole(
        input, ContentKind.TRANSCRIPT, null, FormatParser::readTranscript, Transcript.builder().build());
  }

  /**
   * Reads a transcript in the named format.
   *
   * @throws IllegalArgumentException if no format has that name, or the format does not read transcripts
   */
  public ParseResult<Transcript> readTranscript(Input input, String format) {
    return readWhole(
        input, ContentKind.TRANSCRIPT, require(format, ContentKind.TRANSCRIPT), FormatParser::readTranscript,
        Transcript.builder().build());
  }

  /** Starts reading a feed from a file in the format its extension or content shows. Close the stream. */
  public FeedStream readFeed(Path path) {
    return readFeed(Input.of(path));
  }

  /** Starts reading a feed in the format the input's name or content shows. Close the stream. */
  public FeedStream readFeed(Input input) {
    return openFeed(input, null);
  }

  /**
   * Starts reading a feed in the named format. Close the stream.
   *
   * @throws IllegalArgumentException if no format has that name, or the format does not read feeds
   */
  public FeedStream readFeed(Input input, String format) {
    return openFeed(input, require(format, ContentKind.FEED));
  }

  /**
   * The format and kind of content the input is in, looking at its start: the most confident of every format for
   * every kind it reads, the input's extension first. Empty when no format claims it or it cannot be read. Reads
   * from the input: a stream or reader cannot be read again afterwards.
   */
  public Optional<Detection> detect(Input input) {
    DiagnosticCollector ignored = new DiagnosticCollector(limits);
    try (OpenedInput opened = OpenedInput.open(input, limits, ignored)) {
      return detect(opened.prefix(), null);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The format the input is in among those that read {@code kind}; empty when none claims it. */
  public Optional<Detection> detect(Input input, ContentKind kind) {
    DiagnosticCollector ignored = new DiagnosticCollector(limits);
    try (OpenedInput opened = OpenedInput.open(input, limits, ignored)) {
      return detect(opened.prefix(), Objects.requireNonNull(kind, "kind"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * Which kind of content the input holds in the named format: the kind it is most confident of, or the first kind
   * it reads when it is confident of none (the input is not in that format at all; reading it will say so).
   *
   * @throws IllegalArgumentException if no format has that name
   */
  public Detection detect(Input input, String format) {
    FormatParser parser =
        format(Objects.requireNonNull(format, "format"))
            .orElseThrow(() -> new IllegalArgumentException("No format named '" + format + "'"));
    Detection fallback =
        new Detection(parser.format(), parser.format().reads().iterator().next(), Detection.How.NAMED, 100);
    DiagnosticCollector ignored = new DiagnosticCollector(limits);
    try (OpenedInput opened = OpenedInput.open(input, limits, ignored)) {
      Detection best = fallback;
      int bestConfidence = 0;
      for (ContentKind kind : parser.format().reads()) {
        int confidence = confidence(parser, kind, opened.prefix());
        if (confidence > bestConfidence) {
          best = new Detection(parser.format(), kind, Detection.How.NAMED, 100);
          bestConfidence = confidence;
        }
      }
      return best;
    } catch (IOException e) {
      return fallback;
    }
  }

  /**
   * The detection rule: among the formats that read {@code kind} (every kind when null), those whose extension the
   * input's name has are asked first, and the most confident of them with a confidence above 0 wins; otherwise the
   * most confident of all, above 0. Ties go to the format registered first.
   */
  private Optional<Detection> detect(InputPrefix prefix, @Nullable ContentKind kind) {
    List<Candidate> byExtension = new ArrayList<>();
    List<Candidate> all = new ArrayList<>();
    String extensionMatched = "";
    for (FormatParser parser : formats) {
      String extension = parser.format().matchingExtension(prefix.name());
      for (ContentKind k : parser.format().reads()) {
        if (kind != null && k != kind) {
          continue;
        }
        Candidate candidate = new Candidate(parser, k, confidence(parser, k, prefix));
        all.add(candidate);
        if (!extension.isEmpty() && extension.length() >= extensionMatched.length()) {
          if (extension.length() > extensionMatched.length()) {
            byExtension.clear(); // a longer extension (notes.txt) is more specific than a shorter one (txt)
            extensionMatched = extension;
          }
          byExtension.add(candidate);
        }
      }
    }
    Optional<Candidate> best = best(byExtension);
    if (best.isPresent()) {
      return Optional.of(best.get().detection(Detection.How.EXTENSION));
    }
    return best(all).map(c -> c.detection(Detection.How.CONTENT));
  }

  private static int confidence(FormatParser parser, ContentKind kind, InputPrefix prefix) {
    try {
      return Math.max(0, Math.min(100, parser.confidence(kind, prefix)));
    } catch (RuntimeException | StackOverflowError e) {
      return 0; // a format that cannot look at the input does not claim it
    }
  }

  private record Candidate(FormatParser parser, ContentKind kind, int confidence) {
    Detection detection(Detection.How how) {
      return new Detection(parser.format(), kind, how, confidence);
    }
  }

  private static Optional<Candidate> best(List<Candidate> candidates) {
    Candidate best = null;
    for (Candidate candidate : candidates) {
      if (candidate.confidence > 0 && (best == null || candidate.confidence > best.confidence)) {
        best = candidate;
      }
    }
    return Optional.ofNullable(best);
  }

  private FormatParser require(String format, ContentKind kind) {
    Objects.requireNonNull(format, "format");
    FormatParser parser =
        format(format)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "No format named '" + format + "'; registered: "
                            + FormatLookup.names(formats, FormatParser::format)));
    if (!parser.format().reads(kind)) {
      throw new IllegalArgumentException(
          "The " + parser.format().name() + " format does not read " + plural(kind) + "; it reads: "
              + parser.format().reads().stream().map(ContentKind::label).collect(Collectors.joining(", "))
              + ". Formats that read " + plural(kind) + ": " + names(formats(kind)));
    }
    return parser;
  }

  private static String plural(ContentKind kind) {
    return kind.label() + "s";
  }

  /** "an episode", "a feed", "a transcript". */
  private static String withArticle(ContentKind kind) {
    String label = kind.label();
    return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }

  /** The formats' names for a message, or "none is registered". */
  private static String names(List<FormatParser> formats) {
    return formats.isEmpty() ? "none is registered" : FormatLookup.names(formats, FormatParser::format);
  }

  /** Reads a document that a format reads whole: an episode or a transcript. */
  private <T> ParseResult<T> readWhole(
      Input input,
      ContentKind kind,
      @Nullable FormatParser named,
      Reading<T> reading,
      T empty) {
    Objects.requireNonNull(input, "input");
    DiagnosticCollector collector = new DiagnosticCollector(limits);
    Optional<Detection> detection = Optional.empty();
    T value = empty;
    try (OpenedInput opened = OpenedInput.open(input, limits, collector)) {
      detection = choose(opened.prefix(), kind, named, collector);
      if (detection.isPresent()) {
        SourceText source = opened.readAll();
        value = run(detection.get(), source, collector, reading).orElse(empty);
      }
    } catch (IOException e) {
      collector.report(failure(e, "reading"));
    } catch (OutOfMemoryError e) {
      value = empty; // what was built is unreachable now, so the heap is free again for the caller
      collector.report(outOfMemory("reading the input"));
    }
    return finish(input.name(), detection, value, collector);
  }

  /** A format's reading method for one kind. */
  @FunctionalInterface
  private interface Reading<T> {
    T read(FormatParser parser, SourceText source, ParseContext context);
  }

  private <T> Optional<T> run(
      Detection detection, SourceText source, DiagnosticCollector collector, Reading<T> reading) {
    FormatParser parser = parser(detection);
    try {
      return Optional.of(reading.read(parser, source, collector));
    } catch (RuntimeException | StackOverflowError e) {
      // A format must report bad input, not throw. Turn a bug into a diagnostic rather than a stack trace.
      collector.report(bug(parser.format(), e));
      return Optional.empty();
    }
  }

  private FormatParser parser(Detection detection) {
    return formats.stream().filter(p -> p.format().equals(detection.format())).findFirst().orElseThrow();
  }

  private FeedStream openFeed(Input input, @Nullable FormatParser named) {
    Objects.requireNonNull(input, "input");
    DiagnosticCollector collector = new DiagnosticCollector(limits);
    OpenedInput opened = null;
    try {
      opened = OpenedInput.open(input, limits, collector);
      Optional<Detection> detection = choose(opened.prefix(), ContentKind.FEED, named, collector);
      if (detection.isEmpty()) {
        opened.close();
        return new FeedStream(input.name(), detection, null, null, collector, strict, this::failure);
      }
      FormatParser parser = parser(detection.get());
      FeedCursor cursor;
      try {
        cursor = parser.readFeed(opened.chars(), collector);
      } catch (RuntimeException | StackOverflowError e) {
        collector.report(bug(parser.format(), e));
        opened.close();
        return new FeedStream(input.name(), detection, null, null, collector, strict, this::failure);
      } catch (OutOfMemoryError e) {
        collector.report(outOfMemory("reading the feed"));
        opened.close();
        return new FeedStream(input.name(), detection, null, null, collector, strict, this::failure);
      }
      return new FeedStream(input.name(), detection, cursor, opened, collector, strict, this::failure);
    } catch (IOException e) {
      collector.report(failure(e, "reading"));
      if (opened != null) {
        try {
          opened.close();
        } catch (IOException closing) {
          // already failed; the diagnostic says why
        }
      }
      return new FeedStream(input.name(), Optional.empty(), null, null, collector, strict, this::failure);
    }
  }

  /**
   * The format for a read: the named one, or the detected one. Reports why there is none: a binary or blank input,
   * another kind of content, or an input no format claims.
   */
  private Optional<Detection> choose(
      InputPrefix prefix, ContentKind kind, @Nullable FormatParser named, DiagnosticCollector collector) {
    SourceText start = prefix.source();
    if (Decoding.looksBinary(prefix.text())) {
      collector.discardAll(); // binary input is all invalid UTF-8: one error says it better than a warning a line
      collector.report(
          Diagnostic.of(
              Severity.ERROR,
              DiagnosticCodes.INPUT_BINARY,
              "the input looks like binary data, not text; it was not parsed",
              SourcePosition.START));
      return Optional.empty();
    }
    if (prefix.isWhole() && Decoding.isBlank(prefix.text())) {
      collector.report(
          Diagnostic.of(
              Severity.WARNING,
              DiagnosticCodes.INPUT_EMPTY,
              prefix.text().isEmpty() ? "the input is empty" : "the input holds only white space",
              SourcePosition.START));
      return Optional.empty();
    }
    if (named != null) {
      return Optional.of(new Detection(named.format(), kind, Detection.How.NAMED, 100));
    }
    Optional<Detection> detection = detect(prefix, kind);
    if (detection.isPresent()) {
      return detection;
    }
    Optional<Detection> other = detect(prefix, null);
    if (other.isPresent()) {
      Format format = other.get().format();
      collector.report(
          Diagnostic.of(
              Severity.ERROR,
              DiagnosticCodes.INPUT_OTHER_KIND,
              "the input looks like " + withArticle(other.get().kind()) + " in the " + format.name()
                  + " format, not " + withArticle(kind) + "; read it as " + withArticle(other.get().kind()),
              SourcePosition.START));
      return Optional.empty();
    }
    collector.report(
        Diagnostic.of(
            Severity.ERROR,
            DiagnosticCodes.INPUT_UNKNOWN_FORMAT,
            "no registered format reads this input as " + withArticle(kind) + " (it is "
                + InputSketch.describe(start) + "); name a format explicitly. Formats that read "
                + plural(kind) + ": " + names(formats(kind)),
            SourcePosition.START));
    return Optional.empty();
  }

  private <T> ParseResult<T> finish(
      String inputName, Optional<Detection> detection, T value, DiagnosticCollector collector) {
    List<Diagnostic> diagnostics = collector.diagnostics();
    if (strict && diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO)) {
      throw new NuggetsParseException(inputName, diagnostics);
    }
    return new ParseResult<>(inputName, detection, value, diagnostics);
  }

  /** A failure to read as a diagnostic: the input too large, or unreadable and why. */
  private Diagnostic failure(Exception e, String during) {
    if (e instanceof InputTooLargeException tooLarge) {
      return Diagnostic.of(
          Severity.ERROR,
          DiagnosticCodes.LIMIT_INPUT_SIZE,
          "the input has more " + tooLarge.unit() + " than the limit maxInputSize = " + tooLarge.limit()
              + " allows; it was not read past that",
          SourcePosition.START);
    }
    if (!(e instanceof IOException)) {
      return bug(null, e);
    }
    return Diagnostic.of(
        Severity.ERROR,
        DiagnosticCodes.INPUT_UNREADABLE,
        "the input could not be read" + (during.equals("reading") ? "" : " while " + during) + ": " + why(e),
        SourcePosition.START);
  }

  /** Why an I/O operation failed, for people: "no such file", "permission denied", ... */
  static String why(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    if (e.getMessage() != null && e.getMessage().contains("Is a directory")) {
      return "it is a directory";
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  /**
   * Running out of heap as a diagnostic: the input (or a part of it that the limits allow) needs more memory than
   * the JVM has. Caught where a read starts, so that everything the read built is unreachable by then.
   */
  static Diagnostic outOfMemory(String during) {
    return Diagnostic.of(
        Severity.ERROR,
        DiagnosticCodes.LIMIT_MEMORY,
        "ran out of memory " + during + " (the JVM's heap is at most "
            + Runtime.getRuntime().maxMemory() / (1024 * 1024)
            + " MiB); give it more heap, or lower the limit maxInputSize",
        SourcePosition.START);
  }

  private static Diagnostic bug(@Nullable Format format, Throwable e) {
    return Diagnostic.of(
        Severity.ERROR,
        DiagnosticCodes.PARSER_FAILURE,
        (format != null ? "the " + format.name() + " parser" : "a parser") + " failed (" + e
            + "); please report this as a bug",
        SourcePosition.START);
  }

  @Override
  public String toString() {
    return "Parsers[" + FormatLookup.names(formats, FormatParser::format) + "]"
        + (strict ? " strict " : " lenient ") + limits;
  }

  /** Builds {@link Parsers}. By default it discovers formats, is lenient and uses the default limits. */
  public static final class Builder {
    private final List<FormatParser> registered = new ArrayList<>();
    private boolean discover = true;
    private @Nullable ClassLoader classLoader;
    private ParseLimits limits = ParseLimits.defaults();
    private boolean strict;

    private Builder() {}

    /**
     * Adds a format. An explicitly registered format takes precedence over a discovered one with the same name, and
     * over later registrations of that name.
     *
     * @throws IllegalArgumentException if its format declares no kind of content it reads
     */
    public Builder register(FormatParser parser) {
      Objects.requireNonNull(parser, "parser");
      if (parser.format().reads().isEmpty()) {
        throw new IllegalArgumentException(
            "the format " + parser.format() + " declares no kind of content it reads (Format.Builder#reads)");
      }
      registered.add(parser);
      return this;
    }

    /** Whether to add the formats found through {@link ServiceLoader}; true by default. */
    public Builder discover(boolean discover) {
      this.discover = discover;
      return this;
    }

    /** The class loader that {@link ServiceLoader} searches; by default the thread's context class loader. */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
      return this;
    }

    /** The limits every read honours. */
    public Builder limits(ParseLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /** Whether any warning or error throws {@link NuggetsParseException}; false (lenient) by default. */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    public Parsers build() {
      return new Parsers(this);
    }
  }
}
