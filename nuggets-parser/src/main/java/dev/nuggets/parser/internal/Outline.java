package dev.nuggets.parser.internal;

import dev.nuggets.core.text.Slugs;
import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.text.TimeEdges;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Person;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The outline of a structured summary (Markdown, HTML) as its headings divide it: the title, the part under a
 * "Key takeaways" heading, the table of contents, and sections. A format's reader hands over headings and pieces
 * of text in reading order; the outline decides what each piece is, the same way for every format.
 */
public final class Outline {

  /** The part of the document a piece of text stands in. */
  public enum Part {
    /** After the title (or at the start) and before any other heading: people lines, else stray paragraphs. */
    HEAD,
    TAKEAWAYS,
    TOC,
    SECTION
  }

  /**
   * One piece of text: a paragraph, or a list item (whose line breaks are spaces).
   *
   * @param lead the text of the strong emphasis it opens with, a takeaway's label when followed by a colon
   * @param anchor the fragment of the in-page link it holds, for a table-of-contents entry
   * @param start a start time the markup gives explicitly (HTML's {@code <time>}); else one is looked for in the
   *     text
   * @param timeEdges the ends of the text where a start time may be looked for
   */
  public record Unit(
      String text,
      SourcePosition at,
      int lastLine,
      boolean listItem,
      Optional<String> lead,
      Optional<String> anchor,
      Optional<Duration> start,
      TimeEdges timeEdges) {

    /** A unit where a start time may be read at either end of the text. */
    public Unit(
        String text,
        SourcePosition at,
        int lastLine,
        boolean listItem,
        Optional<String> lead,
        Optional<String> anchor,
        Optional<Duration> start) {
      this(text, at, lastLine, listItem, lead, anchor, start, TimeEdges.BOTH);
    }
  }

  private final SourceText source;
  private final ParseContext context;
  private final EpisodeDraft draft;
  private final String tocEmptyCode;
  private Part part = Part.HEAD;
  private boolean titleRead;
  private @Nullable SourcePosition tocHeading;
  private int tocEntries;
  private boolean timesInText = true;

  public Outline(SourceText source, ParseContext context, EpisodeDraft draft, String tocEmptyCode) {
    this.source = source;
    this.context = context;
    this.draft = draft;
    this.tocEmptyCode = tocEmptyCode;
  }

  /**
   * Whether a time written at either end of a heading, takeaway or entry is its start ({@code true}, as in
   * hand-written documents); a document that marks every start up ({@code <time datetime>}) keeps such text as it
   * is.
   */
  public void timesInText(boolean read) {
    this.timesInText = read;
  }

  private Timecodes.Timed split(String text, TimeEdges edges) {
    return timesInText ? Timecodes.split(text, edges) : new Timecodes.Timed(Optional.empty(), text);
  }

  public Part part() {
    return part;
  }

  /** Whether the document's title has been read (or can no longer come). */
  public boolean titleRead() {
    return titleRead;
  }

  /**
   * A heading: the title (the first level-1 heading before any other), a landmark (takeaways, table of contents)
   * or a section; a start time at either end of a section heading is split off unless {@code start} gives one.
   *
   * @param anchors ids the heading carries in the markup; the slugs of its text are added
   */
  public void heading(String text, int level, List<String> anchors, Optional<Duration> start, SourcePosition at) {
    heading(text, level, anchors, start, at, TimeEdges.BOTH);
  }

  /** As {@link #heading(String, int, List, Optional, SourcePosition)}, a time looked for only at {@code edges}. */
  public void heading(
      String text, int level, List<String> anchors, Optional<Duration> start, SourcePosition at, TimeEdges edges) {
    if (Spaces.isBlank(text)) {
      return;
    }
    String key = Spaces.landmarkKey(text);
    endToc();
    if (level == 1 && !titleRead && part == Part.HEAD) {
      titleRead = true;
      draft.metadata().title(text);
      return;
    }
    titleRead = true;
    if (Landmarks.isTakeaways(key) && !draft.inSection()) {
      part = Part.TAKEAWAYS;
    } else if (Landmarks.isTableOfContents(key) && tocHeading == null && !draft.inSection()) {
      part = Part.TOC;
      tocHeading = at;
      tocEntries = 0;
      draft.tableOfContents();
    } else {
      part = Part.SECTION;
      Timecodes.Timed timed = split(text, edges);
      List<String> ids = new ArrayList<>(anchors);
      ids.add(Slugs.slug(text));
      ids.add(Slugs.slug(timed.text()));
      draft.openSection(timed.text(), ids, start.or(timed::start), at);
    }
  }

