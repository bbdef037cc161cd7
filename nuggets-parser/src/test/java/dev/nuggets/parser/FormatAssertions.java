package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.SourcePosition;
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

  /** Parses {@code text} in {@code format} with only that format registered and the given limits. */
  public static ParseResult parse(EpisodeParser format, String text, ParseLimits limits) {
    return Parsers.builder().discover(false).register(format).limits(limits).build().parse(text, format.format());
  }

  public static List<String> codes(ParseResult result) {
    return result.diagnostics().stream().map(Diagnostic::code).collect(Collectors.toList());
  }

  /** The one diagnostic with {@code code}; fails when there is none or more than one. */
  public static Diagnostic only(ParseResult result, String code) {
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
    ParseResult expected = parsers.parse(text, format);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<ParseResult>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> parsers.parse(text, format)));
      }
      for (Future<ParseResult> result : results) {
        ParseResult actual = result.get();
        assertEquals(expected.episode(), actual.episode());
        assertEquals(expected.diagnostics(), actual.diagnostics());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Checks that {@code text} with its line feeds replaced by {@code lineEnd} reads the same, diagnostics included. */
  public static void assertLineEndsReadTheSame(Parsers parsers, String text, String format, String lineEnd) {
    ParseResult expected = parsers.parse(text, format);
    ParseResult actual = parsers.parse(text.replace("\n", lineEnd), format);
    assertEquals(expected.episode(), actual.episode());
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
