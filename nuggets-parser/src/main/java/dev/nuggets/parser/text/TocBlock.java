package dev.nuggets.parser.text;

import dev.nuggets.core.text.Spaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The table of contents: a "Table of contents" heading followed by one or more lines of "• Entry • Entry" entries.
 *
 * <p>Scraped pages often lose the line break after the last entry, so the last entry runs into whatever follows:
 * the first heading, or the first words of a paragraph. The entry is split where it starts with a line that stands
 * alone elsewhere in the page (the longest such line wins), or else where it ends with another entry; what follows
 * the split becomes a line of its own, the {@link #remainder()}. Both checks compare the entry with each other line
 * once, so the work is linear in the size of the page.
 */
final class TocBlock {
  /** One entry, with where it stands in the input. */
  record Entry(String text, String key, int line, int offset) {}

  private final int headingIndex;
  private final int end;
  private final List<Entry> entries;
  private final Optional<PageLine> remainder;

  private TocBlock(int headingIndex, int end, List<Entry> entries, Optional<PageLine> remainder) {
    this.headingIndex = headingIndex;
    this.end = end;
    this.entries = List.copyOf(entries);
    this.remainder = remainder;
  }

  /**
   * The key an entry and a heading line are matched by: the {@linkplain Spaces#lineKey line key} without a final
   * full stop, which pages put after an entry as often as a colon (an ellipsis is kept).
   */
  static String matchKey(String lineKey) {
    int end = lineKey.length();
    if (end > 1 && lineKey.charAt(end - 1) == '.' && lineKey.charAt(end - 2) != '.') {
      return lineKey.substring(0, end - 1).stripTrailing();
    }
    return lineKey;
  }

  static boolean isHeading(PageLine line) {
    return line.key().equals("table of contents") || line.key().equals("table of content");
  }

  /** The table of contents that starts at {@code lines[headingIndex]}. */
  static TocBlock read(List<PageLine> lines, int headingIndex, boolean[] promo) {
    List<Entry> entries = new ArrayList<>();
    int i = headingIndex + 1;
    while (i < lines.size() && lines.get(i).text().charAt(0) == '•') {
      split(lines.get(i), entries);
      i++;
    }
    int end = i;
    Optional<PageLine> remainder = Optional.empty();
    if (!entries.isEmpty()) {
      remainder = unglue(lines, headingIndex, end, promo, entries);
    }
    return new TocBlock(headingIndex, end, entries, remainder);
  }

  private static void split(PageLine line, List<Entry> into) {
    String text = line.text();
    int i = 0;
    while (i < text.length()) {
      int start = Spaces.skip(text, i + 1); // past the bullet
      int next = text.indexOf('•', start);
      int stop = next < 0 ? text.length() : next;
      int end = Spaces.skipBack(text, start, stop);
      if (end > start) {
        String entry = text.substring(start, end);
        into.add(new Entry(entry, matchKey(Spaces.lineKey(entry)), line.number(), line.offset() + start));
      }
      i = stop;
    }
  }

  private static Optional<PageLine> unglue(
      List<PageLine> lines, int headingIndex, int end, boolean[] promo, List<Entry> entries) {
    Entry last = entries.get(entries.size() - 1);
    String text = last.text();
    int bestSplit = -1;
    for (int i = 0; i < lines.size(); i++) {
      if ((i >= headingIndex && i < end) || promo[i]) {
        continue;
      }
      PageLine other = lines.get(i);
      if (matchKey(other.key()).equals(last.key())) {
        return Optional.empty(); // the entry stands alone elsewhere: nothing is glued
      }
      int length = other.text().length();
      if (length < text.length() && length > bestSplit && text.regionMatches(true, 0, other.text(), 0, length)) {
        bestSplit = length;
      }
    }
    if (bestSplit < 0) {
      for (int e = 0; e < entries.size() - 1; e++) {
        String tail = entries.get(e).text();
        int split = text.length() - tail.length();
        if (split > 0 && split > bestSplit && text.regionMatches(true, split, tail, 0, tail.length())) {
          bestSplit = split;
        }
      }
    }
    if (bestSplit < 0) {
      return Optional.empty();
    }
    int headEnd = Spaces.skipBack(text, 0, bestSplit);
    int tailStart = Spaces.skip(text, bestSplit);
    if (headEnd == 0 || tailStart == text.length()) {
      return Optional.empty();
    }
    String head = text.substring(0, headEnd);
    entries.set(entries.size() - 1, new Entry(head, matchKey(Spaces.lineKey(head)), last.line(), last.offset()));
    return Optional.of(PageLine.of(last.line(), last.offset() + tailStart, text.substring(tailStart)));
  }

  int headingIndex() {
    return headingIndex;
  }

  /** The index just after the last entry line. */
  int end() {
    return end;
  }

  List<Entry> entries() {
    return entries;
  }

  /** What followed the last entry on its line, when it was glued to it. */
  Optional<PageLine> remainder() {
    return remainder;
  }
}
