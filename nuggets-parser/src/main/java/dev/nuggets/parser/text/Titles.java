package dev.nuggets.parser.text;

import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the guest in titles shaped "Name (Description) - Topic", as Podcast Nuggets titles interviews: "Ada
 * Example (Founder of Example Labs) - Planning and Reasoning". The name must look like a name (one to six words,
 * each starting with a letter, the first in upper case, no digits), so "Part 2 (Live) - Q&amp;A" names nobody.
 */
final class Titles {
  private static final int MAX_NAME_WORDS = 6;
  private static final int MAX_DESCRIPTION = 120;
  private static final Pattern WORDS = Pattern.compile(" +");

  private Titles() {}

  static Optional<Person> guest(String title) {
    int open = title.indexOf('(');
    if (open < 1) {
      return Optional.empty();
    }
    int close = title.indexOf(')', open);
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
    String[] words = WORDS.split(name);
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
}
