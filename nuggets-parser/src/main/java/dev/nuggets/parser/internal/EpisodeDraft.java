package dev.nuggets.parser.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An episode while a structured document (Markdown, HTML) is read: takeaways and sections in reading order under
 * the limits, and a table of contents checked against the headings when the document is done.
 *
 * <p>When the document has a table of contents, a section is {@linkplain Section#listedInToc() listed} only if an
 * entry names it (by anchor or by text, ignoring case, punctuation and a start time); an entry with no section is
 * kept as an empty section after the section of the entry before it. When the document has no section headings
 * at all, the entries are its sections (a chapter list).
 */
public final class EpisodeDraft {

  /** The codes a format reports for what the draft checks. */
  public record Codes(
      String paragraphWithoutSection, String tocEntryWithoutSection, String tocOrder, String tocAsSections) {
    /** The codes {@code FORMAT.paragraph-without-section}, ... of a format. */
    public static Codes of(String format) {
      return new Codes(
          format + ".paragraph-without-section",
          format + ".toc-entry-without-section",
          format + ".toc-order",
          format + ".toc-as-sections");
    }
  }

  private static final class Draft {
    final String heading;
    final List<String> anchors;
    Optional<Duration> start;
    final List<String> paragraphs = new ArrayList<>();
    int entry = -1;

    Draft(String heading, List<String> anchors, Optional<Duration> start) {
      this.heading = heading;
      this.anchors = anchors;
      this.start = start;
    }
  }

  private record Entry(String text, Optional<String> anchor, Optional<Duration> start, SourcePosition position) {}

  private final ParseContext context;
  private final Codes codes;
  private final Episode.Builder episode = Episode.builder();
  private final List<Draft> drafts = new ArrayList<>();
  private final List<Entry> entries = new ArrayList<>();
  private boolean hasToc;
  private int takeaways;
  private boolean stopped;

  public EpisodeDraft(ParseContext context, Codes codes) {
    this.context = context;
    this.codes = codes;
  }

  /** The episode's metadata (title, people, dates): set directly. */
  public Episode.Builder metadata() {
    return episode;
  }

  /** Whether a limit stopped the reading; a reader stops at once when it is. */
  public boolean stopped() {
    return stopped;
  }

  /** Whether a section is open to take paragraphs. */
  public boolean inSection() {
    return !drafts.isEmpty();
  }

  /** Adds a takeaway, or reports {@code limit.takeaways} and stops. */
  public void addTakeaway(Takeaway takeaway, SourcePosition at) {
    if (stopped) {
      return;
    }
    int max = context.limits().maxTakeaways();
    if (takeaways >= max) {
      stop(DiagnosticCodes.LIMIT_TAKEAWAYS, "more than " + max + " takeaways (limit maxTakeaways)", at);
      return;
    }
    takeaways++;
    episode.addTakeaways(takeaway);
  }

  /**
   * Opens a section, or reports {@code limit.sections} and stops.
   *
   * @param anchors the ids a table of contents may link to it by (explicit ids, slugs of its heading)
   */
  public void openSection(String heading, List<String> anchors, Optional<Duration> start, SourcePosition at) {
    if (stopped) {
      return;
    }
    int max = context.limits().maxSections();
    if (drafts.size() >= max) {
      stop(DiagnosticCodes.LIMIT_SECTIONS, "more than " + max + " sections (limit maxSections)", at);
      return;
    }
    drafts.add(new Draft(heading, List.copyOf(anchors), start));
  }

  /**
   * Adds a paragraph to the open section; with none open, the paragraph is quoted in a warning that names the
   * lines from {@code at} to {@code lastLine}.
   */
  public void addParagraph(String text, SourcePosition at, int lastLine) {
    if (stopped || Spaces.isBlank(text)) {
      return;
    }
    if (drafts.isEmpty()) {
      context.warning(
          codes.paragraphWithoutSection(),
          Spaces.quote(text) + Spaces.lineRange(at.line(), lastLine)
              + " stands before the first section heading and was not kept",
          at);
      return;
    }
    drafts.get(drafts.size() - 1).paragraphs.add(text);
  }

  /** Notes that the document has a table of contents (even an empty one). */
  public void tableOfContents() {
    hasToc = true;
  }

  /** Adds an entry of the table of contents. */
  public void addTocEntry(String text, Optional<String> anchor, Optional<Duration> start, SourcePosition at) {
    hasToc = true;
    if (!stopped && !Spaces.isBlank(text)) {
      entries.add(new Entry(text, anchor, start, at));
    }
  }

  /** The episode, with the table of contents checked against the sections. */
  public Episode finish() {
    if (drafts.isEmpty() && !entries.isEmpty()) {
      context.info(
          codes.tocAsSections(),
          "the document has a table of contents but no section headings; its " + entries.size()
              + " entries were read as sections without text",
          entries.get(0).position());
      for (Entry entry : entries) {
        addSection(Section.builder().heading(entry.text()), entry.start(), true);
      }
      return episode.build();
    }
    match();
    List<List<Entry>> placedAfter = placeUnmatchedEntries();
    placedAfter.get(0).forEach(this::addEmptySection);
    for (Draft draft : drafts) {
      Section.Builder section = Section.builder().heading(draft.heading).paragraphs(draft.paragraphs);
      addSection(section, draft.start, !hasToc || entries.isEmpty() || draft.entry >= 0);
      if (draft.entry >= 0) {
        placedAfter.get(draft.entry + 1).forEach(this::addEmptySection);
      }
    }
    return episode.build();
  }

  private void match() {
    Map<String, List<Integer>> byAnchor = new HashMap<>();
    Map<String, List<Integer>> byKey = new HashMap<>();
    for (int e = entries.size() - 1; e >= 0; e--) {
      Entry entry = entries.get(e);
      int index = e;
      entry.anchor().ifPresent(a -> byAnchor.computeIfAbsent(Anchors.normalise(a), k -> new ArrayList<>()).add(index));
      byKey.computeIfAbsent(Spaces.landmarkKey(entry.text()), k -> new ArrayList<>()).add(e);
    }
    boolean[] used = new boolean[entries.size()];
    int previous = -1;
    boolean orderReported = false;
    for (Draft draft : drafts) {
      int entry = -1;
      for (String anchor : draft.anchors) {
        entry = take(byAnchor.getOrDefault(Anchors.normalise(anchor), List.of()), used);
        if (entry >= 0) {
          break;
        }
      }
      if (entry < 0) {
        entry = take(byKey.getOrDefault(Spaces.landmarkKey(draft.heading), List.of()), used);
      }
      if (entry < 0) {
        continue;
      }
      used[entry] = true;
      draft.entry = entry;
      if (draft.start.isEmpty()) {
        draft.start = entries.get(entry).start();
      }
      if (entry < previous && !orderReported) {
        orderReported = true;
        context.warning(
            codes.tocOrder(),
            "the sections stand in another order than the table of contents lists them, first at "
                + Spaces.quote(draft.heading),
            entries.get(entry).position());
      }
      previous = Math.max(previous, entry);
    }
  }

  private static int take(List<Integer> candidates, boolean[] used) {
    for (int i = candidates.size() - 1; i >= 0; i--) {
      int e = candidates.get(i);
      if (!used[e]) {
        return e;
      }
    }
    return -1;
  }

  /** placedAfter[e + 1]: the unmatched entries placed after the section of entry e (index 0: at the start). */
  private List<List<Entry>> placeUnmatchedEntries() {
    boolean[] matched = new boolean[entries.size()];
    for (Draft draft : drafts) {
      if (draft.entry >= 0) {
        matched[draft.entry] = true;
      }
    }
    List<List<Entry>> placedAfter = new ArrayList<>();
    for (int e = 0; e <= entries.size(); e++) {
      placedAfter.add(new ArrayList<>());
    }
    int anchor = -1;
    for (int e = 0; e < entries.size(); e++) {
      if (matched[e]) {
        anchor = e;
      } else if (!stopped) {
        Entry entry = entries.get(e);
        placedAfter.get(anchor + 1).add(entry);
        context.warning(
            codes.tocEntryWithoutSection(),
            "the table of contents lists " + Spaces.quote(entry.text())
                + " but no heading of the document is that section; kept as an empty section",
            entry.position());
      }
    }
    return placedAfter;
  }

  private void addEmptySection(Entry entry) {
    addSection(Section.builder().heading(entry.text()), entry.start(), true);
  }

  private void addSection(Section.Builder section, Optional<Duration> start, boolean listed) {
    start.ifPresent(section::start);
    episode.addSections(section.listedInToc(listed).build());
  }

  private void stop(String code, String what, SourcePosition at) {
    context.error(code, what + "; the rest of the input was not read", at);
    stopped = true;
  }
}
