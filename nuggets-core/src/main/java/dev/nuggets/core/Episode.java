package dev.nuggets.core;

import dev.nuggets.core.feed.ItemDetails;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One podcast episode as a summary sees it: who took part, its key takeaways and its sections, and its transcript
 * when there is one (carried, or linked to). The table of contents is not stored; it is derived from the sections
 * ({@link #tableOfContents()}). The {@linkplain dev.nuggets.core.format.ContentKind#EPISODE episode} kind of
 * content.
 *
 * <pre>{@code
 * Episode episode = Episode.builder()
 *     .title("Reasoning and the road ahead")
 *     .addPeople(Person.of("Ada Example", Role.GUEST))
 *     .addTakeaways(Takeaway.of("Planning beats guessing."))
 *     .addSections(Section.of("Why planning matters", "The guest explains ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Episode {
  Episode() {}

  /** The episode's title. */
  public abstract Optional<String> title();

  /** The title of the show the episode belongs to, as a standalone summary page names it. */
  public abstract Optional<String> podcastTitle();

  /**
   * What the episode is about, as plain text (paragraphs separated by blank lines): a feed's description, the
   * introduction of a summary before its first section, a page's meta description.
   */
  public abstract Optional<String> description();

  /** The people who take part, hosts and guests alike, in the order the source lists them. */
  public abstract List<Person> people();

  /** When the episode was published. */
  public abstract Optional<PublicationDate> publishedOn();

  /** How long the episode's audio runs. */
  public abstract Optional<Duration> duration();

  /** A link to the episode's page, as given by the source (renderers check its scheme before writing it). */
  public abstract Optional<String> link();

  /** The key takeaways, in order. */
  public abstract List<Takeaway> takeaways();

  /** The sections, in reading order. */
  public abstract List<Section> sections();

  /** Quotes from the episode that the summary cites, in order. */
  public abstract List<Quote> quotes();

  /** The episode's transcript, when the source carries it (or it was attached to the episode). */
  public abstract Optional<Transcript> transcript();

  /** Links to the episode's transcripts kept in files of their own, in the source's order (a feed lists several). */
  public abstract List<ContentLink> transcriptLinks();

  /**
   * A link to the episode's chapters kept in a file of their own (Podcasting 2.0 JSON chapters). Chapters carried
   * in the episode itself are its timed {@linkplain #sections() sections}.
   */
  public abstract Optional<ContentLink> chaptersLink();

  /** What the episode's feed item says beyond these attributes; empty for an episode not read from a feed. */
  @Value.Default
  public ItemDetails feedDetails() {
    return ItemDetails.empty();
  }

  /**
   * The table of contents: the sections that are {@linkplain Section#listedInToc() listed in it}, in order.
   * Computed from {@link #sections()}, so the two can never disagree.
   */
  public List<Section> tableOfContents() {
    return sections().stream().filter(Section::listedInToc).collect(Collectors.toUnmodifiableList());
  }

  /** The people with the given role, in order. */
  public List<Person> people(Role role) {
    return people().stream().filter(p -> p.role().equals(role)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The transcript text of a section's time range: what the {@linkplain #transcript() transcript} says from the
   * section's start until its end, or when it has none until the start of the next section that starts later, or
   * else to the end. Empty when the episode has no transcript, the section has no start, or nothing is said then.
   */
  public Optional<String> transcriptText(Section section) {
    if (transcript().isEmpty() || section.start().isEmpty()) {
      return Optional.empty();
    }
    Duration start = section.start().get();
    Optional<Duration> until = section.end();
    if (until.isEmpty()) {
      for (Section other : sections()) {
        if (other.start().isPresent() && other.start().get().compareTo(start) > 0
            && (until.isEmpty() || other.start().get().compareTo(until.get()) < 0)) {
          until = other.start();
        }
      }
    }
    return transcript().get().textBetween(start, until);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this episode's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(title(), "Episode.title");
    Checks.nonBlank(podcastTitle(), "Episode.podcastTitle");
    Checks.nonBlank(link(), "Episode.link");
    Checks.nonBlank(description(), "Episode.description");
    Checks.nonNegative(duration(), "Episode.duration");
  }

  /** Builds an {@link Episode}; every attribute is optional. */
  public static final class Builder extends ImmutableEpisode.Builder {
    Builder() {}
  }
}
