package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.HostileText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Hostile episodes adapted to what the text layout holds (see {@link TextRenderer}): the generator's episode with
 * what the layout has no place for taken out and each text changed only as much as one of the layout's rules asks,
 * so every character class of {@link HostileText} still goes through the round trip.
 */
final class HoldableEpisodes {
  private static final Set<String> RESERVED =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways", "table of contents", "table of content");
  private static final String[] NAMES = {"Maya Lindqvist", "Ada Example", "José Ñúñez", "Zoë Ørsted", "Li Wei"};

  private HoldableEpisodes() {}

  static Episode of(long seed) {
    HostileText hostile = new HostileText(seed);
    Episode source = hostile.episode();
    Random random = new Random(seed);
    Episode.Builder episode = Episode.builder();

    List<Section> listed = new ArrayList<>();
    List<Section> sections = new ArrayList<>();
    Set<String> headingKeys = new HashSet<>();
    boolean anyListed = source.sections().stream().anyMatch(Section::listedInToc);
    for (Section section : source.sections()) {
      boolean unlisted = !section.listedInToc() && anyListed;
      String heading = unlisted ? "Sponsor Break " + (sections.size() + 1) : line(section.heading().replace('•', '·'));
      while (RESERVED.contains(key(heading)) || !headingKeys.add(key(heading))) {
        heading = heading + " " + sections.size();
      }
      List<String> paragraphs = new ArrayList<>();
      if (unlisted) {
        paragraphs.add("Thanks to the listeners who support the show, as always and in every episode.");
      }
      for (String paragraph : section.paragraphs()) {
        String text = line(paragraph);
        paragraphs.add(hasHeadingShape(text) ? text + "." : text); // a full stop: no longer shaped like a heading
      }
      Section adapted = Section.builder().heading(heading).paragraphs(paragraphs).listedInToc(!unlisted).build();
      sections.add(adapted);
      if (!unlisted) {
        listed.add(adapted);
      }
    }
    Set<String> listedKeys = new HashSet<>();
    listed.forEach(s -> listedKeys.add(key(s.heading())));

    if (source.title().isPresent()) {
      String topic = distinct(line(source.title().get()).replace('(', '['), listedKeys);
      if (random.nextInt(3) == 0) {
        String name = NAMES[random.nextInt(NAMES.length)];
        String description = cut(line(hostile.text(3)).replace('(', '[').replace(')', ']'), 120);
        String head = name + " (" + description + ") - ";
        episode.title(head + cut(topic, 300 - head.length()));
        episode.addPeople(Person.builder().name(name).role(Role.GUEST).description(description).build());
      } else {
        episode.title(cut(topic, 300));
      }
    }
    for (Takeaway takeaway : source.takeaways()) {
      String text = distinct(line(takeaway.text()), listedKeys);
      if (text.startsWith("•")) {
        text = "·" + text.substring(1);
      }
      Takeaway.Builder adapted = Takeaway.builder();
      if (takeaway.label().isPresent() && isLabel(line(takeaway.label().get()))) {
        adapted.label(line(takeaway.label().get()));
      } else {
        text = text.replace(": ", ":\u00A0"); // no lead-in that reads as a label
      }
      episode.addTakeaways(adapted.text(text).build());
    }
    for (Section section : sections) {
      List<String> paragraphs = new ArrayList<>();
      section.paragraphs().forEach(p -> paragraphs.add(distinct(p, listedKeys)));
      episode.addSections(section.toBuilder().paragraphs(paragraphs).build());
    }
    return episode.build();
  }

  /** Text without the space at its ends that the page's lines lose. */
  private static String line(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? "x" : text.substring(start, end);
  }

  private static String distinct(String text, Set<String> keys) {
    return keys.contains(key(text)) || RESERVED.contains(key(text)) ? "Not a heading: " + text : text;
  }

  /** At most {@code max} characters, not ending with a full stop (which would end a title). */
  private static String cut(String text, int max) {
    String cut = text;
    if (text.length() > max) {
      int end = Character.isHighSurrogate(text.charAt(max - 2)) ? max - 2 : max - 1;
      cut = line(text.substring(0, end));
    }
    return cut.endsWith(".") ? cut.substring(0, cut.length() - 1) + "!" : cut;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || "\u200B\u200C\u200D\u2060\uFEFF\u180E".indexOf(c) >= 0;
  }

  /** Lines compare by this: runs of space folded, lower case, a trailing colon dropped. */
  static String key(String s) {
    StringBuilder out = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        out.append(pendingSpace ? " " : "").append(c);
        pendingSpace = false;
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ':') {
      end--;
    }
    return out.substring(0, end).toLowerCase(Locale.ROOT);
  }

  /** Short, no closing punctuation, starting with a capital or digit, mostly title case: read as a heading. */
  private static boolean hasHeadingShape(String text) {
    if (text.length() > 120 || ".,;:!…\"”".indexOf(text.charAt(text.length() - 1)) >= 0) {
      return false;
    }
    int first = text.codePointAt(0);
    if (!Character.isUpperCase(first) && !Character.isDigit(first)) {
      return false;
    }
    String[] words = text.split(" +");
    if (words.length > 14) {
      return false;
    }
    int longWords = 0;
    int capitalised = 0;
    for (String word : words) {
      if (word.length() > 3 && Character.isLetter(word.codePointAt(0))) {
        longWords++;
        capitalised += Character.isUpperCase(word.codePointAt(0)) ? 1 : 0;
      }
    }
    return capitalised * 2 >= longWords;
  }

  private static boolean isLabel(String label) {
    if (label.length() > 80 || label.charAt(0) == '•') {
      return false;
    }
    for (int i = 0; i < label.length(); i++) {
      char c = label.charAt(i);
      if (c != ' ' && (".!?:;\"“”".indexOf(c) >= 0 || isSpace(c))) {
        return false;
      }
    }
    String[] words = label.split(" ", -1);
    if (words.length <= 3) {
      return true;
    }
    if (words.length > 8) {
      return false;
    }
    for (String word : words) {
      if (word.length() > 3 && !Character.isUpperCase(word.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
