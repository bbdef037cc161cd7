package dev.nuggets.render.text;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.TextPage;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.RenderContext;
import dev.nuggets.core.text.Spaces;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the page layout holds, in code: the rules by which the {@code text} parser reads a page, checked against
 * the lines the built-in element renderers write. Each line that would read back otherwise is reported with
 * {@link TextRenderCodes#NOT_READ_BACK}; an episode with no such report (and nothing dropped) reads back equal.
 * One per render.
 */
final class TextLayout {
  private static final Set<String> TAKEAWAY_HEADINGS = TextPage.TAKEAWAY_HEADINGS;
  private static final Set<String> TOC_HEADINGS = TextPage.TOC_HEADINGS;

  private final RenderContext context;
  private final Set<String> listedKeys = new HashSet<>();

  private TextLayout(RenderContext context) {
    this.context = context;
  }

  /** Reports every line of the episode's page that would not read back as written. */
  static void check(Episode episode, RenderContext context) {
    new TextLayout(context).checkEpisode(episode);
  }

  private void checkEpisode(Episode episode) {
    for (Section section : episode.tableOfContents()) {
      String heading = section.heading();
      if (heading.indexOf('•') >= 0) {
        report("the heading " + Spaces.quote(heading), "a \"•\" in it splits its table-of-contents entry");
      }
      if (!listedKeys.add(key(heading))) {
        report("the heading " + Spaces.quote(heading), "it repeats a heading listed before it");
      }
      checkLine("the heading", heading, TOC_HEADINGS, false);
    }
    episode.title().ifPresent(title -> checkTitle(episode, title));
    for (Takeaway takeaway : episode.takeaways()) {
      checkTakeaway(takeaway);
    }
    checkSections(episode);
  }

  private void checkTitle(Episode episode, String title) {
    checkLine("the title", title, TAKEAWAY_HEADINGS, true);
    if (!TextPage.isTitleLike(title)) {
      report("the title " + Spaces.quote(title), "a title is at most 300 characters and does not end with \".\"");
    }
    if (TextPage.isPromoLike(title)) {
      report("the title " + Spaces.quote(title), "it reads as the app-promo banner that pages carry");
    }
    Optional<Person> named = TextPage.guestNamedBy(title);
    if (named.isPresent() && !episode.people().contains(named.get())) {
      report(
          "the title " + Spaces.quote(title),
          "it names the guest " + Spaces.quote(named.get().name()) + " whom the episode does not list");
    }
  }

  private void checkTakeaway(Takeaway takeaway) {
    String line;
    if (takeaway.label().isPresent()) {
      String label = takeaway.label().get();
      if (!TextPage.isLabel(label)) {
        report(
            "the label " + Spaces.quote(label),
            "it does not read as a label (at most 80 characters, three words or eight in title case,"
                + " no sentence punctuation)");
      }
      line = label + ": " + takeaway.text();
    } else {
      line = takeaway.text();
      if (TextPage.hasLabelLeadIn(line)) {
        report("the takeaway " + Spaces.quote(line), "its lead-in reads as a label");
      }
    }
    if (line.charAt(0) == '•') {
      report("the takeaway " + Spaces.quote(line), "a leading \"•\" reads as a bullet");
    }
    checkLine("the takeaway", takeaway.text(), TOC_HEADINGS, true);
    takeaway.label().ifPresent(label -> checkLine("the label", label, Set.of(), false));
  }

  /** Section heading and paragraph lines as the parser walks them after the table of contents. */
  private void checkSections(Episode episode) {
    if (episode.sections().isEmpty()) {
      return;
    }
    if (episode.tableOfContents().isEmpty()) {
      report("the sections", "without a table of contents (a listed section) they read as takeaways or guesses");
      return;
    }
    List<String> lines = new ArrayList<>();
    List<Line> kinds = new ArrayList<>();
    for (Section section : episode.sections()) {
      lines.add(section.heading());
      kinds.add(section.listedInToc() ? Line.LISTED_HEADING : Line.UNLISTED_HEADING);
      for (String paragraph : section.paragraphs()) {
        lines.add(paragraph);
        kinds.add(Line.PARAGRAPH);
      }
    }
    Set<String> reserved = new HashSet<>(TAKEAWAY_HEADINGS);
    reserved.addAll(TOC_HEADINGS);
    for (int k = 0; k < lines.size(); k++) {
      String line = lines.get(k);
      Line kind = kinds.get(k);
      if (kind == Line.LISTED_HEADING) {
        continue; // checked with the table of contents
      }
      String what = kind == Line.PARAGRAPH ? "the paragraph " : "the heading of an unlisted section ";
      if (listedKeys.contains(key(line))) {
        report(what + Spaces.quote(line), "it repeats a heading of the table of contents");
      } else if (kind == Line.PARAGRAPH && isHeadingLike(lines, k)) {
        report(what + Spaces.quote(line), "it is shaped like a heading and would start a section");
      } else if (kind == Line.UNLISTED_HEADING && !isHeadingLike(lines, k)) {
        report(
            what + Spaces.quote(line),
            "a section outside the table of contents is found only by a heading-like line before a longer"
                + " paragraph");
      }
      checkLine(what.strip(), line, reserved, false);
    }
  }

  private enum Line {
    LISTED_HEADING,
    UNLISTED_HEADING,
    PARAGRAPH
  }

  /** Space at either end, a reserved heading, or a listed heading where none is written. */
  private void checkLine(String what, String text, Set<String> reserved, boolean checkListed) {
    if (isSpace(text.charAt(0)) || isSpace(text.charAt(text.length() - 1))) {
      report(what + " " + Spaces.quote(text), "space at either end of a line is not kept");
    }
    String key = key(text);
    if (reserved.contains(key) || (checkListed && listedKeys.contains(key))) {
      report(what + " " + Spaces.quote(text), "it reads as a heading of the page");
    }
  }

  private void report(String what, String why) {
    context.warning(TextRenderCodes.NOT_READ_BACK, what + " will not read back as written: " + why);
  }

  /** A heading-like line: shaped like a heading and followed by a longer line that is not. */
  private static boolean isHeadingLike(List<String> lines, int k) {
    return k + 1 < lines.size() && TextPage.isHeadingBefore(lines.get(k), lines.get(k + 1));
  }

  private static boolean isSpace(char c) {
    return Spaces.isSpace(c);
  }

  /** How the parser compares lines. */
  private static String key(String s) {
    return Spaces.lineKey(s);
  }
}
