package dev.nuggets.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an episode was published: a calendar date, and the exact moment when the source gives one. Feeds give a
 * full timestamp; summary pages and schema.org data often give a date alone.
 */
public final class PublicationDate {
  private final LocalDate date;
  private final @Nullable OffsetDateTime dateTime;

  private PublicationDate(LocalDate date, @Nullable OffsetDateTime dateTime) {
    this.date = date;
    this.dateTime = dateTime;
  }

  /** A date alone. */
  public static PublicationDate of(LocalDate date) {
    return new PublicationDate(Objects.requireNonNull(date, "date"), null);
  }

  /** A date and time; {@link #date()} is its local date at its own offset. */
  public static PublicationDate of(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return new PublicationDate(dateTime.toLocalDate(), dateTime);
  }

  /**
   * Reads an ISO-8601 date ({@code 2024-05-15}) or date-time with offset ({@code 2024-05-15T09:30:00Z}).
   *
   * @throws DateTimeParseException if the text is neither
   */
  public static PublicationDate parse(CharSequence text) {
    String value = text.toString().strip();
    if (value.indexOf('T') >= 0 || value.indexOf('t') >= 0) {
      return of(OffsetDateTime.parse(value.toUpperCase(Locale.ROOT)));
    }
    return of(LocalDate.parse(value));
  }

  /** The calendar date. */
  public LocalDate date() {
    return date;
  }

  /** The exact moment, when known. */
  public Optional<OffsetDateTime> dateTime() {
    return Optional.ofNullable(dateTime);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof PublicationDate that
        && that.date.equals(date)
        && Objects.equals(that.dateTime, dateTime);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, dateTime);
  }

  /** The ISO-8601 text that {@link #parse} reads back. */
  @Override
  public String toString() {
    return dateTime != null ? dateTime.toString() : date.toString();
  }
}
