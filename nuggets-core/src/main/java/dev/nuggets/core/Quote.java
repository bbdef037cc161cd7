package dev.nuggets.core;

import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quote from an episode: words someone said, as a summary cites them, optionally with who said them and when in
 * the episode.
 */
@Value.Immutable
public abstract class Quote {
  Quote() {}

  /** The quoted words, without surrounding quotation marks; never blank. */
  public abstract String text();

  /** Who said it, as the source names them. */
  public abstract Optional<String> speaker();

  /** Where in the episode it is said, from the start of the audio. */
  public abstract Optional<Duration> start();

  /** A quote with only a text. */
  public static Quote of(String text) {
    return builder().text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this quote's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(text(), "Quote.text");
    Checks.nonBlank(speaker(), "Quote.speaker");
    Checks.nonNegative(start(), "Quote.start");
  }

  /** Builds a {@link Quote}; {@code text} is required. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
