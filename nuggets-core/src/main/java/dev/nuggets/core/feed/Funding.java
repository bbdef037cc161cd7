package dev.nuggets.core.feed;

import java.util.Optional;
import org.immutables.value.Value;

/** A Podcasting 2.0 {@code <podcast:funding url>}: where listeners can support the show. */
@Value.Immutable
public abstract class Funding {
  Funding() {}

  /** The address. */
  public abstract String url();

  /** What the link says, the element's text. */
  public abstract Optional<String> text();

  public static Funding of(String url, String text) {
    return builder().url(url).text(text).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    FeedChecks.nonBlank(url(), "Funding.url");
    text().ifPresent(t -> FeedChecks.nonBlank(t, "Funding.text"));
  }

  /** Builds a {@link Funding}; {@code url} is required. */
  public static final class Builder extends ImmutableFunding.Builder {
    Builder() {}
  }
}
