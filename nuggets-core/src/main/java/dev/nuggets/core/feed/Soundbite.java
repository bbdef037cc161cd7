package dev.nuggets.core.feed;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/** A Podcasting 2.0 {@code <podcast:soundbite startTime duration>}: a short clip of the episode worth sharing. */
@Value.Immutable
public abstract class Soundbite {
  Soundbite() {}

  /** Where the clip starts in the audio. */
  public abstract Duration start();

  /** How long it runs. */
  public abstract Duration duration();

  /** Its title, the element's text. */
  public abstract Optional<String> title();

  public static Soundbite of(Duration start, Duration duration) {
    return builder().start(start).duration(duration).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    FeedChecks.nonNegative(start(), "Soundbite.start");
    FeedChecks.nonNegative(duration(), "Soundbite.duration");
    title().ifPresent(t -> FeedChecks.nonBlank(t, "Soundbite.title"));
  }

  /** Builds a {@link Soundbite}; {@code start} and {@code duration} are required. */
  public static final class Builder extends ImmutableSoundbite.Builder {
    Builder() {}
  }
}
