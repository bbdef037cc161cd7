package dev.nuggets.core.feed;

import java.util.Optional;
import org.immutables.value.Value;

/** An item's RSS {@code <guid>}: its text, and its {@code isPermaLink} attribute when the feed writes one. */
@Value.Immutable
public abstract class Guid {
  Guid() {}

  /** The identifier, stripped of surrounding white space; never blank. */
  public abstract String value();

  /** {@code isPermaLink} as the feed writes it; empty when absent (RSS then means {@code true}). */
  public abstract Optional<Boolean> permaLink();

  public static Guid of(String value) {
    return builder().value(value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    FeedChecks.nonBlank(value(), "Guid.value");
  }

  /** Builds a {@link Guid}; {@code value} is required. */
  public static final class Builder extends ImmutableGuid.Builder {
    Builder() {}
  }
}
