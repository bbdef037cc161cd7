package dev.nuggets.core.feed;

import java.util.List;
import org.immutables.value.Value;

/** An Apple Podcasts category ({@code <itunes:category text="...">}), with its subcategories. */
@Value.Immutable
public abstract class Category {
  Category() {}

  /** The category's name, such as {@code Technology}; never blank. */
  public abstract String name();

  /** Its subcategories, in the feed's order. */
  public abstract List<Category> subcategories();

  public static Category of(String name) {
    return builder().name(name).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    FeedChecks.nonBlank(name(), "Category.name");
  }

  /** Builds a {@link Category}; {@code name} is required. */
  public static final class Builder extends ImmutableCategory.Builder {
    Builder() {}
  }
}
