package dev.nuggets.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.core.testing.SampleEpisodes;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModelTest {

  @Test
  void buildersMakeEqualValuesFromEqualInput() {
    Episode a = SampleEpisodes.coralReefs();
    Episode b = SampleEpisodes.coralReefs();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a.toBuilder().build());
    assertNotEquals(a, a.toBuilder().title("Another title").build());
  }

  @Test
  void emptyEpisodeHasEmptyOptionalsAndLists() {
    Episode empty = Episode.builder().build();
    assertEquals(Optional.empty(), empty.title());
    assertEquals(List.of(), empty.people());
    assertEquals(List.of(), empty.takeaways());
    assertEquals(List.of(), empty.sections());
    assertEquals(List.of(), empty.tableOfContents());
  }

  @Test
  void nullsAreRejectedWithTheAttributeName() {
    NullPointerException title =
        assertThrows(NullPointerException.class, () -> Episode.builder().title((String) null));
    assertTrue(title.getMessage().contains("title"), title.getMessage());
    NullPointerException heading =
        assertThrows(NullPointerException.class, () -> Section.builder().heading(null));
    assertTrue(heading.getMessage().contains("heading"), heading.getMessage());
    NullPointerException paragraph =
        assertThrows(NullPointerException.class, () -> Section.builder().addParagraphs((String) null));
    assertTrue(paragraph.getMessage().contains("paragraphs"), paragraph.getMessage());
    assertThrows(NullPointerException.class, () -> Person.of(null, Role.GUEST));
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Section.builder().build());
    assertTrue(e.getMessage().contains("heading"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> Takeaway.builder().build());
    assertThrows(IllegalStateException.class, () -> Person.builder().build());
  }

  @Test
  void blankTextIsRejected() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Section.of(" \u00A0\t"));
    assertEquals("Section.heading must not be blank", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Takeaway.of(""));
    assertThrows(IllegalArgumentException.class, () -> Episode.builder().title("  ").build());
    assertThrows(IllegalArgumentException.class, () -> Section.of("Heading", "fine", " "));
    assertThrows(
        IllegalArgumentException.class, () -> Person.builder().name("A").description("\u2003").build());
  }

  @Test
  void timesMustBeOrderedAndNonNegative() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Section.builder().heading("H").start(Duration.ofSeconds(10)).end(Duration.ofSeconds(5)).build());
    assertThrows(
        IllegalArgumentException.class, () -> Takeaway.builder().text("t").start(Duration.ofSeconds(-1)).build());
    assertThrows(IllegalArgumentException.class, () -> Episode.builder().duration(Duration.ofMinutes(-1)).build());
  }

  @Test
  void listsAreImmutableAndCopied() {
    List<String> paragraphs = new ArrayList<>(List.of("one"));
    Section section = Section.builder().heading("H").paragraphs(paragraphs).build();
    paragraphs.add("two");
    assertEquals(List.of("one"), section.paragraphs());
    assertThrows(UnsupportedOperationException.class, () -> section.paragraphs().add("three"));
  }

  @Test
  void tableOfContentsIsDerivedFromListedSections() {
    Episode episode = SampleEpisodes.coralReefs();
    assertEquals(
        List.of("What Bleaching Really Is", "Restoration: Nurseries, Gardens, and Limits", "Can Reefs Recover by 2035?"),
        episode.tableOfContents().stream().map(Section::heading).collect(Collectors.toList()));
    assertTrue(Section.of("H").listedInToc());
  }

  @Test
  void toStringIsReadable() {
    String text = Takeaway.builder().label("L").text("T").build().toString();
    assertTrue(text.startsWith("Takeaway{"), text);
    assertTrue(text.contains("text=T") && text.contains("label=L"), text);
  }

  @Test
  void peopleByRole() {
    Episode episode = SampleEpisodes.coralReefs();
    assertEquals(List.of("Maya Lindqvist"), episode.people(Role.GUEST).stream().map(Person::name).collect(Collectors.toList()));
    assertEquals(Role.HOST, Person.builder().name("Default Role").build().role());
  }

  @Test
  void rolesCompareCaseInsensitivelyAndKeepUnknownNames() {
    assertEquals(Role.CO_HOST, Role.of("Co-Host"));
    assertEquals(Role.CO_HOST, Role.of("  co-host "));
    assertEquals("co-host", Role.CO_HOST.name());
    assertEquals("Co-Host", Role.CO_HOST.displayName());
    assertEquals(Optional.of("Cast"), Role.GUEST.group());
    assertTrue(Role.of("Sound Designer").isKnown());
    Role unknown = Role.of("Resident  Skeptic");
    assertFalse(unknown.isKnown());
    assertEquals("resident skeptic", unknown.name());
    assertThrows(IllegalArgumentException.class, () -> Role.of(" "));
  }

  @Test
  void publicationDates() {
    PublicationDate date = PublicationDate.parse("2026-03-14");
    assertEquals(LocalDate.of(2026, 3, 14), date.date());
    assertTrue(date.dateTime().isEmpty());
    assertEquals("2026-03-14", date.toString());
    PublicationDate moment = PublicationDate.parse("2026-03-14T23:30:00-05:00");
    assertEquals(LocalDate.of(2026, 3, 14), moment.date());
    assertEquals(OffsetDateTime.of(2026, 3, 14, 23, 30, 0, 0, ZoneOffset.ofHours(-5)), moment.dateTime().orElseThrow());
    assertEquals(moment, PublicationDate.parse(moment.toString()));
    assertNotEquals(date, moment);
  }
}
