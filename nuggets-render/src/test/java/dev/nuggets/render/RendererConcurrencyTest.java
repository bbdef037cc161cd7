package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.Concurrency;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.testing.SampleEpisodes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One shared {@link Renderers} instance, and so one renderer instance per format, used from 8 threads for thousands
 * of renders gives the same output and diagnostics as one thread, for every registered format.
 */
class RendererConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ITERATIONS = 4_000;
  private static final Renderers SHARED = Renderers.discover();

  static Stream<String> formats() {
    return SHARED.formats(ContentKind.EPISODE).stream().map(r -> r.format().name());
  }

  /** What a render gives, compared by value; a format that cannot write an episode gives its exception's text. */
  private record Outcome(String output, Object diagnostics) {}

  @ParameterizedTest(name = "{0}")
  @MethodSource("formats")
  void sharedRendererGivesSingleThreadedResults(String format) {
    List<Episode> episodes = new ArrayList<>();
    episodes.add(SampleEpisodes.coralReefs());
    episodes.add(SampleEpisodes.empty());
    episodes.add(OutputSafetyTest.everywhere("<script>alert(1)</script>").toBuilder().link("javascript:x").build());
    HostileText hostile = new HostileText(7);
    for (int i = 0; i < 40; i++) {
      episodes.add(hostile.episode());
    }
    Concurrency.assertSameAsSequential(
        "the " + format + " renderer",
        episodes,
        episode -> {
          StringBuilder out = new StringBuilder();
          try {
            RenderResult result = SHARED.render(episode, format, out);
            return new Outcome(out.toString(), result.diagnostics());
          } catch (NuggetsRenderException e) {
            return new Outcome("cannot render: " + e.getMessage(), e.diagnostics());
          }
        },
        THREADS,
        ITERATIONS);
  }
}
