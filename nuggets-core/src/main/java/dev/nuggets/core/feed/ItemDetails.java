package dev.nuggets.core.feed;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a feed says about one episode beyond {@link dev.nuggets.core.Episode}'s shared attributes: its RSS guid and
 * enclosure, the show notes as HTML, the {@code itunes:} item tags, the typed Podcasting 2.0 item tags, and every
 * other element of the item, kept as it was. Empty for an episode that was not read from a feed.
 */
@Value.Immutable
public abstract class ItemDetails {
  private static final ItemDetails EMPTY = builder().build();

  ItemDetails() {}

  /** RSS {@code <guid>}. */
  public abstract Optional<Guid> guid();

  /** RSS {@code <enclosure>}: the media file. */
  public abstract Optional<Enclosure> enclosure();

  /**
   * The {@code <description>} as the feed wrote it, when it holds HTML; the episode's
   * {@linkplain dev.nuggets.core.Episode#description() description} is its plain text.
   */
  public abstract Optional<String> descriptionHtml();

  /** {@code <content:encoded>}: the full show notes, as HTML. */
  public abstract Optional<String> contentHtml();

  /** {@code <itunes:episodeType>}: {@code full}, {@code trailer} or {@code bonus}. */
  public abstract Optional<String> episodeType();

  /** {@code <itunes:season>}, or {@code <podcast:season>}'s number. */
  public abstract Optional<Integer> season();

  /** {@code <podcast:season name>}. */
  public abstract Optional<String> seasonName();

  /** {@code <itunes:episode>}, or {@code <podcast:episode>}'s number (which may have a fraction: {@code 204.5}). */
  public abstract Optional<String> episodeNumber();

  /** {@code <podcast:episode display>}: how to show the number, such as {@code Ch.3}. */
  public abstract Optional<String> episodeDisplay();

  /** {@code <itunes:explicit>}, read as for the show. */
  public abstract Optional<Boolean> explicit();

  /** {@code <itunes:image href>}: the episode's own art. */
  public abstract Optional<String> imageUrl();

  /** {@code <itunes:keywords>}, split at commas. */
  public abstract List<String> keywords();

  /** {@code <itunes:block>yes}. */
  @Value.Default
  public boolean block() {
    return false;
  }

  /** {@code <podcast:soundbite>} clips, in order. */
  public abstract List<Soundbite> soundbites();

  /** The item's other elements, in order, kept as they were to be written back. */
  public abstract List<XmlElement> extensions();

  /** No details at all: the default for an episode not read from a feed. */
  public static ItemDetails empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ItemDetails}; every attribute is optional. */
  public static final class Builder extends ImmutableItemDetails.Builder {
    Builder() {}
  }
}
