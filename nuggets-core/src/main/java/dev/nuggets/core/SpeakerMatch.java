package dev.nuggets.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Matches a transcript's speakers with people by name. */
final class SpeakerMatch {
  private SpeakerMatch() {}

  /**
   * Each speaker with the person of the same name (ignoring case and runs of white space); failing that, a speaker
   * named by one word ("Maya") with the one person whose first or last name it is. A speaker no person fits, or a
   * one-word name that fits several people, is left out.
   */
  static Map<String, Person> match(List<String> speakers, Collection<Person> people) {
    Map<String, Person> matches = new LinkedHashMap<>();
    for (String speaker : speakers) {
      find(key(speaker), people).ifPresent(person -> matches.put(speaker, person));
    }
    return Collections.unmodifiableMap(matches);
  }

  private static Optional<Person> find(String speaker, Collection<Person> people) {
    for (Person person : people) {
      if (key(person.name()).equals(speaker)) {
        return Optional.of(person);
      }
    }
    if (speaker.isEmpty() || speaker.indexOf(' ') >= 0) {
      return Optional.empty();
    }
    List<Person> byOneName = new ArrayList<>();
    for (Person person : people) {
      String[] names = key(person.name()).split(" ");
      if (names.length > 1 && (names[0].equals(speaker) || names[names.length - 1].equals(speaker))) {
        byOneName.add(person);
      }
    }
    return byOneName.size() == 1 ? Optional.of(byOneName.get(0)) : Optional.empty();
  }

  private static String key(String name) {
    return String.join(" ", name.strip().split("\\s+")).toLowerCase(Locale.ROOT);
  }
}
