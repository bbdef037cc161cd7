package dev.nuggets.render.text;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.TextPage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Hostile episodes adapted to what the text layout holds (see {@link TextRenderer}): the generator's episode with
 * what the layout has no place for taken out and each text changed only as much as one of the layout's rules asks,
 * so every character class of {@link HostileText} still goes through the round trip. The rules come from
 * {@link TextPage} (shared with the parser); the parser, which the tests read the pages back with, is the judge.
 */
public final class HoldableEpisodes {
  private static final Set<String> RESERVED =
      Set.of("key takeaways", "key takeaway", "takeaways", "main takeaways", "table of contents", "table of content");
  private static final String[] NAMES = {"Maya Lindqvist", "Ada Example", "José Ñúñez", "Zoë Ørsted", "Li Wei"};

  private HoldableEpisodes() {}

  public static Episode of(long seed) {
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
      while (RESERVED.contains(Spaces.lineKey(heading)) || !headingKeys.add(Spaces.lineKey(heading))) {
        heading = heading + " " + sections.size();
      }
      List<String> paragraphs = new ArrayList<>();
      if (unlisted) {
        paragraphs.add("Thanks to the listeners who support the show, as always and in every episode.");
      }
      for (String paragraph : section.paragraphs()) {
        String text = line(paragraph);
        // A full stop: no longer shaped like a heading.
        paragraphs.add(TextPage.hasHeadingShape(text) ? text + "." : text);
      }
      Section adapted = Section.builder().heading(heading).paragraphs(paragraphs).listedInToc(!unlisted).build();
      sections.add(adapted);
      if (!unlisted) {
        listed.add(adapted);
      }
    }
    Set<String> listedKeys = new HashSet<>();
    listed.forEach(s -> listedKeys.add(Spaces.lineKey(s.heading())));

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
      if (takeaway.label().isPresent() && TextPage.isLabel(line(takeaway.label().get()))) {
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
    while (start < end && Spaces.isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && Spaces.isSpace(text.charAt(end - 1))) {
      end--;
    }
    return start == end ? "x" : text.substring(start, end);
  }

  private static String distinct(String text, Set<String> keys) {
    String key = Spaces.lineKey(text);
    return keys.contains(key) || RESERVED.contains(key) ? "Not a heading: " + text : text;
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
}
