package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract every format's parser keeps on any input whatsoever, for fuzz tests and generated inputs, for every
 * kind of content the format reads (episodes, feeds, transcripts): a lenient read returns a result and never throws;
 * a strict read returns the same value or throws {@link NuggetsParseException} with the same diagnostics, and
 * nothing else; no read ends in {@link DiagnosticCodes#PARSER_FAILURE} (which {@link Parsers} reports in place of a
 * runtime exception or stack overflow escaping a format, so it always means a bug); every diagnostic points inside
 * the input. Each input is read as bytes ({@link Input#of(byte[])}, decoded as it is read) with the default limits
 * and with tiny ones, so the limit paths are fuzzed too, and as the string those bytes decode to
 * ({@link Input#ofText}); when the bytes are valid UTF-8 both reads must give the same value.
 *
 * <p>A format's fuzz test is three lines:
 *
 * <pre>{@code
 * @FuzzTest
 * void parse(byte[] input) {
 *   ParserContract.check("markdown", input);
 * }
 * }</pre>
 */
public final class ParserContract {
  private static final ParseLimits TINY =
      ParseLimits.builder()
          .maxInputSize(64 * 1024)
          .maxLineLength(200)
          .maxDepth(4)
          .maxSections(3)
          .maxTakeaways(3)
          .maxEpisodes(2)
          .maxCues(3)
          .maxDiagnostics(5)
          .build();

  private static final Parsers LENIENT = Parsers.discover();
  private static final Parsers LENIENT_TINY = Parsers.builder().limits(TINY).build();
  private static final Parsers STRICT = Parsers.builder().strict(true).build();

  private ParserContract() {}

  /** What one read gives: the value and the diagnostics, whatever the kind. */
  private record Outcome(Object value, List<Diagnostic> diagnostics, String format) {}

  /** One way of reading a kind of content in a named format. */
  @FunctionalInterface
  private interface Read {
    Outcome read(Parsers parsers, Input input, String format);
  }

  private static Read reader(ContentKind kind) {
    return switch (kind) {
      case EPISODE -> (parsers, input, format) -> outcome(parsers.readEpisode(input, format));
      case TRANSCRIPT -> (parsers, input, format) -> outcome(parsers.readTranscript(input, format));
      case FEED -> (parsers, input, format) -> {
        try (FeedStream feed = parsers.readFeed(input, format)) {
          return outcome(feed.readAll());
        }
      };
    };
  }

  private static Outcome outcome(ParseResult<?> result) {
    return new Outcome(result.value(), result.diagnostics(), result.format().orElse("?"));
  }

  /**
   * Checks the contract for one input in the named format, for every kind of content it reads, read as bytes and
   * as a string.
   */
  public static void check(String format, byte[] input) {
    FormatParser parser =
        LENIENT.format(format).orElseThrow(() -> new AssertionError("no format named " + format));
    for (ContentKind kind : parser.format().reads()) {
      check(format, kind, input);
    }
  }

  private static void check(String format, ContentKind kind, byte[] input) {
    Read read = reader(kind);
    String what = format + " " + kind.label();
    String text = new String(input, StandardCharsets.UTF_8);
    SourceText source = SourceText.of(text);
    Outcome fromBytes = lenient(read, LENIENT, format, Input.of(input).named("fuzz-input"), what, describe(input));
    assertPositionsInside(fromBytes.diagnostics(), SourceText.of(decoded(input)));
    lenient(read, LENIENT_TINY, format, Input.of(input).named("fuzz-input"), what, describe(input));
    Outcome fromString =
        lenient(read, LENIENT, format, Input.ofText(text), what, "a string of " + text.length() + " characters");
    assertPositionsInside(fromString.diagnostics(), source);
    strict(read, kind, format, text, fromString, what);
    if (Arrays.equals(input, text.getBytes(StandardCharsets.UTF_8))) { // valid UTF-8: both reads see one text
      assertEquals(
          fromString.value(),
          fromBytes.value(),
          () -> "the same text read as bytes and as a string gave different values (" + what + "): "
              + describe(input));
    }
  }

  /**
   * Checks the contract for one input whose format is detected (which asks every registered format how confident
   * it is, for every kind), then for the input read by every registered format in turn.
   */
  public static void checkEveryFormat(byte[] input) {
    try {
      LENIENT.detect(Input.of(input).named("fuzz-input"));
      Outcome episode = outcome(LENIENT.readEpisode(Input.of(input).named("fuzz-input")));
      assertNoFailure(episode.diagnostics(), episode.format(), describe(input));
      try (FeedStream feed = LENIENT.readFeed(Input.of(input).named("fuzz-input"))) {
        Outcome read = outcome(feed.readAll());
        assertNoFailure(read.diagnostics(), read.format(), describe(input));
      }
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a lenient read with detection threw on " + describe(input), e);
    }
    for (FormatParser format : LENIENT.formats()) {
      check(format.format().name(), input);
    }
  }

  /** Fails when a diagnostic names a line or column that the input does not have. */
  public static void assertPositionsInside(ParseResult<?> result, SourceText source) {
    assertPositionsInside(result.diagnostics(), source);
  }

  private static void assertPositionsInside(List<Diagnostic> diagnostics, SourceText source) {
    for (Diagnostic diagnostic : diagnostics) {
      diagnostic
          .position()
          .ifPresent(
              p -> {
                boolean inside =
                    p.line() <= source.lineCount()
                        && p.column() <= source.line(p.line()).codePointCount(0, source.lineLength(p.line())) + 1;
                if (!inside) {
                  fail("diagnostic outside the input (" + source.lineCount() + " lines): " + diagnostic);
                }
              });
    }
  }

  private static Outcome lenient(Read read, Parsers parsers, String format, Input input, String what, String shown) {
    Outcome outcome;
    try {
      outcome = read.read(parsers, input, format);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a lenient " + what + " read threw on " + shown, e);
    }
    assertNoFailure(outcome.diagnostics(), format, shown);
    return outcome;
  }

  /**
   * A strict read gives what the lenient one gave, or throws with its diagnostics: all of them for a document read
   * whole; for a feed, which throws as soon as the first problem is reported, those reported until then.
   */
  private static void strict(Read read, ContentKind kind, String format, String text, Outcome lenient, String what) {
    try {
      Outcome outcome = read.read(STRICT, Input.ofText(text), format);
      assertEquals(lenient.value(), outcome.value(), "strict and lenient reads gave different values (" + what + ")");
    } catch (NuggetsParseException e) {
      if (kind == ContentKind.FEED) {
        if (e.diagnostics().isEmpty() || !lenient.diagnostics().containsAll(e.diagnostics())) {
          fail("a strict feed's exception holds diagnostics the lenient read has not (" + what + "): "
              + e.diagnostics() + " vs " + lenient.diagnostics());
        }
      } else {
        assertEquals(
            lenient.diagnostics(), e.diagnostics(), "strict mode's exception lost diagnostics (" + what + ")");
      }
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a strict " + what + " read threw something other than NuggetsParseException", e);
    }
  }

  /** Fails when a result holds {@code parser.failure}. */
  public static void assertNoFailure(ParseResult<?> result, String input) {
    assertNoFailure(result.diagnostics(), result.format().orElse("?"), input);
  }

  private static void assertNoFailure(List<Diagnostic> diagnostics, String format, String input) {
    List<Diagnostic> failures =
        diagnostics.stream()
            .filter(d -> d.code().equals(DiagnosticCodes.PARSER_FAILURE))
            .collect(Collectors.toList());
    if (!failures.isEmpty()) {
      fail("the " + format + " parser failed on " + input + ": " + failures);
    }
  }

  /** The bytes as a read decodes them: UTF-8, or UTF-16 or UTF-32 when a byte order mark says so. */
  static String decoded(byte[] input) {
    int b0 = input.length > 0 ? input[0] & 0xFF : -1;
    int b1 = input.length > 1 ? input[1] & 0xFF : -1;
    int b2 = input.length > 2 ? input[2] & 0xFF : -1;
    int b3 = input.length > 3 ? input[3] & 0xFF : -1;
    String charset =
        b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF ? "UTF-32BE"
            : b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0 ? "UTF-32LE"
            : b0 == 0xFE && b1 == 0xFF ? "UTF-16BE"
            : b0 == 0xFF && b1 == 0xFE ? "UTF-16LE"
            : "UTF-8";
    return new String(input, java.nio.charset.Charset.forName(charset));
  }

  private static String describe(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
    return input.length + " bytes: \"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
