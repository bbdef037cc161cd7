package dev.nuggets.render.chapters;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The {@code chapters} format's row: Podcasting 2.0 JSON chapters. */
public final class ChaptersRoundTrip extends EpisodeRoundTrip {
  public ChaptersRoundTrip() {
    super("chapters");
  }

  /**
   * JSON chapters: the title (none when the episode has none), the podcast title and the timed sections in order of
   * start, headings and times and {@code toc} only. Nothing else: no people, takeaways, paragraphs, date, duration,
   * link, transcript, transcript links or chapters link. No sections, or none with a start time: nothing can be
   * written.
   */
  @Override
  public Optional<Episode> carried(Episode e) {
    List<Section> timed =
        e.sections().stream()
            .filter(s -> s.start().isPresent())
            .sorted(Comparator.comparing(s -> s.start().orElseThrow()))
            .map(s -> s.toBuilder().paragraphs(List.of()).build())
            .toList();
    if (timed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Episode.builder().title(e.title()).podcastTitle(e.podcastTitle()).sections(timed).build());
  }
}
