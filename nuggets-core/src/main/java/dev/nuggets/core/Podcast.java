package dev.nuggets.core;

import dev.nuggets.core.feed.ShowDetails;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A podcast: the show itself (a series), with its hosts. Its episodes are not part of it: a {@link Feed} holds a
 * show with its episodes, and reading a large feed gives the show first and then its episodes one at a time.
 */
@Value.Immutable
public abstract class Podcast {
  Podcast() {}

  /** The show's title. A feed without one (damaged, or still being written) gives a podcast without one. */
  public abstract Optional<String> title();

  /** What the show is about. */
  public abstract Optional<String> description();

  /** The show's web page. */
  public abstract Optional<String> link();

  /** The address of the show's RSS feed. */
  public abstract Optional<String> feedUrl();

  /** The address of the show's cover art. */
  public abstract Optional<String> imageUrl();

  /** The show's language as a BCP 47 tag, such as {@code en} or {@code pt-BR}. */
  public abstract Optional<String> language();

  /** Who publishes the show, as the feed names them. */
  public abstract Optional<String> author();

  /** The show's regular hosts. */
  public abstract List<Person> hosts();

  /** What the show's feed says beyond these attributes; empty for a show not read from a feed. */
  @Value.Default
  public ShowDetails feedDetails() {
    return ShowDetails.empty();
  }

  /** A podcast with only a title. */
  public static Podcast of(String title) {
    return builder().title(title).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this podcast's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(title(), "Podcast.title");
    Checks.nonBlank(description(), "Podcast.description");
    Checks.nonBlank(link(), "Podcast.link");
    Checks.nonBlank(feedUrl(), "Podcast.feedUrl");
    Checks.nonBlank(imageUrl(), "Podcast.imageUrl");
    Checks.nonBlank(language(), "Podcast.language");
    Checks.nonBlank(author(), "Podcast.author");
  }

  /** Builds a {@link Podcast}; every attribute is optional. */
  public static final class Builder extends ImmutablePodcast.Builder {
    Builder() {}
  }
}
