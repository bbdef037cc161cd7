package dev.nuggets.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One key takeaway of an episode: a sentence or short paragraph, optionally with a label (summaries often read
 * "Label: explanation") and the time in the episode where it is discussed.
 */
@Value.Immutable
public abstract class Takeaway {
  Takeaway() {}

  /** The takeaway itself, without its label; never blank. */
  public abstract String text();

  /** A short label that introduces the text, as in "Label: explanation". */
  public abstract Optional<String> label();

  /** Where in the episode the takeaway is discussed, from the start of the audio. */
  public abstract Optional<Duration> start();

  /** A takeaway with only a text. */
  public static Takeaway of(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this takeaway's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "Takeaway.text");
    Checks.nonBlank(label(), "Takeaway.label");
    Checks.nonNegative(start(), "Takeaway.start");
  }

  /** Builds a {@link Takeaway}; {@code text} is required. */
  public static final class Builder extends ImmutableTakeaway.Builder {
    Builder() {}
  }
}
