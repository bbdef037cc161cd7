package dev.nuggets.parser.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.internal.TimestampList.Chapter;
import dev.nuggets.parser.internal.TimestampList.Notes;
import dev.nuggets.parser.internal.TimestampList.Paragraph;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampListTest {

  private static Notes read(String text) {
    List<TimestampList.Line> lines = new ArrayList<>();
    String[] split = text.split("\n", -1);
    for (int i = 0; i < split.length; i++) {
      lines.add(new TimestampList.Line(split[i], SourcePosition.of(i + 1, 1)));
    }
    return TimestampList.read(lines);
  }

  private static List<String> titles(Notes notes) {
    return notes.chapters().stream().map(Chapter::title).toList();
  }

  private static List<Duration> starts(Notes notes) {
    return notes.chapters().stream().map(Chapter::start).toList();
  }

  private static List<String> texts(List<Paragraph> paragraphs) {
    return paragraphs.stream().map(Paragraph::text).toList();
  }

  @Test
  void descriptionThenTimestampLines() {
    Notes notes =
        read("A talk about bread.\nSecond line.\n\nChapters:\n00:00 Intro\n04:10 Sourdough\n1:02:03 Wrap-up\n");
    assertEquals(List.of("A talk about bread.\nSecond line.", "Chapters:"), texts(notes.before()));
    assertEquals(List.of("Intro", "Sourdough", "Wrap-up"), titles(notes));
    assertEquals(
        List.of(Duration.ZERO, Duration.ofSeconds(250), Duration.ofSeconds(3723)), starts(notes));
    assertEquals(SourcePosition.of(6, 1), notes.chapters().get(1).position());
    assertEquals(List.of(), notes.after());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(00:00) - Intro\n(00:05:00) - Main", "[00:00] Intro\n[05:00] Main", "- 0:00 Intro\n- 5:00 Main",
        "• 00:00 – Intro\n• 05:00 – Main", "Intro - 00:00\nMain - 05:00", "Intro (0:00)\nMain (5:00)",
        "0:00\nIntro\n\n5:00\nMain"
      })
  void readsTheShapesShowNotesUse(String text) {
    Notes notes = read(text);
    assertEquals(List.of("Intro", "Main"), titles(notes), text);
    assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(5)), starts(notes), text);
    assertEquals(List.of(), notes.before(), text);
  }

  @Test
  void oneTimeInRunningTextIsText() {
    Notes notes = read("We meet at the gate.\n(10:30) doors open\nBring a coat.");
    assertEquals(List.of(), notes.chapters());
    assertEquals(List.of("We meet at the gate.\n(10:30) doors open\nBring a coat."), texts(notes.before()));
  }

  @Test
  void untimedLinesBetweenTimesBelongToTheSectionAbove() {
    Notes notes = read("00:00 Intro\n  what the show is\n\n10:00 Main\nmore\n\nLinks:\nexample.org\n");
    assertEquals(List.of("what the show is"), texts(notes.chapters().get(0).paragraphs()));
    assertEquals(List.of("more"), texts(notes.chapters().get(1).paragraphs()));
    assertEquals(List.of("Links:\nexample.org"), texts(notes.after()));
    assertEquals(SourcePosition.of(7, 1), notes.after().get(0).position());
  }

  @Test
  void timesAloneOnConsecutiveLinesAreText() {
    Notes notes = read("00:00\n05:00\n");
    assertEquals(List.of(), notes.chapters());
  }

  @Test
  void chapterBecomesATimedSection() {
    Notes notes = read("00:00 Intro\nabout it\n01:00 Next");
    assertEquals(
        dev.nuggets.core.Section.builder().heading("Intro").start(Duration.ZERO).addParagraphs("about it").build(),
        notes.chapters().get(0).toSection());
  }

  @Test
  void readsLongLists() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i % 60).append(":00 Title ").append(i).append('\n');
    }
    assertEquals(20_000, read(text.toString()).chapters().size());
  }
}
