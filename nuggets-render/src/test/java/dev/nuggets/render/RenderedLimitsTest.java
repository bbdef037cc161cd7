package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The section and takeaway limits hold in every format that can be both written and read: an episode with more
 * sections (or takeaways) than the limit, rendered in the format, parses with an error that names the limit and at
 * most the limit's number kept; exactly the limit parses without one. The inputs come from the format's own
 * renderer, so the test needs no knowledge of the format and covers each one as soon as it has both halves.
 */
class RenderedLimitsTest {
  private static final int COUNT = 30;
  private static final int LIMIT = 12;
  private static final Renderers RENDERERS = Renderers.discover();
  private static final Parsers PARSERS = Parsers.discover();

  static Stream<String> formats() {
    List<String> readable =
        PARSERS.formats(ContentKind.EPISODE).stream().map(p -> p.format().name()).collect(Collectors.toList());
    List<String> both =
        RENDERERS.formats(ContentKind.EPISODE).stream().map(r -> r.format().name()).filter(readable::contains)
            .collect(Collectors.toList());
    return both.isEmpty() ? Stream.of("(none yet)") : both.stream();
  }

  private static Episode episode(int sections, int takeaways) {
    Episode.Builder episode = Episode.builder().title("Counting Things in Long Episodes");
    for (int i = 0; i < takeaways; i++) {
      episode.addTakeaways(Takeaway.of("Takeaway number " + (i + 1) + " says something worth keeping."));
    }
    for (int i = 0; i < sections; i++) {
      episode.addSections(
          Section.builder().heading("Part Number " + (i + 1)).addParagraphs("The paragraph of part " + (i + 1) + ".")
              .start(Duration.ofSeconds(60L * i)).end(Duration.ofSeconds(60L * i + 60)).build());
    }
    return episode.build();
  }

  private static String render(Episode episode, String format) {
    return RENDERERS.renderToString(episode, format).text();
  }

  private static void assertLimit(
      String format, Episode over, Episode exact, ParseLimits limits, String code, String limitName,
      ToIntFunction<Episode> count) {
    assumeTrue(!format.startsWith("("), "skipped: no format has both a parser and a renderer yet");
    ParseResult<Episode> unlimited = PARSERS.readEpisode(Input.ofText(render(over, format)), format);
    assumeTrue(
        count.applyAsInt(unlimited.value()) == COUNT,
        () -> "skipped: the " + format + " format does not carry " + limitName.substring(3).toLowerCase());
    Parsers limited = Parsers.builder().limits(limits).build();
    ParseResult<Episode> result = limited.readEpisode(Input.ofText(render(over, format)), format);
    List<Diagnostic> errors =
        result.diagnostics().stream().filter(d -> d.code().equals(code)).collect(Collectors.toList());
    assertEquals(1, errors.size(), () -> format + ": expected one " + code + ": " + result.diagnostics());
    assertTrue(errors.get(0).isError());
    assertTrue(errors.get(0).message().contains(limitName), () -> "the message names the limit: " + errors.get(0));
    assertTrue(count.applyAsInt(result.value()) <= LIMIT, () -> format + " kept more than the limit");
    ParseResult<Episode> atLimit = limited.readEpisode(Input.ofText(render(exact, format)), format);
    assertFalse(
        atLimit.diagnostics().stream().anyMatch(d -> d.code().equals(code)),
        () -> format + ": exactly the limit is allowed: " + atLimit.diagnostics());
    assertEquals(LIMIT, count.applyAsInt(atLimit.value()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void sections(String format) {
    assertLimit(format, episode(COUNT, 1), episode(LIMIT, 1), ParseLimits.builder().maxSections(LIMIT).build(),
        DiagnosticCodes.LIMIT_SECTIONS, "maxSections", e -> e.sections().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void takeaways(String format) {
    assertLimit(format, episode(1, COUNT), episode(1, LIMIT), ParseLimits.builder().maxTakeaways(LIMIT).build(),
        DiagnosticCodes.LIMIT_TAKEAWAYS, "maxTakeaways", e -> e.takeaways().size());
  }
}
