package dev.nuggets.core.feed;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a feed says about its show beyond {@link dev.nuggets.core.Podcast}'s shared attributes: RSS
 * {@code copyright}, the {@code itunes:} show tags, the typed Podcasting 2.0 show tags, and every other element of
 * the channel, kept as it was. Empty for a podcast that was not read from a feed.
 */
@Value.Immutable
public abstract class ShowDetails {
  private static final ShowDetails EMPTY = builder().build();

  ShowDetails() {}

  /**
   * The {@code <description>} as the feed wrote it, when it holds HTML; the podcast's
   * {@linkplain dev.nuggets.core.Podcast#description() description} is its plain text.
   */
  public abstract Optional<String> descriptionHtml();

  /** RSS {@code <copyright>}. */
  public abstract Optional<String> copyright();

  /**
   * {@code <itunes:explicit>}: true for {@code yes}/{@code true}/{@code explicit}, false for
   * {@code no}/{@code false}/{@code clean}.
   */
  public abstract Optional<Boolean> explicit();

  /** {@code <itunes:type>}: {@code episodic} or {@code serial}. */
  public abstract Optional<String> type();

  /** {@code <itunes:complete>yes}: the show will have no more episodes. */
  @Value.Default
  public boolean complete() {
    return false;
  }

  /** {@code <itunes:block>yes}: the show asks Apple not to list it. */
  @Value.Default
  public boolean block() {
    return false;
  }

  /** {@code <itunes:new-feed-url>}: where the feed has moved to. */
  public abstract Optional<String> newFeedUrl();

  /** {@code <itunes:keywords>}, split at commas. */
  public abstract List<String> keywords();

  /** {@code <itunes:owner><itunes:name>}. */
  public abstract Optional<String> ownerName();

  /** {@code <itunes:owner><itunes:email>}. */
  public abstract Optional<String> ownerEmail();

  /** The {@code <itunes:category>} tree, in the feed's order. */
  public abstract List<Category> categories();

  /** {@code <podcast:guid>}: the show's global identifier. */
  public abstract Optional<String> podcastGuid();

  /** {@code <podcast:medium>}: {@code podcast}, {@code music}, {@code video}, ... */
  public abstract Optional<String> medium();

  /** {@code <podcast:locked>}: true when the show asks other platforms not to import it. */
  public abstract Optional<Boolean> locked();

  /** {@code <podcast:locked owner>}: the email address that may unlock it. */
  public abstract Optional<String> lockedOwner();

  /** {@code <podcast:funding>} links, in order. */
  public abstract List<Funding> funding();

  /** The channel's other elements, in order, kept as they were to be written back. */
  public abstract List<XmlElement> extensions();

  /** No details at all: the default for a podcast not read from a feed. */
  public static ShowDetails empty() {
    return EMPTY;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ShowDetails}; every attribute is optional. */
  public static final class Builder extends ImmutableShowDetails.Builder {
    Builder() {}
  }
}
