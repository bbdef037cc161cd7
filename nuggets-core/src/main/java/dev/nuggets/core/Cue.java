package dev.nuggets.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One timed piece of a {@link Transcript}: the words spoken from {@link #start()} (to {@link #end()} when known),
 * and who spoke them when the transcript says.
 */
@Value.Immutable
public abstract class Cue {
  Cue() {}

  /** Where the cue starts in the episode's audio. */
  public abstract Duration start();

  /** Where the cue ends; never before {@link #start()}. Some transcripts give start times only. */
  public abstract Optional<Duration> end();

  /** Who speaks, as the transcript names them ("Maya Lindqvist"). */
  public abstract Optional<String> speaker();

  /** What is said, as plain text; never blank. Line breaks within a cue are kept. */
  public abstract String text();

  /** A cue with a start and a text. */
  public static Cue of(Duration start, String text) {
    return builder().start(start).text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this cue's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "Cue.text");
    Checks.nonBlank(speaker(), "Cue.speaker");
    Checks.nonNegative(Optional.of(start()), "Cue.start");
    Checks.nonNegative(end(), "Cue.end");
    if (end().isPresent() && end().get().compareTo(start()) < 0) {
      throw new IllegalArgumentException(
          "Cue.end (" + end().get() + ") must not be before Cue.start (" + start() + ")");
    }
  }

  /** Builds a {@link Cue}; {@code start} and {@code text} are required. */
  public static final class Builder extends ImmutableCue.Builder {
    Builder() {}
  }
}
