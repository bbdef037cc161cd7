package dev.nuggets.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.testing.LinearTime;
import java.util.function.IntFunction;

/**
 * Linear-time checks of a parse (see {@link LinearTime}), for every format's adversarial families. Count and size
 * limits are raised so that the whole input is really read; {@code maxDepth} stays at its default, since past it a
 * parser must skip nested content in linear time too, never recurse.
 */
public final class LinearParsing {
  private static final Parsers READ_EVERYTHING =
      Parsers.builder()
          .limits(
              ParseLimits.builder()
                  .maxInputSize(1L << 30)
                  .maxLineLength(1 << 29)
                  .maxSections(10_000_000)
                  .maxTakeaways(10_000_000)
                  .maxEpisodes(10_000_000)
                  .maxCues(10_000_000)
                  .build())
          .build();

  private LinearParsing() {}

  /**
   * Fails when parsing {@code input.apply(8 * n)} in {@code format} takes superlinearly longer than
   * {@code input.apply(n)}; skips, with a message, when no parser of that format is registered yet.
   */
  public static void assertLinearParse(String format, String family, int n, IntFunction<String> input) {
    assumeTrue(
        READ_EVERYTHING.format(format).isPresent(),
        "skipped: no " + format + " parser is registered yet; this family runs once one is");
    LinearTime.assertLinear(format + ": " + family, n, input, text -> READ_EVERYTHING.readEpisode(Input.ofText(text), format));
  }

  /** As {@link #assertLinearParse}, reading the input as a whole feed. */
  public static void assertLinearFeed(String format, String family, int n, IntFunction<String> input) {
    assumeTrue(
        READ_EVERYTHING.format(format).isPresent(),
        "skipped: no " + format + " parser is registered yet; this family runs once one is");
    LinearTime.assertLinear(
        format + " feed: " + family, n, input, text -> READ_EVERYTHING.readFeed(Input.ofText(text), format).readAll());
  }
}
