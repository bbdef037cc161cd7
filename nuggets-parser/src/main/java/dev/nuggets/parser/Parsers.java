package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.internal.Decoding;
import dev.nuggets.parser.internal.DiagnosticCollector;
import dev.nuggets.parser.internal.Inputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The entry point for reading episodes: a registry of formats with the options every parse uses.
 *
 * <pre>{@code
 * Parsers parsers = Parsers.discover();                  // every format on the class or module path
 * ParseResult result = parsers.parse(Path.of("episode.txt"));
 * Episode episode = result.episode();
 * result.diagnostics().forEach(d -> System.err.println(d.format(result.inputName())));
 * }</pre>
 *
 * <p>Without a format name, the format is detected: by the input's file extension first, then by content. Parsing
 * is lenient by default and never throws for bad or unreadable input: the result holds what could be read and a
 * diagnostic for everything else. A {@linkplain Builder#strict(boolean) strict} instance throws
 * {@link NuggetsParseException} instead whenever a parse has a warning or an error.
 *
 * <p>Instances are immutable and thread-safe; build one and share it.
 */
public final class Parsers {
  private final List<EpisodeParser> formats;
  private final ParseLimits limits;
  private final boolean strict;

  private Parsers(Builder builder) {
    Map<String, EpisodeParser> byName = new LinkedHashMap<>();
    for (EpisodeParser parser : builder.registered) {
      byName.putIfAbsent(parser.format(), parser);
    }
    if (builder.discover) {
      ServiceLoader<EpisodeParser> loader =
          builder.classLoader != null
              ? ServiceLoader.load(EpisodeParser.class, builder.classLoader)
              : ServiceLoader.load(EpisodeParser.class);
      List<EpisodeParser> discovered = new ArrayList<>();
      loader.forEach(discovered::add);
      discovered.sort(Comparator.comparing(EpisodeParser::format));
      for (EpisodeParser parser : discovered) {
        byName.putIfAbsent(parser.format(), parser);
      }
    }
    this.formats = List.copyOf(byName.values());
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
  public List<EpisodeParser> formats() {
    return formats;
  }

  /** The format with this name. */
  public Optional<EpisodeParser> format(String name) {
    return formats.stream().filter(p -> p.format().equals(name)).findFirst();
  }

  public ParseLimits limits() {
    return limits;
  }

  public boolean isStrict() {
    return strict;
  }

  /** Parses text in a detected format; diagnostics name the input {@code <string>}. */
  public ParseResult parse(String text) {
    return parseText("<string>", text, null);
  }

  /**
   * Parses text in the named format.
   *
   * @throws IllegalArgumentException if no format has that name
   */
  public ParseResult parse(String text, String format) {
    return parseText("<string>", text, require(format));
  }

  /** Parses a file in the format its extension or content shows. */
  public ParseResult parse(Path path) {
    return parsePath(path, null);
  }

  /**
   * Parses a file in the named format.
   *
   * @throws IllegalArgumentException if no format has that name
   */
  public ParseResult parse(Path path, String format) {
    return parsePath(path, require(format));
  }

  /**
   * Parses UTF-8 bytes (a byte order mark is allowed) in a detected format. The stream is read to its end but not
   * closed.
   *
   * @param inputName the name diagnostics use; its extension, if any, helps detection
   */
  public ParseResult parse(InputStream in, String inputName) {
    return parseStream(in, inputName, null);
  }

  /**
   * Parses UTF-8 bytes in the named format. The stream is read to its end but not closed.
   *
   * @throws IllegalArgumentException if no format has that name
   */
  public ParseResult parse(InputStream in, String inputName, String format) {
    return parseStream(in, inputName, require(format));
  }

  /** Parses characters in a detected format. The reader is read to its end but not closed. */
  public ParseResult parse(Reader in, String inputName) {
    return parseReader(in, inputName, null);
  }

  /**
   * Parses characters in the named format. The reader is read to its end but not closed.
   *
   * @throws IllegalArgumentException if no format has that name
   */
  public ParseResult parse(Reader in, String inputName, String format) {
    return parseReader(in, inputName, require(format));
  }

  /**
   * The format an input is in: the one its name's extension belongs to (by content when several share it), else
   * the one most confident about its content.
   */
  public Optional<EpisodeParser> detect(String inputName, SourceText source) {
    String extension = extension(inputName);
    List<EpisodeParser> byExtension =
        formats.stream()
            .filter(p -> !extension.isEmpty() && p.fileExtensions().contains(extension))
            .collect(Collectors.toList());
    if (byExtension.size() == 1) {
      return Optional.of(byExtension.get(0));
    }
    List<EpisodeParser> candidates = byExtension.isEmpty() ? formats : byExtension;
    EpisodeParser best = null;
    int bestConfidence = 0;
    for (EpisodeParser parser : candidates) {
      int confidence = parser.confidence(source);
      if (confidence > bestConfidence) {
        best = parser;
        bestConfidence = confidence;
      }
    }
    if (best == null && !byExtension.isEmpty()) {
      best = byExtension.get(0);
    }
    return Optional.ofNullable(best);
  }

  private EpisodeParser require(String format) {
    Objects.requireNonNull(format, "format");
    return format(format)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "No format named '"
                        + format
                        + "'; registered: "
                        + formats.stream().map(EpisodeParser::format).collect(Collectors.joining(", "))));
  }

  private ParseResult parseText(String inputName, String text, @Nullable EpisodeParser format) {
    if (text.length() > limits.maxInputSize()) {
      return failed(inputName, format, tooLarge(text.length() + " characters"));
    }
    return parseSource(SourceText.of(inputName, text), List.of(), format);
  }

  private ParseResult parsePath(Path path, @Nullable EpisodeParser format) {
    String inputName = path.toString();
    try {
      if (Files.size(path) > limits.maxInputSize()) {
        return failed(inputName, format, tooLarge(Files.size(path) + " bytes"));
      }
      try (InputStream in = Files.newInputStream(path)) {
        return parseStream(in, inputName, format);
      }
    } catch (IOException | SecurityException e) {
      return failed(inputName, format, unreadable(e));
    }
  }

  private ParseResult parseStream(InputStream in, String inputName, @Nullable EpisodeParser format) {
    Optional<byte[]> bytes;
    try {
      bytes = Inputs.readBytes(in, limits.maxInputSize());
    } catch (IOException e) {
      return failed(inputName, format, unreadable(e));
    }
    if (bytes.isEmpty()) {
      return failed(inputName, format, tooLarge("more bytes"));
    }
    Decoding.Decoded decoded = Decoding.utf8(inputName, bytes.get());
    return parseSource(decoded.source(), decoded.diagnostics(), format);
  }

  private ParseResult parseReader(Reader in, String inputName, @Nullable EpisodeParser format) {
    Optional<String> text;
    try {
      text = Inputs.readChars(in, limits.maxInputSize());
    } catch (IOException e) {
      return failed(inputName, format, unreadable(e));
    }
    if (text.isEmpty()) {
      return failed(inputName, format, tooLarge("more characters"));
    }
    return parseSource(SourceText.of(inputName, text.get()), List.of(), format);
  }

  private ParseResult parseSource(SourceText source, List<Diagnostic> decoding, @Nullable EpisodeParser format) {
    DiagnosticCollector collector = new DiagnosticCollector(limits);
    Episode episode = Episode.builder().build();
    EpisodeParser parser = format;
    boolean binary = Decoding.looksBinary(source.text());
    if (!binary) {
      decoding.forEach(collector::report); // binary input is all invalid UTF-8; one error says it better
    }
    if (binary) {
      collector.report(
          Diagnostic.of(
              Severity.ERROR,
              DiagnosticCodes.INPUT_BINARY,
              "the input looks like binary data, not text; it was not parsed",
              source.position(0)));
    } else if (Decoding.isBlank(source.text())) {
      collector.report(
          Diagnostic.of(
              Severity.WARNING,
              DiagnosticCodes.INPUT_EMPTY,
              source.text().isEmpty() ? "the input is empty" : "the input holds only white space",
              source.position(0)));
    } else {
      if (parser == null) {
        parser = detect(source.name(), source).orElse(null);
      }
      if (parser == null) {
        collector.report(
            Diagnostic.of(
                Severity.ERROR,
                DiagnosticCodes.INPUT_UNKNOWN_FORMAT,
                "no registered format recognises this input; name one explicitly (registered: "
                    + formats.stream().map(EpisodeParser::format).collect(Collectors.joining(", "))
                    + ")",
                source.position(0)));
      } else {
        episode = runFormat(parser, source, collector);
      }
    }
    return finish(source.name(), parser, episode, collector.diagnostics());
  }

  private static Episode runFormat(EpisodeParser parser, SourceText source, DiagnosticCollector collector) {
    try {
      return parser.parse(source, collector);
    } catch (RuntimeException | StackOverflowError e) {
      // A format must report bad input, not throw. Turn a bug into a diagnostic rather than a stack trace.
      collector.report(
          Diagnostic.of(
              Severity.ERROR,
              DiagnosticCodes.PARSER_FAILURE,
              "the " + parser.format() + " parser failed (" + e + "); please report this as a bug",
              source.position(0)));
      return Episode.builder().build();
    }
  }

  private ParseResult failed(String inputName, @Nullable EpisodeParser format, Diagnostic diagnostic) {
    return finish(inputName, format, Episode.builder().build(), List.of(diagnostic));
  }

  private ParseResult finish(
      String inputName, @Nullable EpisodeParser format, Episode episode, List<Diagnostic> diagnostics) {
    if (strict && diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO)) {
      throw new NuggetsParseException(inputName, diagnostics);
    }
    return new ParseResult(
        inputName, Optional.ofNullable(format).map(EpisodeParser::format), episode, diagnostics);
  }

  private Diagnostic tooLarge(String size) {
    return Diagnostic.of(
        Severity.ERROR,
        DiagnosticCodes.LIMIT_INPUT_SIZE,
        "the input has "
            + size
            + " than the limit maxInputSize = "
            + limits.maxInputSize()
            + " allows; it was not parsed",
        SourcePosition.START);
  }

  private static Diagnostic unreadable(Exception e) {
    String why;
    if (e instanceof NoSuchFileException) {
      why = "no such file";
    } else if (e instanceof AccessDeniedException) {
      why = "permission denied";
    } else if (e instanceof FileSystemException fs && fs.getReason() != null) {
      why = fs.getReason();
    } else {
      why = String.valueOf(e.getMessage());
    }
    return Diagnostic.of(
        Severity.ERROR, DiagnosticCodes.INPUT_UNREADABLE, "the input could not be read: " + why);
  }

  private static String extension(String inputName) {
    int slash = Math.max(inputName.lastIndexOf('/'), inputName.lastIndexOf('\\'));
    int dot = inputName.lastIndexOf('.');
    return dot > slash + 1 ? inputName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
  }

  @Override
  public String toString() {
    return "Parsers"
        + formats.stream().map(EpisodeParser::format).collect(Collectors.toList())
        + (strict ? " strict " : " lenient ")
        + limits;
  }

  /** Builds {@link Parsers}. By default it discovers formats, is lenient and uses the default limits. */
  public static final class Builder {
    private final List<EpisodeParser> registered = new ArrayList<>();
    private boolean discover = true;
    private @Nullable ClassLoader classLoader;
    private ParseLimits limits = ParseLimits.defaults();
    private boolean strict;

    private Builder() {}

    /**
     * Adds a format. An explicitly registered format takes precedence over a discovered one with the same name, and
     * over later registrations of that name.
     */
    public Builder register(EpisodeParser parser) {
      registered.add(Objects.requireNonNull(parser, "parser"));
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

    /** The limits every parse honours. */
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
