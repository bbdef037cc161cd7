package dev.nuggets.render.jsonld;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.text.TextPage;
import dev.nuggets.render.Projections;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code jsonld} format's episode row: a schema.org {@code PodcastEpisode}. */
public final class JsonLdRoundTrip extends EpisodeRoundTrip {
  public JsonLdRoundTrip() {
    super("jsonld");
  }

  /**
   * JSON-LD: everything but the takeaways' times, the sections left out of the table of contents, a link that is
   * not http or https, and the transcript, transcript links and chapters link (none written). An episode without a
   * title has no {@code name} and reads back without one. People come back cast first (hosts, guests, ...), then
   * contributors. Takeaways travel as {@code abstract} lines ({@code Label: text}) and come back as the text format
   * reads such a line.
   */
  @Override
  public Optional<Episode> carried(Episode e) {
    List<Person> people = new ArrayList<>();
    e.people().stream().filter(JsonLdRoundTrip::isCast).forEach(people::add);
    e.people().stream().filter(p -> !isCast(p)).forEach(people::add);
    return Optional.of(
        Projections.withoutLinkedContent(e).toBuilder()
            .link(e.link().filter(link -> Projections.hasScheme(link, Projections.WEB_SCHEMES)))
            .people(people)
            .takeaways(e.takeaways().stream().map(JsonLdRoundTrip::asAbstractLine).toList())
            .sections(e.tableOfContents())
            .build());
  }

  private static boolean isCast(Person person) {
    return person.role().group().filter("Cast"::equals).isPresent();
  }

  private static Takeaway asAbstractLine(Takeaway takeaway) {
    String line = takeaway.label().map(label -> label + ": " + takeaway.text()).orElse(takeaway.text());
    return TextPage.takeaway(line).orElseThrow();
  }
}
