package dev.nuggets.parser.text;

import dev.nuggets.core.text.TextPage;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.LineLimit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Reads one page. Two passes: the first finds the landmarks (the takeaways heading, the table of contents and the
 * promo block) so that the second, a walk over the remaining lines, can tell headings from paragraphs. One reader
 * serves one parse.
 */
final class PageReader {
  private static final Set<String> TAKEAWAY_HEADINGS =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways");

  /** Without landmarks, the promo block is looked for in this many lines at the top. */
  private static final int HEAD_LINES = 12;

  private static final int MAX_TITLE_LENGTH = 300;
  private static final int MAX_HEADING_LENGTH = 120;
  private static final int MAX_HEADING_WORDS = 14;
  private static final Pattern WORDS = Pattern.compile(" +");

  private enum Part {
    HEAD,
    TAKEAWAYS,
    BODY
  }

  /** A section while its paragraphs are being collected. */
  private static final class Draft {
    final String heading;
    final int entry;
    final boolean listed;
    final List<String> paragraphs = new ArrayList<>();

    Draft(String heading, int entry, boolean listed) {
      this.heading = heading;
      this.entry = entry;
      this.listed = listed;
    }
  }

  private final SourceText source;
  private final ParseContext context;
  private final Episode.Builder episode = Episode.builder();
  private final List<Draft> drafts = new ArrayList<>();
  private int takeawayCount;
  /** Set when a limit stopped the reading: what was not read is not reported again. */
  private boolean stopped;

  PageReader(SourceText source, ParseContext context) {
    this.source = source;
    this.context = context;
  }

