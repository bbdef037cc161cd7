package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.render.Projections;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code text} format's row: the Podcast Nuggets page layout.
 *
 * <p>Two warnings by design: the layout marks a section left out of the table of contents only by its absence
 * there, which the parser reads as such and reports ({@code text.heading-not-in-toc}); a page with neither
 * takeaways nor sections has none of the headings that mark a summary page ({@code text.no-structure}).
 */
public final class TextRoundTrip extends EpisodeRoundTrip {
  public TextRoundTrip() {
    super("text");
  }

  /**
   * The layout reads lines by their shape, so its row is tried on hostile episodes adapted to the layout's reading
   * rules ({@link HoldableEpisodes}); what does not fit them the renderer reports as {@code text.not-read-back}.
   */
  @Override
  public List<Episode> values(long seed) {
    return List.of(HoldableEpisodes.of(seed));
  }

  /**
   * Text: the title (none when the episode has none: the page then starts with its first block), the takeaways and
   * the sections without any time, and the one guest a title shaped {@code Name (Description) - Topic} names.
   * Nothing else: no podcast title, date, duration or link, no transcript, transcript links or chapters link.
   */
  @Override
  public Optional<Episode> carried(Episode e) {
    Episode.Builder carried =
        Episode.builder()
            .title(e.title())
            .takeaways(e.takeaways().stream().map(t -> t.toBuilder().start(Optional.empty()).build()).toList())
            .sections(e.sections().stream().map(Projections::untimed).toList());
    e.people(Role.GUEST).stream()
        .filter(guest -> e.title().filter(title -> isNamedBy(title, guest)).isPresent())
        .findFirst()
        .ifPresent(carried::addPeople);
    return Optional.of(carried.build());
  }

  @Override
  public Set<String> expectedWarnings() {
    return Set.of("text.heading-not-in-toc", "text.no-structure");
  }

  private static boolean isNamedBy(String title, Person guest) {
    String head = guest.name() + guest.description().map(d -> " (" + d + ")").orElse("") + " - ";
    return title.startsWith(head);
  }
}
