package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.Quotes;
import dev.nuggets.render.internal.TakeawayLines;
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
  private static final Set<String> TAKEAWAY_HEADINGS =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways");
  private static final Set<String> TOC_HEADINGS = Set.of("table of contents", "table of content");
  private static final int MAX_TITLE_LENGTH = 300;
  private static final int MAX_HEADING_LENGTH = 120;
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_DESCRIPTION = 120;

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
        report("the heading " + Quotes.quote(heading), "a \"•\" in it splits its table-of-contents entry");
      }
      if (!listedKeys.add(key(heading))) {
        report("the heading " + Quotes.quote(heading), "it repeats a heading listed before it");
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
    if (title.length() > MAX_TITLE_LENGTH || title.endsWith(".")) {
      report("the title " + Quotes.quote(title), "a title is at most 300 characters and does not end with \".\"");
    }
    if (isPromoBanner(title)) {
      report("the title " + Quotes.quote(title), "it reads as the app-promo banner that pages carry");
    }
    Optional<Person> named = guestNamedBy(title);
    if (named.isPresent() && !episode.people().contains(named.get())) {
      report(
          "the title " + Quotes.quote(title),
          "it names the guest " + Quotes.quote(named.get().name()) + " whom the episode does not list");
    }
  }

  private void checkTakeaway(Takeaway takeaway) {
    String line;
    if (takeaway.label().isPresent()) {
      String label = takeaway.label().get();
      if (!TakeawayLines.isLabel(label)) {
        report(
            "the label " + Quotes.quote(label),
            "it does not read as a label (at most 80 characters, three words or eight in title case,"
                + " no sentence punctuation)");
      }
      line = label + ": " + takeaway.text();
    } else {
      line = takeaway.text();
      if (TakeawayLines.hasLabelLeadIn(line)) {
        report("the takeaway " + Quotes.quote(line), "its lead-in reads as a label");
      }
    }
    if (line.charAt(0) == '•') {
      report("the takeaway " + Quotes.quote(line), "a leading \"•\" reads as a bullet");
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
        report(what + Quotes.quote(line), "it repeats a heading of the table of contents");
      } else if (kind == Line.PARAGRAPH && isHeadingLike(lines, k)) {
        report(what + Quotes.quote(line), "it is shaped like a heading and would start a section");
      } else if (kind == Line.UNLISTED_HEADING && !isHeadingLike(lines, k)) {
        report(
            what + Quotes.quote(line),
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
      report(what + " " + Quotes.quote(text), "space at either end of a line is not kept");
    }
    String key = key(text);
    if (reserved.contains(key) || (checkListed && listedKeys.contains(key))) {
      report(what + " " + Quotes.quote(text), "it reads as a heading of the page");
    }
  }

  private void report(String what, String why) {
    context.warning(TextRenderCodes.NOT_READ_BACK, what + " will not read back as written: " + why);
  }

  /** The guest a title shaped "Name (Description) - Topic" names, as the parser finds it. */
  static Optional<Person> guestNamedBy(String title) {
    int open = title.indexOf('(');
    int close = open < 1 ? -1 : title.indexOf(')', open);
    if (close < 0 || title.lastIndexOf('(', close) != open) {
      return Optional.empty();
    }
    int dash = skip(title, close + 1);
    if (dash == close + 1 || dash >= title.length() || "-–—".indexOf(title.charAt(dash)) < 0) {
      return Optional.empty();
    }
    int topic = skip(title, dash + 1);
    if (topic == dash + 1 || topic >= title.length()) {
      return Optional.empty();
    }
    String name = strip(title.substring(0, open));
    String description = strip(title.substring(open + 1, close));
    if (!looksLikeName(name) || description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      return Optional.empty();
    }
    return Optional.of(Person.builder().name(name).role(Role.GUEST).description(description).build());
  }

  private static boolean looksLikeName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    String[] words = words(name);
    if (words.length > MAX_NAME_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.isEmpty() || !Character.isLetter(word.codePointAt(0))) {
        return false;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (Character.isDigit(c) || "()[]{}:;,!?&/@#".indexOf(c) >= 0) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean isPromoBanner(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("play store")
        || lower.contains("app store")
        || lower.contains("google play")
        || (lower.contains("now available") && lower.contains("app"))
        || lower.startsWith("discover more")
        || lower.startsWith("download");
  }

  /** A heading-like line: shaped like a heading and followed by a longer line that is not. */
  private static boolean isHeadingLike(List<String> lines, int k) {
    if (k + 1 >= lines.size() || !hasHeadingShape(lines.get(k))) {
      return false;
    }
    String next = lines.get(k + 1);
    return next.length() > lines.get(k).length() && !hasHeadingShape(next);
  }

  static boolean hasHeadingShape(String text) {
    if (text.length() > MAX_HEADING_LENGTH || ".,;:!…\"”".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    String[] words = words(text);
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

  /** Words split at runs of ASCII spaces; a leading space gives an empty first word, as in the parser. */
  private static String[] words(String text) {
    List<String> words = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) == ' ') {
        words.add(text.substring(start, i));
        while (i < text.length() && text.charAt(i) == ' ') {
          i++;
        }
        start = i;
      } else {
        i++;
      }
    }
    if (start < text.length()) {
      words.add(text.substring(start));
    }
    return words.toArray(new String[0]);
  }

  static boolean isSpace(char c) {
    return TakeawayLines.isSpace(c);
  }

  private static int skip(String s, int from) {
    int i = from;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static String strip(String s) {
    return TakeawayLines.strip(s);
  }

  /** How the parser compares lines: runs of space folded, lower case, a trailing colon dropped. */
  static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ':') {
      end--;
    }
    out.setLength(end);
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