  Episode read() {
    List<PageLine> lines = nonBlankLines();
    int takeawaysHeading = indexOf(lines, l -> TAKEAWAY_HEADINGS.contains(l.key()));
    int tocHeading = indexOf(lines, TocBlock::isHeading);
    int headEnd = firstFound(takeawaysHeading, tocHeading, Math.min(lines.size(), HEAD_LINES));
    boolean[] promo = Promo.find(lines, headEnd);
    List<TocBlock> tocs = tocBlocks(lines, tocHeading, promo);

    List<PageLine> items = new ArrayList<>(lines.size());
    int tocItem = -1;
    int nextToc = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (nextToc < tocs.size() && i == tocs.get(nextToc).headingIndex()) {
        TocBlock toc = tocs.get(nextToc++);
        if (tocItem < 0) {
          tocItem = items.size();
        }
        toc.remainder().ifPresent(items::add);
        i = toc.end() - 1;
      } else if (!promo[i]) {
        items.add(lines.get(i));
      }
    }
    List<TocBlock.Entry> entries = mergedEntries(tocs, lines);
    tocs.forEach(t -> reportToc(t, lines));
    if (takeawaysHeading < 0 && tocs.isEmpty() && !items.isEmpty()) {
      context.warning(
          TextCodes.NO_STRUCTURE,
          "no \"Key takeaways\" or \"Table of contents\" heading: this does not look like a Podcast Nuggets page;"
              + " headings and paragraphs were guessed from the shape of the lines",
          position(items.get(0)));
    }
    walk(items, tocItem, entries, takeawaysHeading >= 0, !tocs.isEmpty());
    finishSections(entries);
    return episode.build();
  }

  /** Every table of contents of the page, in order; the first is the one that counts. */
  private static List<TocBlock> tocBlocks(List<PageLine> lines, int first, boolean[] promo) {
    List<TocBlock> tocs = new ArrayList<>();
    for (int i = first; i >= 0 && i < lines.size(); i++) {
      if (TocBlock.isHeading(lines.get(i)) && !promo[i]) {
        TocBlock toc = TocBlock.read(lines, i, promo);
        tocs.add(toc);
        i = toc.end() - 1;
      }
    }
    return tocs;
  }

  /**
   * The entries of the first table of contents, then those of later ones that it lacks: a page that repeats its
   * table of contents (scraped twice, or once at the foot) keeps one, and loses none of their entries.
   */
  private List<TocBlock.Entry> mergedEntries(List<TocBlock> tocs, List<PageLine> lines) {
    if (tocs.isEmpty()) {
      return List.of();
    }
    List<TocBlock.Entry> entries = new ArrayList<>(tocs.get(0).entries());
    Set<String> keys = new HashSet<>();
    entries.forEach(e -> keys.add(e.key()));
    for (TocBlock toc : tocs.subList(1, tocs.size())) {
      int added = 0;
      for (TocBlock.Entry entry : toc.entries()) {
        if (keys.add(entry.key())) {
          entries.add(entry);
          added++;
        }
      }
      context.warning(
          TextCodes.TOC_REPEATED,
          "a second \"Table of contents\""
              + (added == 0
                  ? "; it lists the same entries as the first"
                  : "; its " + added + " entries the first lacks were added to it"),
          position(lines.get(toc.headingIndex())));
    }
    return entries;
  }

  private List<PageLine> nonBlankLines() {
    List<PageLine> lines = new ArrayList<>();
    for (int n = 1; n <= source.lineCount(); n++) {
      if (LineLimit.exceeded(source, n, context)) {
        continue;
      }
      String raw = source.line(n);
      int start = Spaces.skip(raw, 0);
      if (start < raw.length()) {
        lines.add(PageLine.of(n, start, raw.substring(start, Spaces.skipBack(raw, start, raw.length()))));
      }
    }
    return lines;
  }

  private void reportToc(TocBlock toc, List<PageLine> lines) {
    PageLine heading = lines.get(toc.headingIndex());
    if (toc.entries().isEmpty()) {
      context.warning(
          TextCodes.TOC_EMPTY,
          "the \"Table of contents\" heading is not followed by a line of \"•\" entries",
          position(heading));
    }
    toc.remainder()
        .ifPresent(
            r ->
                context.info(
                    TextCodes.TOC_GLUED_ENTRY,
                    "the last table-of-contents entry ran into "
                        + Spaces.quote(r.text())
                        + "; split it there",
                    position(r)));
  }

  private void walk(
      List<PageLine> items, int tocItem, List<TocBlock.Entry> entries, boolean hasTakeawaysHeading,
      boolean hasToc) {
    Map<String, List<Integer>> unusedEntries = new HashMap<>();
    for (int e = entries.size() - 1; e >= 0; e--) {
      unusedEntries.computeIfAbsent(entries.get(e).key(), k -> new ArrayList<>()).add(e);
    }
    boolean structured = hasTakeawaysHeading || hasToc;
    Part part = Part.HEAD;
    boolean titleDone = false;
    boolean takeawaysHeadingSeen = false;
    for (int k = 0; k < items.size(); k++) {
      if (k == tocItem) {
        part = Part.BODY;
      }
      PageLine line = items.get(k);
      if (!takeawaysHeadingSeen && TAKEAWAY_HEADINGS.contains(line.key())) {
        takeawaysHeadingSeen = true;
        titleDone = true;
        part = Part.TAKEAWAYS;
        continue;
      }
      List<Integer> entry = unusedEntries.get(TocBlock.matchKey(line.key()));
      if (entry != null && !entry.isEmpty()) {
        if (!openSection(line, entry.remove(entry.size() - 1), true)) {
          return;
        }
        part = Part.BODY;
        titleDone = true;
        continue;
      }
      switch (part) {
        case HEAD -> {
          if (!titleDone && isTitleLike(line.text())) {
            episode.title(line.text());
            TextPage.guestNamedBy(line.text()).ifPresent(episode::addPeople);
            titleDone = true;
          } else if (!hasTakeawaysHeading && hasToc) {
            titleDone = true;
            if (!addTakeaway(line)) {
              return;
            }
          } else if (!structured && isHeadingLike(items, k)) {
            if (!openSection(line, -1, true)) {
              return;
            }
            part = Part.BODY;
          } else {
            titleDone = true;
            context.warning(
                TextCodes.UNRECOGNISED_LINE,
                Spaces.quote(line.text()) + " fits nowhere in the page and was not kept",
                position(line));
          }
        }
        case TAKEAWAYS -> {
          if (!addTakeaway(line)) {
            return;
          }
        }
        case BODY -> {
          if (isHeadingLike(items, k)) {
            if (hasToc) {
              context.warning(
                  TextCodes.HEADING_NOT_IN_TOC,
                  Spaces.quote(line.text())
                      + " looks like a heading but is not in the table of contents (or repeats one);"
                      + " it starts a section that is not listed there",
                  position(line));
            }
            if (!openSection(line, -1, !hasToc)) {
              return;
            }
          } else if (!drafts.isEmpty()) {
            drafts.get(drafts.size() - 1).paragraphs.add(line.text());
          } else {
            context.warning(
                TextCodes.PARAGRAPH_WITHOUT_SECTION,
                Spaces.quote(line.text()) + " stands before the first section heading and was not kept",
                position(line));
          }
        }
      }
    }
  }

  /** Opens a section; false when the section limit stops the reading. */
  private boolean openSection(PageLine line, int entry, boolean listed) {
    int max = context.limits().maxSections();
    if (drafts.size() >= max) {
      context.error(
          DiagnosticCodes.LIMIT_SECTIONS,
          "more than " + max + " sections (limit maxSections); the rest of the input was not read",
          position(line));
      stopped = true;
      return false;
    }
    drafts.add(new Draft(line.text(), entry, listed));
    return true;
  }

  /** Adds a takeaway; false when the takeaway limit stops the reading. */
  private boolean addTakeaway(PageLine line) {
    int max = context.limits().maxTakeaways();
    if (takeawayCount >= max) {
      context.error(
          DiagnosticCodes.LIMIT_TAKEAWAYS,
          "more than " + max + " takeaways (limit maxTakeaways); the rest of the input was not read",
          position(line));
      stopped = true;
      return false;
    }
    takeawayCount++;
    TextPage.takeaway(line.text()).ifPresent(episode::addTakeaways);
    return true;
  }

  /**
   * Turns the drafts into sections. An entry of the table of contents that no heading matched becomes an empty
   * section placed after the section of the entry before it, so the table of contents survives whole.
   */
  private void finishSections(List<TocBlock.Entry> entries) {
    boolean[] matched = new boolean[entries.size()];
    int previous = -1;
    boolean orderReported = false;
    for (Draft draft : drafts) {
      if (draft.entry >= 0) {
        matched[draft.entry] = true;
        if (draft.entry < previous && !orderReported) {
          orderReported = true;
          TocBlock.Entry e = entries.get(draft.entry);
          context.warning(
              TextCodes.TOC_ORDER,
              "the sections stand in another order than the table of contents lists them, first at "
                  + Spaces.quote(draft.heading),
              source.position(e.line(), e.offset()));
        }
        previous = Math.max(previous, draft.entry);
      }
    }
    // anchor[e]: the matched entry after whose section an unmatched entry e is placed (-1: at the start).
    List<List<Integer>> placedAfter = new ArrayList<>();
    for (int e = 0; e <= entries.size(); e++) {
      placedAfter.add(new ArrayList<>());
    }
    int anchor = -1;
    for (int e = 0; e < entries.size() && !stopped; e++) {
      if (matched[e]) {
        anchor = e;
      } else {
        placedAfter.get(anchor + 1).add(e);
        TocBlock.Entry entry = entries.get(e);
        context.warning(
            TextCodes.TOC_ENTRY_WITHOUT_SECTION,
            "the table of contents lists " + Spaces.quote(entry.text())
                + " but no line of the page is that heading; kept as an empty section",
            source.position(entry.line(), entry.offset()));
      }
    }
    addEmptySections(placedAfter.get(0), entries);
    for (Draft draft : drafts) {
      episode.addSections(
          Section.builder().heading(draft.heading).paragraphs(draft.paragraphs).listedInToc(draft.listed).build());
      if (draft.entry >= 0) {
        addEmptySections(placedAfter.get(draft.entry + 1), entries);
      }
    }
  }

  private void addEmptySections(List<Integer> entryIndexes, List<TocBlock.Entry> entries) {
    for (int e : entryIndexes) {
      episode.addSections(Section.builder().heading(entries.get(e).text()).build());
    }
  }

  private static boolean isTitleLike(String text) {
    return text.length() <= MAX_TITLE_LENGTH && !text.endsWith(".");
  }

  /**
   * Whether {@code items[k]} looks like a heading: short, no closing punctuation but a question mark, starting with
   * an upper-case letter or digit, mostly title case, and followed by a longer line that is not itself shaped like
   * a heading.
   */
  private static boolean isHeadingLike(List<PageLine> items, int k) {
    if (k + 1 >= items.size() || !hasHeadingShape(items.get(k).text())) {
      return false;
    }
    String next = items.get(k + 1).text();
    return next.length() > items.get(k).text().length() && !hasHeadingShape(next);
  }

  private static boolean hasHeadingShape(String text) {
    if (text.length() > MAX_HEADING_LENGTH || ".,;:!…\"”".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    String[] words = WORDS.split(text);
    if (words.length > MAX_HEADING_WORDS) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String word : words) {
      if (word.length() > 3 && Character.isLetter(word.codePointAt(0))) {
        longWords++;
        if (Character.isUpperCase(word.codePointAt(0))) {
          capitalised++;
        }
      }
    }
    return capitalised * 2 >= longWords;
  }

  private SourcePosition position(PageLine line) {
    return source.position(line.number(), line.offset());
  }

  private static int indexOf(List<PageLine> lines, Predicate<PageLine> test) {
    for (int i = 0; i < lines.size(); i++) {
      if (test.test(lines.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int firstFound(int a, int b, int otherwise) {
    if (a < 0 && b < 0) {
      return otherwise;
    }
    if (a < 0 || b < 0) {
      return Math.max(a, b);
    }
    return Math.min(a, b);
  }
}
