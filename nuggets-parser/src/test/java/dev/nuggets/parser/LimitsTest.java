package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.diag.Diagnostic;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The input size limit holds for every registered format and every kind of input, before the format sees a byte;
 * and the limits themselves are configured, validated and defaulted as documented. Each format's own limits (line
 * length, sections, takeaways, depth, episodes) are tested beside it.
 */
class LimitsTest {
  private static final int LIMIT = 1_000;
  private static final Parsers SMALL =
      Parsers.builder().limits(ParseLimits.builder().maxInputSize(LIMIT).build()).build();
  private static final String TOO_BIG = "x ".repeat(LIMIT); // 2,000 characters of something every format may read

  static Stream<String> formats() {
    return Parsers.discover().formats().stream().map(EpisodeParser::format);
  }

  private static void assertTooLarge(ParseResult result) {
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(1, diagnostics.size(), () -> "expected only the size error: " + diagnostics);
    Diagnostic d = diagnostics.get(0);
    assertEquals(DiagnosticCodes.LIMIT_INPUT_SIZE, d.code());
    assertTrue(d.isError());
    assertTrue(d.message().contains("maxInputSize = " + LIMIT), () -> "the message names the limit: " + d.message());
    assertEquals(dev.nuggets.core.Episode.builder().build(), result.episode(), "nothing of the input was read");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAString(String format) {
    assertTooLarge(SMALL.parse(TOO_BIG, format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAStream(String format) {
    assertTooLarge(SMALL.parse(new ByteArrayInputStream(TOO_BIG.getBytes(StandardCharsets.UTF_8)), "in", format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAReader(String format) {
    assertTooLarge(SMALL.parse(new StringReader(TOO_BIG), "in", format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAFile(String format, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("big.in"), TOO_BIG);
    assertTooLarge(SMALL.parse(file, format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeInStrictModeThrowsWithTheLimitNamed(String format) {
    Parsers strict = Parsers.builder().limits(SMALL.limits()).strict(true).build();
    NuggetsParseException e = assertThrows(NuggetsParseException.class, () -> strict.parse(TOO_BIG, format));
    assertTrue(e.getMessage().contains("limit.input-size"), e::getMessage);
    assertTrue(e.getMessage().contains("maxInputSize"), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputOfExactlyTheLimitIsRead(String format) {
    ParseResult result = SMALL.parse("x".repeat(LIMIT), format);
    assertFalse(
        result.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCodes.LIMIT_INPUT_SIZE)),
        () -> "an input of exactly maxInputSize is allowed: " + result.diagnostics());
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    ParseLimits limits = ParseLimits.defaults();
    assertEquals(16L * 1024 * 1024, limits.maxInputSize());
    assertEquals(1024 * 1024, limits.maxLineLength());
    assertEquals(64, limits.maxDepth());
    assertEquals(10_000, limits.maxSections());
    assertEquals(10_000, limits.maxTakeaways());
    assertEquals(10_000, limits.maxEpisodes());
    assertEquals(1_000, limits.maxDiagnostics());
    assertEquals(limits, Parsers.discover().limits(), "a parser built without limits uses the defaults");
  }

  @Test
  void everyLimitIsConfigurableOnTheBuilder() {
    ParseLimits limits =
        ParseLimits.builder().maxInputSize(1).maxLineLength(2).maxDepth(3).maxSections(4).maxTakeaways(5)
            .maxEpisodes(6).maxDiagnostics(7).build();
    Parsers parsers = Parsers.builder().limits(limits).build();
    assertEquals(
        "ParseLimits{maxInputSize=1, maxLineLength=2, maxDepth=3, maxSections=4, maxTakeaways=5, maxEpisodes=6,"
            + " maxDiagnostics=7}",
        parsers.limits().toString());
    assertEquals(limits, limits.toBuilder().build());
  }

  @Test
  void aLimitBelowOneIsRefusedWithItsName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ParseLimits.builder().maxSections(0));
    assertEquals("maxSections must be at least 1, was 0", e.getMessage());
  }

  @Test
  void diagnosticsBeyondTheLimitAreCountedNotKept() {
    Parsers parsers = Parsers.builder().limits(ParseLimits.builder().maxDiagnostics(3).build()).build();
    String manyProblems = "\u00FF\n".repeat(3) + "\uFFFD x\n".repeat(10); // invalid-looking text, one problem a line
    byte[] bytes = manyProblems.replace("\uFFFD", "").getBytes(StandardCharsets.ISO_8859_1);
    ParseResult result = parsers.parse(new ByteArrayInputStream(bytes), "in.txt");
    List<Diagnostic> diagnostics = result.diagnostics();
    Diagnostic last = diagnostics.get(diagnostics.size() - 1);
    assertEquals(4, diagnostics.size(), () -> diagnostics.toString());
    assertEquals(DiagnosticCodes.LIMIT_DIAGNOSTICS, last.code());
    assertTrue(last.message().contains("maxDiagnostics = 3"), last::message);
  }
}
