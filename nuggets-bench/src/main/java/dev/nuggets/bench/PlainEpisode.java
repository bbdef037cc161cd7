package dev.nuggets.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical JSON of an episode as plain records, for the Jackson baseline: what databind binding gives an app
 * that maps the same JSON itself (java.time values, no checks, no diagnostics). Unknown keys are ignored.
 */
public record PlainEpisode(
    @Nullable String title,
    @Nullable String podcastTitle,
    @Nullable String description,
    @Nullable List<PlainPerson> people,
    @Nullable LocalDate publishedOn,
    @Nullable Duration duration,
    @Nullable String link,
    @Nullable List<PlainTakeaway> takeaways,
    @Nullable List<PlainSection> sections) {

  /** A person: name, role and what they do. */
  public record PlainPerson(@Nullable String name, @Nullable String role, @Nullable String description) {}

  /** A takeaway: text, label and start. */
  public record PlainTakeaway(@Nullable String text, @Nullable String label, @Nullable Duration start) {}

  /** A section: heading, paragraphs, start, end and whether the table of contents lists it. */
  public record PlainSection(
      @Nullable String heading,
      @Nullable List<String> paragraphs,
      @Nullable Duration start,
      @Nullable Duration end,
      @Nullable Boolean listedInToc) {}
}
