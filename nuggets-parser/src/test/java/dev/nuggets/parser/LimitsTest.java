package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
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
    return Parsers.discover().formats(ContentKind.EPISODE).stream().map(p -> p.format().name());
  }

  static Stream<String> feedFormats() {
    return Parsers.discover().formats(ContentKind.FEED).stream().map(p -> p.format().name());
  }

  private static void assertTooLarge(ParseResult<?> result, Object empty) {
    List<Diagnostic> diagnostics = result.diagnostics();
    assertEquals(1, diagnostics.size(), () -> "expected only the size error: " + diagnostics);
    Diagnostic d = diagnostics.get(0);
    assertEquals(DiagnosticCodes.LIMIT_INPUT_SIZE, d.code());
    assertTrue(d.isError());
    assertTrue(d.message().contains("maxInputSize = " + LIMIT), () -> "the message names the limit: " + d.message());
    assertEquals(empty, result.value(), "nothing of the input was read");
  }

  private static void assertTooLarge(ParseResult<Episode> result) {
    assertTooLarge(result, Episode.builder().build());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAString(String format) {
    assertTooLarge(SMALL.readEpisode(Input.ofText(TOO_BIG), format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAStream(String format) {
    assertTooLarge(
        SMALL.readEpisode(
            Input.of(new ByteArrayInputStream(TOO_BIG.getBytes(StandardCharsets.UTF_8))).named("in"), format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAReader(String format) {
    assertTooLarge(SMALL.readEpisode(Input.of(new StringReader(TOO_BIG)).named("in"), format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeFromAFile(String format, @TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("big.in"), TOO_BIG);
    assertTooLarge(SMALL.readEpisode(Input.of(file), format));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputSizeInStrictModeThrowsWithTheLimitNamed(String format) {
    Parsers strict = Parsers.builder().limits(SMALL.limits()).strict(true).build();
    NuggetsParseException e = assertThrows(NuggetsParseException.class, () -> strict.readEpisode(Input.ofText(TOO_BIG), format));
    assertTrue(e.getMessage().contains("limit.input-size"), e::getMessage);
    assertTrue(e.getMessage().contains("maxInputSize"), e::getMessage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void inputOfExactlyTheLimitIsRead(String format) {
    ParseResult<Episode> result = SMALL.readEpisode(Input.ofText("x".repeat(LIMIT)), format);
    assertFalse(
        result.diagnostics().stream().anyMatch(d -> d.code().equals(DiagnosticCodes.LIMIT_INPUT_SIZE)),
        () -> "an input of exactly maxInputSize is allowed: " + result.diagnostics());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("feedFormats")
  void inputSizeOfAFeedFromAStringAndAFile(String format, @TempDir Path dir) throws IOException {
    Feed empty = Feed.of(Podcast.builder().build(), List.of());
    try (FeedStream feed = SMALL.readFeed(Input.ofText(TOO_BIG), format)) {
      assertTooLarge(feed.readAll(), empty);
    }
    Path file = Files.writeString(dir.resolve("big.in"), TOO_BIG);
    assertTooLarge(SMALL.readFeed(Input.of(file), format).readAll(), empty);
  }

  @Test
  void inputSizeWithNoFormatNamed() {
    // detection reads the start of the input under the same limit, so the limit holds before any format is chosen
    assertTooLarge(SMALL.readEpisode(Input.ofText(TOO_BIG)));
    assertTooLarge(SMALL.readEpisode(Input.of(TOO_BIG.getBytes(StandardCharsets.UTF_8)).named("big.txt")));
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
    assertEquals(500_000, limits.maxCues());
    assertEquals(1_000, limits.maxDiagnostics());
    assertEquals(limits, Parsers.discover().limits(), "a parser built without limits uses the defaults");
  }

  @Test
  void everyLimitIsConfigurableOnTheBuilder() {
    ParseLimits limits =
        ParseLimits.builder().maxInputSize(1).maxLineLength(2).maxDepth(3).maxSections(4).maxTakeaways(5)
            .maxEpisodes(6).maxCues(7).maxDiagnostics(8).build();
    Parsers parsers = Parsers.builder().limits(limits).build();
    assertEquals(
        "ParseLimits{maxInputSize=1, maxLineLength=2, maxDepth=3, maxSections=4, maxTakeaways=5, maxEpisodes=6,"
            + " maxCues=7, maxDiagnostics=8}",
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
    ParseResult<Episode> result = parsers.readEpisode(Input.of(new ByteArrayInputStream(bytes)).named("in.txt"));
    List<Diagnostic> diagnostics = result.diagnostics();
    Diagnostic last = diagnostics.get(diagnostics.size() - 1);
    assertEquals(4, diagnostics.size(), () -> diagnostics.toString());
    assertEquals(DiagnosticCodes.LIMIT_DIAGNOSTICS, last.code());
    assertTrue(last.message().contains("maxDiagnostics = 3"), last::message);
  }
}
