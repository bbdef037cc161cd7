package dev.nuggets.core.testing;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Every combination of an episode's optional parts being absent or present, with plain values: the shapes that
 * round trips must survive whatever their text, such as an episode with no title, or one with nothing but a
 * duration. {@link HostileText} varies the text; this varies which parts exist.
 */
public final class EpisodeShapes {
  /** The optional parts, in the order of their bits in a shape. */
  public static final List<String> PARTS =
      List.of(
          "title", "podcastTitle", "people", "publishedOn", "duration", "link", "takeaways", "sections",
          "transcript");

  private EpisodeShapes() {}

  /** How many shapes there are: two to the number of parts. */
  public static int count() {
    return 1 << PARTS.size();
  }

  /** Every shape, the shape number being the bit set of the parts present. */
  public static List<Episode> all() {
    List<Episode> all = new ArrayList<>();
    for (int shape = 0; shape < count(); shape++) {
      all.add(shape(shape));
    }
    return all;
  }

  /** The parts present in a shape, for a failure message. */
  public static String describe(int shape) {
    List<String> present = new ArrayList<>();
    for (int bit = 0; bit < PARTS.size(); bit++) {
      if ((shape & (1 << bit)) != 0) {
        present.add(PARTS.get(bit));
      }
    }
    return "shape " + shape + " " + (present.isEmpty() ? "(nothing)" : present);
  }

  /** The episode with the parts of {@code shape} present. */
  public static Episode shape(int shape) {
    Episode.Builder episode = Episode.builder();
    if (has(shape, 0)) {
      episode.title("Reefs After the Heatwave");
    }
    if (has(shape, 1)) {
      episode.podcastTitle("Deep Water Weekly");
    }
    if (has(shape, 2)) {
      episode.addPeople(Person.of("Sam Okafor", Role.HOST));
      episode.addPeople(Person.builder().name("Maya Lindqvist").role(Role.GUEST).description("Marine Biologist").build());
    }
    if (has(shape, 3)) {
      episode.publishedOn(PublicationDate.of(LocalDate.of(2026, 3, 14)));
    }
    if (has(shape, 4)) {
      episode.duration(Duration.ofSeconds(3137));
    }
    if (has(shape, 5)) {
      episode.link("https://deepwater.example/episodes/12");
    }
    if (has(shape, 6)) {
      episode.addTakeaways(Takeaway.of("Bleaching is a stress response, not instant death."));
      episode.addTakeaways(Takeaway.builder().label("Nurseries").text("Restoration buys reefs time.").build());
    }
    if (has(shape, 7)) {
      episode.addSections(
          Section.builder().heading("What Bleaching Really Is").addParagraphs("Corals live with algae.")
              .start(Duration.ZERO).build());
      episode.addSections(
          Section.builder().heading("Can Reefs Recover?").addParagraphs("Some can, given time.")
              .start(Duration.ofSeconds(660)).build());
    }
    if (has(shape, 8)) {
      episode.transcript(Transcript.of(List.of(
          Cue.builder().start(Duration.ZERO).end(Duration.ofSeconds(4)).speaker("Sam Okafor").text("Welcome back.").build(),
          Cue.of(Duration.ofSeconds(4), "Thanks for having me."))));
      episode.addTranscriptLinks(ContentLink.of("https://deepwater.example/12.vtt", "text/vtt"));
    }
    return episode.build();
  }

  private static boolean has(int shape, int bit) {
    return (shape & (1 << bit)) != 0;
  }
}
