package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nuggets.core.diag.Diagnostic;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The contract every format's parser keeps on any input whatsoever, for fuzz tests and generated inputs: a lenient
 * parse returns a result and never throws; a strict parse returns or throws {@link NuggetsParseException} and
 * nothing else; no parse ends in {@link DiagnosticCodes#PARSER_FAILURE} (which {@link Parsers} reports in place of a
 * runtime exception or stack overflow escaping a format, so it always means a bug); every diagnostic points inside
 * the input. Each input is parsed with the default limits and with tiny ones, so the limit paths are fuzzed too.
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
          .maxDiagnostics(5)
          .build();

  private static final Parsers LENIENT = Parsers.discover();
  private static final Parsers LENIENT_TINY = Parsers.builder().limits(TINY).build();
  private static final Parsers STRICT = Parsers.builder().strict(true).build();

  private ParserContract() {}

  /** Checks the contract for one input in the named format, read as UTF-8 bytes and as a string. */
  public static void check(String format, byte[] input) {
    ParseResult fromBytes = lenient(LENIENT, format, input);
    lenient(LENIENT_TINY, format, input);
    String text = new String(input, StandardCharsets.UTF_8);
    ParseResult fromString = lenientText(format, text);
    strict(format, text, fromString);
    assertPositionsInside(fromString, SourceText.of(text));
    if (Arrays.equals(input, text.getBytes(StandardCharsets.UTF_8))) { // valid UTF-8: both reads see one text
      assertEquals(
          fromString.episode(),
          fromBytes.episode(),
          () -> "the same text read as bytes and as a string gave different episodes: " + describe(input));
    }
  }

  /**
   * Checks the contract for one input whose format is detected (which asks every registered format how confident
   * it is), then for the input read by every registered format in turn.
   */
  public static void checkEveryFormat(byte[] input) {
    ParseResult detected;
    try {
      detected = LENIENT.parse(new ByteArrayInputStream(input), "fuzz-input");
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a lenient parse with detection threw on " + describe(input), e);
    }
    assertNoFailure(detected, describe(input));
    for (EpisodeParser format : LENIENT.formats()) {
      check(format.format(), input);
    }
  }

  /** Fails when a diagnostic names a line or column that the input does not have. */
  public static void assertPositionsInside(ParseResult result, SourceText source) {
    for (Diagnostic diagnostic : result.diagnostics()) {
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

  private static ParseResult lenient(Parsers parsers, String format, byte[] input) {
    ParseResult result;
    try {
      result = parsers.parse(new ByteArrayInputStream(input), "fuzz-input", format);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a lenient " + format + " parse threw on " + describe(input), e);
    }
    assertNoFailure(result, describe(input));
    return result;
  }

  private static ParseResult lenientText(String format, String text) {
    ParseResult result;
    try {
      result = LENIENT.parse(text, format);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("a lenient " + format + " parse of a string threw", e);
    }
    assertNoFailure(result, "a string of " + text.length() + " characters");
    return result;
  }

  private static void strict(String format, String text, ParseResult lenient) {
    try {
      ParseResult result = STRICT.parse(text, format);
      assertEquals(lenient.episode(), result.episode(), "strict and lenient parses read different episodes");
    } catch (NuggetsParseException e) {
      assertEquals(lenient.diagnostics(), e.diagnostics(), "strict mode's exception lost diagnostics");
    } catch (RuntimeException | Error e) {
      throw new AssertionError(
          "a strict " + format + " parse threw something other than NuggetsParseException", e);
    }
  }

  /** Fails when a result holds {@code parser.failure} or a diagnostic that points outside the input. */
  public static void assertNoFailure(ParseResult result, String input) {
    List<Diagnostic> failures =
        result.diagnostics().stream()
            .filter(d -> d.code().equals(DiagnosticCodes.PARSER_FAILURE))
            .collect(Collectors.toList());
    if (!failures.isEmpty()) {
      fail("the " + result.format().orElse("?") + " parser failed on " + input + ": " + failures);
    }
  }

  private static String describe(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    String shown = text.length() > 300 ? text.substring(0, 300) + "…" : text;
    return input.length + " bytes: \"" + shown.replace("\n", "\\n").replace("\r", "\\r") + "\"";
  }
}
