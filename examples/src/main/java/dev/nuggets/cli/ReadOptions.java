package dev.nuggets.cli;

import dev.nuggets.core.format.Format;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options every command that reads shares: the input format, strictness and the input-size limit. */
final class ReadOptions {
  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  @SuppressWarnings("NullAway.Init")
  private CommandLine.Model.CommandSpec command;

  @Option(
      names = {"-f", "--from"},
      paramLabel = "FORMAT",
      description = "The input's format; detected from its extension and content when left out.")
  @Nullable String from;

  @Option(names = "--strict", description = "Treat every warning, of reading or of writing, as an error.")
  boolean strict;

  @Option(
      names = {"-v", "--verbose"},
      description = "Also say which format was read and why, and report informational diagnostics.")
  boolean verbose;

  @Option(
      names = "--max-input-size",
      paramLabel = "SIZE",
      converter = SizeConverter.class,
      description = "The largest input read, in bytes or with a unit: 512k, 64M, 1G (default 16M).")
  @Nullable Long maxInputSize;

  /** The parsers these options ask for: strict ones with {@code --strict}, which stop at the first warning. */
  Parsers parsers() {
    return parsers(strict);
  }

  /**
   * Parsers that read everything they can whatever {@code --strict} says: for the commands that report on an input
   * (inspect, validate), where {@code --strict} decides the exit status, not how much is read.
   */
  Parsers lenientParsers() {
    return parsers(false);
  }

  /** The parsers, once {@code --from} is known to name one of them: else a usage error. */
  private Parsers parsers(boolean strictReading) {
    Parsers.Builder builder = Parsers.builder().strict(strictReading);
    if (maxInputSize != null) {
      builder.limits(ParseLimits.defaults().toBuilder().maxInputSize(maxInputSize).build());
    }
    Parsers parsers = builder.build();
    if (from != null && parsers.format(from).isEmpty()) {
      throw new CommandLine.ParameterException(command.commandLine(), "unknown input format '" + from
          + "'; known: " + Formats.names(parsers.formats().stream().map(p -> p.format())));
    }
    return parsers;
  }

  /** Standard input, read up to the input-size limit (and one byte more, so that the parser reports the excess). */
  Input standardInput(InputStream stdin) {
    long limit = maxInputSize != null ? maxInputSize : ParseLimits.defaults().maxInputSize();
    try {
      return Input.of(stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1))).named("<stdin>");
    } catch (IOException e) {
      // The parser reports an unreadable input; an empty one says at least that nothing came.
      return Input.of(new byte[0]).named("<stdin>");
    }
  }

  /** Files below a folder or glob that some format reads (the one {@code --from} names, when given). */
  Predicate<Path> readable(Parsers parsers) {
    String named = from;
    List<Format> formats = parsers.formats().stream().map(p -> p.format())
        .filter(f -> named == null || f.isNamed(named)).toList();
    return file -> formats.stream().anyMatch(f -> f.matchesFileName(String.valueOf(file.getFileName())));
  }

  /** {@code 4096}, {@code 512k}, {@code 64M}, {@code 1G}: binary units, in any case, with an optional B or iB. */
  static final class SizeConverter implements CommandLine.ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String text = value.strip().toLowerCase(Locale.ROOT);
      text = text.endsWith("ib") ? text.substring(0, text.length() - 2) : text.endsWith("b") ? text.substring(0, text.length() - 1) : text;
      long unit = 1;
      if (!text.isEmpty()) {
        switch (text.charAt(text.length() - 1)) {
          case 'k' -> unit = 1L << 10;
          case 'm' -> unit = 1L << 20;
          case 'g' -> unit = 1L << 30;
          default -> unit = 1;
        }
      }
      String digits = unit == 1 ? text : text.substring(0, text.length() - 1);
      long number;
      try {
        number = Long.parseLong(digits.strip());
      } catch (NumberFormatException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a size such as 4096, 512k, 64M or 1G");
      }
      if (number <= 0 || number > Long.MAX_VALUE / unit) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a size between 1 byte and 8 EiB");
      }
      return number * unit;
    }
  }
}
