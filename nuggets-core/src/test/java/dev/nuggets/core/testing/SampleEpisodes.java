package dev.nuggets.core.testing;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.time.Duration;
import java.time.LocalDate;

/** Episodes written for the tests: every attribute of the model in use, with text of our own. */
public final class SampleEpisodes {
  private SampleEpisodes() {}

  /** A complete episode: metadata, two people, labelled and timed takeaways, timed sections, an unlisted one. */
  public static Episode coralReefs() {
    return Episode.builder()
        .title("Maya Lindqvist (Marine Biologist) - Coral Reefs, Heatwaves, & the Next Decade of Restoration")
        .podcastTitle("Deep Water Weekly")
        .addPeople(Person.builder().name("Sam Okafor").role(Role.HOST).build())
        .addPeople(
            Person.builder().name("Maya Lindqvist").role(Role.GUEST).description("Marine Biologist").build())
        .publishedOn(PublicationDate.of(LocalDate.of(2026, 3, 14)))
        .duration(Duration.ofMinutes(52).plusSeconds(17))
        .link("https://deepwater.example/episodes/coral-reefs")
        .addTakeaways(
            Takeaway.builder()
                .text(
                    "Coral bleaching is a stress response: corals expel the algae that feed them when the water"
                        + " stays too warm for too long.")
                .start(Duration.ofMinutes(2).plusSeconds(5))
                .build())
        .addTakeaways(
            Takeaway.builder()
                .label("Restoration Buys Time")
                .text("nurseries help reefs recover but cannot outgrow a warming ocean on their own.")
                .start(Duration.ofMinutes(18))
                .build())
        .addTakeaways(
            Takeaway.of(
                "Heat-tolerant strains bred from heatwave survivors are the most promising tool in twenty years."))
        .addSections(
            Section.builder()
                .heading("What Bleaching Really Is")
                .addParagraphs(
                    "Corals live in partnership with microscopic algae that provide most of their energy.",
                    "A bleached reef is not yet a dead reef: if the water cools within weeks, many colonies recover.")
                .start(Duration.ZERO)
                .end(Duration.ofMinutes(11))
                .build())
        .addSections(
            Section.builder()
                .heading("Restoration: Nurseries, Gardens, and Limits")
                .addParagraphs(
                    "Fragments are grown on underwater frames and replanted, hundreds of thousands at a time.")
                .start(Duration.ofMinutes(11))
                .end(Duration.ofMinutes(30).plusSeconds(30))
                .build())
        .addSections(
            Section.builder()
                .heading("A Word From Our Sponsor")
                .addParagraphs("The show is supported by listeners like you.")
                .start(Duration.ofMinutes(30).plusSeconds(30))
                .end(Duration.ofMinutes(31).plusSeconds(30))
                .listedInToc(false)
                .build())
        .addSections(
            Section.builder()
                .heading("Can Reefs Recover by 2035?")
                .addParagraphs(
                    "Reefs can recover within ten to fifteen years between disturbances, but heatwaves now come"
                        + " more often than that.")
                .start(Duration.ofMinutes(31).plusSeconds(30))
                .end(Duration.ofMinutes(52).plusSeconds(17))
                .build())
        .build();
  }

  /** An episode with nothing in it. */
  public static Episode empty() {
    return Episode.builder().build();
  }
}
