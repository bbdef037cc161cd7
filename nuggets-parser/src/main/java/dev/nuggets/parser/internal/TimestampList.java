package dev.nuggets.parser.internal;

import dev.nuggets.core.Section;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.Timecodes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rule that plain-text show notes (a {@code .txt}, a feed item's or a video's description) share: a run of
 * timestamp lines ({@code 00:00 Intro}, {@code (00:12:34) - Title}, {@code - 12:34 Title}, {@code Title - 1:02:03},
 * a time alone on a line followed by its title) is a list of timed sections, and the text around it is the
 * description. Lines in, paragraphs and timed sections out, each with the position of its first line.
 *
 * <p>A run takes two timed lines or more: one time in running text is text. It reaches from the first timed line to
 * the last; the untimed lines after a timed line (up to the next) are that section's paragraphs. Blank lines
 * separate paragraphs; the lines of one paragraph are joined with line feeds. Linear in the text.
 */
public final class TimestampList {
  /** Fewest timed lines that make a list. */
  private static final int MIN_TIMED = 2;

  private TimestampList() {}

  /** One line of input and where it starts. */
  public record Line(String text, SourcePosition position) {}

  /** A paragraph (its lines joined with line feeds) and where its first line starts. */
  public record Paragraph(String text, SourcePosition position) {}

  /** A timed section: its start, title, the paragraphs under it, and where its timestamp line starts. */
  public record Chapter(Duration start, String title, List<Paragraph> paragraphs, SourcePosition position) {
    public Chapter {
      paragraphs = List.copyOf(paragraphs);
    }

    /** The section the model holds. */
    public Section toSection() {
      Section.Builder section = Section.builder().heading(title).start(start);
      paragraphs.forEach(p -> section.addParagraphs(p.text()));
      return section.build();
    }
  }

  /**
   * What a document's lines hold: the paragraphs before the list, the timed sections, the paragraphs after the list
   * (all lines are {@code before} when there is no list).
   */
  public record Notes(List<Paragraph> before, List<Chapter> chapters, List<Paragraph> after) {
    public Notes {
      before = List.copyOf(before);
      chapters = List.copyOf(chapters);
      after = List.copyOf(after);
    }
  }

  /** Reads {@code lines} (without their line ends). */
  public static Notes read(List<Line> lines) {
    List<Optional<Timecodes.Timed>> times = new ArrayList<>(lines.size());
    int first = -1;
    int last = -1;
    int timed = 0;
    for (int i = 0; i < lines.size(); i++) {
      Optional<Timecodes.Timed> time = timed(lines, i);
      times.add(time);
      if (time.isPresent()) {
        timed++;
        first = first < 0 ? i : first;
        last = i;
      }
    }
    if (timed < MIN_TIMED) {
      return new Notes(paragraphs(lines, 0, lines.size()), List.of(), List.of());
    }
    List<Chapter> chapters = new ArrayList<>();
    int i = first;
    while (i <= last) {
      Timecodes.Timed time = times.get(i).orElseThrow();
      Line line = lines.get(i);
      int body = i + 1;
      String title = time.text();
      if (isTimeAlone(time)) {
        body = titleLine(lines, i + 1, times);
        title = unmarked(lines.get(body).text());
        body++;
      }
      int next = body;
      while (next < lines.size() && (next <= last ? times.get(next).isEmpty() : !isBlank(lines.get(next)))) {
        next++;
      }
      chapters.add(
          new Chapter(time.start().orElseThrow(), title, paragraphs(lines, body, next), line.position()));
      i = next;
    }
    return new Notes(paragraphs(lines, 0, first), chapters, paragraphs(lines, i, lines.size()));
  }

  /**
   * The time a line starts (or ends) with, a list marker before it skipped; a time alone counts only when an
   * untimed line follows to give its title.
   */
  private static Optional<Timecodes.Timed> timed(List<Line> lines, int index) {
    String text = unmarked(lines.get(index).text());
    Optional<Duration> alone = alone(text);
    if (alone.isPresent()) {
      for (int j = index + 1; j < lines.size(); j++) {
        String next = unmarked(lines.get(j).text());
        if (!next.isEmpty()) {
          return alone(next).isPresent() || Timecodes.split(next).start().isPresent()
              ? Optional.empty()
              : Optional.of(new Timecodes.Timed(alone, ""));
        }
      }
      return Optional.empty();
    }
    Timecodes.Timed time = Timecodes.split(text);
    return time.start().isPresent() ? Optional.of(time) : Optional.empty();
  }

  private static boolean isTimeAlone(Timecodes.Timed time) {
    return time.text().isEmpty();
  }

  /** The first non-blank line from {@code from}: the title of a time written alone ({@link #timed} made sure). */
  private static int titleLine(List<Line> lines, int from, List<Optional<Timecodes.Timed>> times) {
    int j = from;
    while (isBlank(lines.get(j)) && times.get(j).isEmpty()) {
      j++;
    }
    return j;
  }

  /** A clock alone, bare or in brackets. */
  private static Optional<Duration> alone(String text) {
    String s = text;
    if (s.length() > 2 && ((s.startsWith("(") && s.endsWith(")")) || (s.startsWith("[") && s.endsWith("]")))) {
      s = s.substring(1, s.length() - 1);
    }
    return Timecodes.clock(s);
  }

  /** The line stripped, without a bullet ({@code -}, {@code *}, {@code •}, {@code ‣}, {@code ▪}) before its text. */
  private static String unmarked(String line) {
    String s = Spaces.strip(line);
    if (s.length() > 1 && "-*•‣▪+".indexOf(s.charAt(0)) >= 0 && Spaces.isSpace(s.charAt(1))) {
      return Spaces.strip(s.substring(1));
    }
    return s;
  }

  private static boolean isBlank(Line line) {
    return Spaces.isBlank(line.text());
  }

  /** The paragraphs of lines {@code [from, to)}: runs of non-blank lines, each line stripped. */
  private static List<Paragraph> paragraphs(List<Line> lines, int from, int to) {
    List<Paragraph> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    SourcePosition start = SourcePosition.START;
    for (int i = from; i < to; i++) {
      Line line = lines.get(i);
      if (isBlank(line)) {
        addParagraph(out, text, start);
        continue;
      }
      if (text.length() == 0) {
        start = line.position();
      } else {
        text.append('\n');
      }
      text.append(Spaces.strip(line.text()));
    }
    addParagraph(out, text, start);
    return out;
  }

  private static void addParagraph(List<Paragraph> out, StringBuilder text, SourcePosition start) {
    if (text.length() > 0) {
      out.add(new Paragraph(text.toString(), start));
      text.setLength(0);
    }
  }
}
