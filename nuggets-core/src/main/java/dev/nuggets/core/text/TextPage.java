package dev.nuggets.core.text;

import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Takeaway;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The layout rules of the {@code text} format, a Podcast Nuggets page as plain text: how a line is read as a
 * takeaway with a label, a title as naming a guest, a line as a heading or as the app-promo banner. The parser reads
 * pages by these rules and the renderer checks what it writes against them, so that a page it writes without a
 * warning reads back as written.
 */
public final class TextPage {
  /** The lines that introduce the takeaways, as {@linkplain Spaces#lineKey line keys}. */
  public static final Set<String> TAKEAWAY_HEADINGS =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways");

  /** The lines that introduce the table of contents, as {@linkplain Spaces#lineKey line keys}. */
  public static final Set<String> TOC_HEADINGS = Set.of("table of contents", "table of content");

  /** The longest title a page has; a longer first line is a paragraph. */
  public static final int MAX_TITLE_LENGTH = 300;

  private static final int MAX_LABEL_LENGTH = 80;
  private static final int MAX_LABEL_WORDS = 8;
  private static final int MAX_PLAIN_LABEL_WORDS = 3;
  private static final int MAX_HEADING_LENGTH = 120;
  private static final int MAX_HEADING_WORDS = 14;
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_DESCRIPTION = 120;

  private TextPage() {}

  /**
   * Reads one takeaway line: space at the ends and a leading "•" bullet are dropped, and a short lead-in followed
   * by ": " becomes the label when it {@linkplain #isLabel looks like one} rather than the start of a sentence.
   * "Planning Beats Guessing: the guest explains why" has a label; "Coral bleaching is a stress response: when..."
   * has none.
   *
   * @return the takeaway, or empty when the line is blank
   */
  public static Optional<Takeaway> takeaway(String line) {
    String text = Spaces.strip(line);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    if (text.charAt(0) == '•') {
      String rest = Spaces.strip(text.substring(1));
      if (!rest.isEmpty()) {
        text = rest;
      }
    }
    int colon = text.indexOf(": ");
    if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
      String label = Spaces.strip(text.substring(0, colon));
      String body = Spaces.strip(text.substring(colon + 1));
      if (isLabel(label) && !body.isEmpty()) {
        return Optional.of(Takeaway.builder().label(label).text(body).build());
      }
    }
    return Optional.of(Takeaway.of(text));
  }

  /**
   * Whether {@code label} reads as a takeaway label: at most 80 characters, no sentence punctuation or odd space,
   * and at most three words, or up to eight in title case.
   */
  public static boolean isLabel(String label) {
    if (label.isEmpty() || label.length() > MAX_LABEL_LENGTH || label.charAt(0) == '•') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != ' ' && (".!?:;\"“”".indexOf(c) >= 0 || Spaces.isSpace(c))) {
        return false;
      }
    }
    String[] words = label.split(" ", -1);
    if (words.length <= MAX_PLAIN_LABEL_WORDS) {
      return true;
    }
    if (words.length > MAX_LABEL_WORDS) {
      return false;
    }
    for (String word : words) {
      if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** Whether an unlabelled line starts with a lead-in and ": " that {@link #takeaway} takes for a label. */
  public static boolean hasLabelLeadIn(String line) {
    int colon = line.indexOf(": ");
    return colon > 0
        && colon <= MAX_LABEL_LENGTH
        && isLabel(Spaces.strip(line.substring(0, colon)))
        && !Spaces.strip(line.substring(colon + 1)).isEmpty();
  }

  /**
   * The guest a title shaped "Name (Description) - Topic" names, as Podcast Nuggets titles interviews: "Ada Example
   * (Founder of Example Labs) - Planning and Reasoning". The name must look like a name (one to six words, each
   * starting with a letter, the first in upper case, no digits), so "Part 2 (Live) - Q&amp;A" names nobody.
   */
  public static Optional<Person> guestNamedBy(String title) {
    int open = title.indexOf('(');
    int close = open < 1 ? -1 : title.indexOf(')', open);
    if (close < 0 || title.lastIndexOf('(', close) != open) {
      return Optional.empty();
    }
    int dash = Spaces.skip(title, close + 1);
    if (dash == close + 1 || dash >= title.length() || "-–—".indexOf(title.charAt(dash)) < 0) {
      return Optional.empty();
    }
    int topic = Spaces.skip(title, dash + 1);
    if (topic == dash + 1 || topic >= title.length()) {
      return Optional.empty();
    }
    String name = Spaces.strip(title.substring(0, open));
    String description = Spaces.strip(title.substring(open + 1, close));
    if (!looksLikeName(name) || description.isEmpty() || description.length() > MAX_DESCRIPTION) {
      return Optional.empty();
    }
    return Optional.of(Person.builder().name(name).role(Role.GUEST).description(description).build());
  }

  private static boolean looksLikeName(String name) {
    if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    List<String> words = words(name);
    if (words.size() > MAX_NAME_WORDS) {
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

  /** Whether a first line can be a title: at most {@value #MAX_TITLE_LENGTH} characters, no closing full stop. */
  public static boolean isTitleLike(String text) {
    return text.length() <= MAX_TITLE_LENGTH && !text.endsWith(".");
  }

  /**
   * Whether a line is shaped like a heading: short, no closing punctuation but a question mark, starting with an
   * upper-case letter or digit, and mostly title case. A heading-like line is one of this shape followed by a
   * longer line that is not.
   */
  public static boolean hasHeadingShape(String text) {
    if (text.isEmpty()
        || text.length() > MAX_HEADING_LENGTH
        || ".,;:!…\"”".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    List<String> words = words(text);
    if (words.size() > MAX_HEADING_WORDS) {
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

  /** Whether {@code line} followed by {@code next} reads as a heading: heading-shaped before a longer non-heading. */
  public static boolean isHeadingBefore(String line, String next) {
    return hasHeadingShape(line) && next.length() > line.length() && !hasHeadingShape(next);
  }

  /**
   * The line that anchors the app-promo block Podcast Nuggets pages carry near the top: a banner about the app in a
   * store ("... now available in the Play Store!") or a "Discover more ..." line.
   */
  public static boolean isPromoAnchor(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.contains("play store")
        || lower.contains("app store")
        || lower.contains("google play")
        || (lower.contains("now available") && lower.contains("app"))
        || lower.startsWith("discover more");
  }

  /** A line of the promo block: an {@linkplain #isPromoAnchor anchor}, an emoji bullet or a "Download ..." line. */
  public static boolean isPromoLike(String text) {
    return isPromoAnchor(text) || isEmojiBullet(text) || text.toLowerCase(Locale.ROOT).startsWith("download");
  }

  /** "- 📌 text", "• 🔔 text": a bullet whose first character after the marker is an emoji or symbol. */
  private static boolean isEmojiBullet(String text) {
    if (text.length() < 3 || "-•*–".indexOf(text.charAt(0)) < 0) {
      return false;
    }
    int i = Spaces.skip(text, 1);
    if (i == 1 || i >= text.length()) {
      return false;
    }
    int cp = text.codePointAt(i);
    return cp >= 0x1F000 || (cp >= 0x2600 && cp <= 0x27BF) || Character.getType(cp) == Character.OTHER_SYMBOL;
  }

  /** Words split at runs of ASCII spaces; a leading space gives an empty first word. */
  private static List<String> words(String text) {
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
    return words;
  }
}
