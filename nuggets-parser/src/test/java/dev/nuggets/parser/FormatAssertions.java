package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.format.ContentKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/** What the format tests ask of a parse, written once. */
public final class FormatAssertions {
  private FormatAssertions() {}

  /** A test resource beside {@code owner}, as UTF-8 text. */
  public static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new AssertionError("no test resource " + name + " beside " + owner.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Reads an episode from {@code text} in {@code format} with only that format registered and the given limits. */
  public static ParseResult<Episode> parse(FormatParser format, String text, ParseLimits limits) {
    return Parsers.builder()
        .discover(false)
        .register(format)
        .limits(limits)
        .build()
        .readEpisode(Input.ofText(text), format.format().name());
  }

  /** Reads an episode from {@code text} in the named format. */
  public static ParseResult<Episode> parse(Parsers parsers, String text, String format) {
    return parsers.readEpisode(Input.ofText(text), format);
  }

  /**
   * The name of the format detected for an episode in {@code text} under the input name {@code inputName} (whose
   * extension counts, unless it is {@code <stdin>} or the like); "none" when no format claims it.
   */
  public static String detected(Parsers parsers, String inputName, String text) {
    return parsers
        .detect(Input.ofText(text).named(inputName), ContentKind.EPISODE)
        .map(d -> d.format().name())
        .orElse("none");
  }

  public static List<String> codes(ParseResult<?> result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  /** The one diagnostic with {@code code}; fails when there is none or more than one. */
  public static Diagnostic only(ParseResult<?> result, String code) {
    List<Diagnostic> found =
        result.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
    assertEquals(1, found.size(), () -> "one " + code + " expected in " + result.diagnostics());
    return found.get(0);
  }

  public static SourcePosition at(Diagnostic diagnostic) {
    return diagnostic.position().orElseThrow();
  }

  public static List<String> headings(Episode episode) {
    return episode.sections().stream().map(Section::heading).collect(Collectors.toList());
  }

  /**
   * Parses {@code text} from several threads at once with one {@link Parsers} and checks that every parse gives the
   * same episode and diagnostics as a parse on its own.
   */
  public static void assertSameFromManyThreads(Parsers parsers, String text, String format) throws Exception {
    ParseResult<Episode> expected = parse(parsers, text, format);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ParseResult<Episode>>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> parse(parsers, text, format)));
      }
      for (Future<ParseResult<Episode>> result : results) {
        ParseResult<Episode> actual = result.get();
        assertEquals(expected.value(), actual.value());
        assertEquals(expected.diagnostics(), actual.diagnostics());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks that {@code text} with its line feeds replaced by {@code lineEnd} reads the same, diagnostics included. */
  public static void assertLineEndsReadTheSame(Parsers parsers, String text, String format, String lineEnd) {
    ParseResult<Episode> expected = parse(parsers, text, format);
    ParseResult<Episode> actual = parse(parsers, text.replace("\n", lineEnd), format);
    assertEquals(expected.value(), actual.value());
    assertEquals(expected.diagnostics(), actual.diagnostics());
  }

  /** The episode without section end times, which formats that write start times only cannot carry. */
  public static Episode withoutSectionEnds(Episode episode) {
    return episode.toBuilder()
        .sections(
            episode.sections().stream()
                .map(s -> Section.builder().from(s).end(Optional.empty()).build())
                .collect(Collectors.toList()))
        .build();
  }
}
