package dev.nuggets.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A section of an episode summary: a heading and its paragraphs. With a start time a section doubles as a chapter
 * (Podcasting 2.0 chapters, YouTube-style timestamps), which is why the paragraph list may be empty: a chapter file
 * carries titles and times but no text.
 */
@Value.Immutable
public abstract class Section {
  Section() {}

  /** The section's heading, also its entry in the table of contents; never blank. */
  public abstract String heading();

  /** The section's paragraphs in reading order; each is never blank. */
  public abstract List<String> paragraphs();

  /** Where the section starts in the episode's audio. */
  public abstract Optional<Duration> start();

  /** Where the section ends in the episode's audio; never before {@link #start()}. */
  public abstract Optional<Duration> end();

  /**
   * Whether the section is listed in the episode's table of contents (true unless a source says otherwise, as
   * Podcasting 2.0 chapters do with {@code "toc": false}).
   */
  @Value.Default
  public boolean listedInToc() {
    return true;
  }

  /** A section with a heading and paragraphs. */
  public static Section of(String heading, String... paragraphs) {
    return builder().heading(heading).addParagraphs(paragraphs).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this section's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(heading(), "Section.heading");
    Checks.nonBlankElements(paragraphs(), "Section.paragraphs");
    Checks.nonNegative(start(), "Section.start");
    Checks.nonNegative(end(), "Section.end");
    if (start().isPresent() && end().isPresent() && end().get().compareTo(start().get()) < 0) {
      throw new IllegalArgumentException(
          "Section.end (" + end().get() + ") must not be before Section.start (" + start().get() + ")");
    }
  }

  /** Builds a {@link Section}; {@code heading} is required. */
  public static final class Builder extends ImmutableSection.Builder {
    Builder() {}
  }
}
