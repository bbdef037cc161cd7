package dev.nuggets.parser.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines that name the people of an episode, as hand-written summaries put them under the title:
 * {@code Host: Sam Okafor}, {@code Guests: Maya Lindqvist (Marine Biologist), Ana Souza}. The lead-in must be a
 * role the Podcast Taxonomy knows (singular or plural), so "Note: ..." is never read as a person.
 */
public final class PeopleLines {
  private static final int MAX_NAME_WORDS = 6;

  private PeopleLines() {}

  /** The people a {@code Role: Name (Description), Name} line names; empty when it is not such a line. */
  public static List<Person> read(String line) {
    int colon = line.indexOf(':');
    if (colon < 1 || colon > 40) {
      return List.of();
    }
    Optional<Role> role = role(line.substring(0, colon));
    if (role.isEmpty()) {
      return List.of();
    }
    List<Person> people = new ArrayList<>();
    for (String part : splitNames(line.substring(colon + 1))) {
      Optional<Person> person = person(part, role.get());
      if (person.isEmpty()) {
        return List.of();
      }
      people.add(person.get());
    }
    return people;
  }

  /**
   * One person in an explicit list of people: {@code Name}, {@code Name (Role)}, {@code Name (Role, Description)},
   * {@code Name (Description)}, or the same after a comma or dash ({@code Name, Role}, {@code Name — Description});
   * the role is {@code fallback} unless what follows the name starts with a known role.
   */
  public static Optional<Person> person(String text, Role fallback) {
    String s = Spaces.collapse(text);
    String name = s;
    Role role = fallback;
    String description = "";
    int open = s.indexOf('(');
    int separator = separator(s);
    if ((open > 0 && s.endsWith(")")) || separator > 0) {
      boolean brackets = open > 0 && s.endsWith(")") && (separator < 0 || open < separator);
      int nameEnd = brackets ? open : separator;
      name = s.substring(0, nameEnd).strip();
      String inside =
          brackets ? s.substring(open + 1, s.length() - 1).strip() : stripSeparator(s.substring(separator));
      int comma = inside.indexOf(',');
      Optional<Role> named = role(comma < 0 ? inside : inside.substring(0, comma));
      if (named.isPresent()) {
        role = named.get();
        description = comma < 0 ? "" : inside.substring(comma + 1).strip();
      } else {
        description = inside;
      }
    }
    if (!looksLikeName(name)) {
      return Optional.empty();
    }
    Person.Builder person = Person.builder().name(name).role(role);
    if (!Spaces.isBlank(description)) {
      person.description(description);
    }
    return Optional.of(person.build());
  }

  /** Where a name ends at {@code ", "} or a spaced dash, or -1. */
  private static int separator(String s) {
    int best = -1;
    for (String mark : new String[] {", ", " — ", " – ", " - "}) {
      int at = s.indexOf(mark);
      if (at > 0 && (best < 0 || at < best)) {
        best = at;
      }
    }
    return best;
  }

  private static String stripSeparator(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || ",—–-".indexOf(s.charAt(i)) >= 0)) {
      i++;
    }
    return s.substring(i).strip();
  }

  /** The known role a label names, singular or plural ("Hosts", "Co-hosts", "Guest"). */
  public static Optional<Role> role(String label) {
    String s = Spaces.collapse(label);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    Role role = Role.of(s);
    if (!role.isKnown() && s.length() > 1 && (s.endsWith("s") || s.endsWith("S"))) {
      role = Role.of(s.substring(0, s.length() - 1));
    }
    return role.isKnown() ? Optional.of(role) : Optional.empty();
  }

  private static List<String> splitNames(String s) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == ',' || c == ';' || c == '&')) {
        parts.add(s.substring(start, i));
        start = i + 1;
      } else if (depth == 0 && s.startsWith(" and ", i)) {
        parts.add(s.substring(start, i));
        start = i + 5;
      }
    }
    parts.add(s.substring(start));
    parts.removeIf(Spaces::isBlank);
    return parts;
  }

  private static boolean looksLikeName(String name) {
    if (name.isEmpty() || name.length() > 80 || !Character.isLetter(name.codePointAt(0))) {
      return false;
    }
    int words = 1;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == ' ') {
        words++;
      } else if (".!?:;\"()[]{}".indexOf(c) >= 0 && !(c == '.' && i > 0 && name.charAt(i - 1) != ' ')) {
        return false;
      }
    }
    return words <= MAX_NAME_WORDS;
  }
}