  /**
   * Reads a piece of text according to the part of the document it stands in. Before the first section, a
   * paragraph that only names a landmark ({@code **Key takeaways:**}, a bare "Table of contents" line), as
   * hand-written summaries have it, is read as that landmark's heading.
   */
  public void unit(Unit unit) {
    if (!unit.listItem() && part != Part.SECTION && isLandmark(unit.text())) {
      heading(unit.text(), 2, List.of(), Optional.empty(), unit.at(), unit.timeEdges());
      return;
    }
    switch (part) {
      case HEAD -> head(unit);
      case TAKEAWAYS, TOC -> {
        String[] lines = unit.listItem() ? new String[] {unit.text()} : unit.text().split("\n", -1);
        if (lines.length == 1) {
          item(lines[0].replace('\n', ' '), unit.lead(), unit.anchor(), unit.start(), unit.at(), unit.timeEdges());
        } else {
          for (int i = 0; i < lines.length; i++) {
            int line = Math.min(unit.at().line() + i, source.lineCount());
            SourcePosition at = i == 0 ? unit.at() : source.position(line, 0);
            TimeEdges edges =
                i == 0 ? unit.timeEdges().firstLine()
                    : i == lines.length - 1 ? unit.timeEdges().lastLine() : TimeEdges.BOTH;
            item(lines[i], Optional.empty(), Optional.empty(), Optional.empty(), at, edges);
          }
        }
      }
      case SECTION -> draft.addParagraph(unit.text(), unit.at(), unit.lastLine());
    }
  }

  private static boolean isLandmark(String text) {
    if (text.indexOf('\n') >= 0) {
      return false;
    }
    String key = Spaces.landmarkKey(text);
    return Landmarks.isTakeaways(key) || Landmarks.isTableOfContents(key);
  }

  /** Ends the document, reporting a table of contents with no entries. */
  public void finish() {
    endToc();
    part = Part.HEAD;
  }

  private void endToc() {
    if (part == Part.TOC && tocEntries == 0 && tocHeading != null) {
      context.warning(tocEmptyCode, "the table of contents has no entries", tocHeading);
    }
  }

  /** Text before any section: people lines ("Host: Sam Okafor"), else a warning. */
  private void head(Unit unit) {
    List<String> rest = new ArrayList<>();
    for (String line : unit.text().split("\n", -1)) {
      List<Person> people = PeopleLines.read(line);
      if (people.isEmpty()) {
        rest.add(line);
      } else {
        people.forEach(draft.metadata()::addPeople);
      }
    }
    if (!rest.isEmpty()) {
      draft.addParagraph(String.join("\n", rest), unit.at(), unit.lastLine());
    }
  }

  private void item(
      String text,
      Optional<String> lead,
      Optional<String> anchor,
      Optional<Duration> explicit,
      SourcePosition at,
      TimeEdges edges) {
    if (Spaces.isBlank(text)) {
      return;
    }
    Timecodes.Timed timed = split(text, edges);
    Optional<Duration> start = explicit.or(timed::start);
    if (part == Part.TAKEAWAYS) {
      draft.addTakeaway(takeaway(timed.text(), lead, start), at);
    } else {
      tocEntry(text, anchor, explicit, at, edges);
    }
  }

  /**
   * An entry of the table of contents, wherever the document holds it (under its heading, or in a {@code <nav>});
   * a start time at either end of its text is split off unless {@code explicit} gives one.
   */
  public void tocEntry(String text, Optional<String> anchor, Optional<Duration> explicit, SourcePosition at) {
    tocEntry(text, anchor, explicit, at, TimeEdges.BOTH);
  }

  private void tocEntry(
      String text, Optional<String> anchor, Optional<Duration> explicit, SourcePosition at, TimeEdges edges) {
    if (Spaces.isBlank(text)) {
      return;
    }
    Timecodes.Timed timed = split(text, edges);
    tocEntries++;
    draft.addTocEntry(timed.text(), anchor, explicit.or(timed::start), at);
  }

  /**
   * A takeaway; when the text opens with {@code lead} followed by a colon (inside or after it, as in
   * {@code **Label:** text} or {@code **Label**: text}), the lead is its label.
   */
  private static Takeaway takeaway(String text, Optional<String> lead, Optional<Duration> start) {
    Takeaway.Builder takeaway = Takeaway.builder().text(text);
    start.ifPresent(takeaway::start);
    if (lead.isEmpty() || !text.startsWith(lead.get())) {
      return takeaway.build();
    }
    String label = lead.get().strip();
    String rest = text.substring(lead.get().length()).strip();
    if (label.endsWith(":")) { // the colon inside the lead ends the label; a text may start with one of its own
      label = label.substring(0, label.length() - 1).strip();
    } else if (rest.startsWith(":")) {
      rest = rest.substring(1).strip();
    } else {
      return takeaway.build();
    }
    return Spaces.isBlank(rest) || Spaces.isBlank(label) ? takeaway.build() : takeaway.label(label).text(rest).build();
  }
}
