package dev.nuggets.render.markdown;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Projections;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.List;
import java.util.Optional;

/** The {@code markdown} format's row: CommonMark with YAML front matter. */
public final class MarkdownRoundTrip extends EpisodeRoundTrip {
  public MarkdownRoundTrip() {
    super("markdown");
  }

  /**
   * Markdown: everything but section end times, the start of a section left out of the table of contents (times
   * are shown in the table), fractions of a second in the times shown ({@code (00:12:34)}), a link that is not
   * http, https or mailto, and the transcript, transcript links and chapters link (none written). An episode
   * without a title has no {@code #} heading and reads back without one. A document without a table of contents
   * lists every section, so an episode that lists none reads back with all of them listed.
   */
  @Override
  public Optional<Episode> carried(Episode e) {
    Episode document = Projections.listedWithoutTable(Projections.document(e));
    return Optional.of(
        document.toBuilder()
            .takeaways(document.takeaways().stream()
                .map(t -> t.toBuilder().start(t.start().map(Projections::wholeSeconds)).build())
                .toList())
            .sections(document.sections().stream()
                .map(s -> s.toBuilder().start(s.start().map(Projections::wholeSeconds)).build())
                .toList())
            .build());
  }
}
