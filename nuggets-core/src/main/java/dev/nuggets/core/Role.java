package dev.nuggets.core;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The part a {@link Person} plays, named as in the Podcast Taxonomy Project that Podcasting 2.0's
 * {@code podcast:person} uses ("host", "co-host", "guest", "producer", ...).
 *
 * <p>Roles compare case-insensitively, as the taxonomy asks: {@code Role.of("Co-Host")} equals
 * {@link #CO_HOST}. A role the taxonomy does not list is kept as given (lower-cased), so nothing a feed says is
 * lost; {@link #isKnown()} tells the two apart.
 */
public final class Role {
  private static final Map<String, Role> KNOWN = new LinkedHashMap<>();

  public static final Role HOST = known("Host", "Cast");
  public static final Role CO_HOST = known("Co-Host", "Cast");
  public static final Role GUEST_HOST = known("Guest Host", "Cast");
  public static final Role GUEST = known("Guest", "Cast");
  public static final Role VOICE_ACTOR = known("Voice Actor", "Cast");
  public static final Role NARRATOR = known("Narrator", "Cast");
  public static final Role ANNOUNCER = known("Announcer", "Cast");
  public static final Role REPORTER = known("Reporter", "Cast");
  public static final Role PRODUCER = known("Producer", "Creative Direction");
  public static final Role EXECUTIVE_PRODUCER = known("Executive Producer", "Creative Direction");
  public static final Role AUTHOR = known("Author", "Writing");
  public static final Role WRITER = known("Writer", "Writing");
  public static final Role EDITOR = known("Editor", "Writing");
  public static final Role AUDIO_ENGINEER = known("Audio Engineer", "Audio Production");
  public static final Role AUDIO_EDITOR = known("Audio Editor", "Audio Post-Production");
  public static final Role COMPOSER = known("Composer", "Audio Post-Production");

  static {
    for (String name :
        new String[] {
          "Director", "Assistant Director", "Senior Producer", "Associate Producer", "Development Producer",
          "Creative Director"
        }) {
      known(name, "Creative Direction");
    }
    for (String name :
        new String[] {
          "Editorial Director", "Co-Writer", "Songwriter", "Guest Writer", "Story Editor", "Managing Editor",
          "Script Editor", "Script Coordinator", "Researcher", "Fact Checker", "Translator", "Transcriber", "Logger"
        }) {
      known(name, "Writing");
    }
    for (String name :
        new String[] {
          "Studio Coordinator", "Technical Director", "Technical Manager", "Remote Recording Engineer",
          "Post Production Engineer"
        }) {
      known(name, "Audio Production");
    }
    for (String name :
        new String[] {"Sound Designer", "Foley Artist", "Theme Music", "Music Production", "Music Contributor"}) {
      known(name, "Audio Post-Production");
    }
    for (String name :
        new String[] {
          "Production Coordinator", "Booking Coordinator", "Production Assistant", "Content Manager",
          "Marketing Manager", "Sales Representative", "Sales Manager"
        }) {
      known(name, "Administration");
    }
    known("Graphic Designer", "Visuals");
    known("Cover Art Designer", "Visuals");
    known("Social Media Manager", "Community");
    known("Consultant", "Misc.");
    known("Intern", "Misc.");
    for (String name : new String[] {"Camera Operator", "Lighting Designer", "Camera Grip", "Assistant Camera"}) {
      known(name, "Video Production");
    }
    known("Assistant Editor", "Video Post-Production");
  }

  private final String name;
  private final String displayName;
  private final Optional<String> group;

  private Role(String name, String displayName, Optional<String> group) {
    this.name = name;
    this.displayName = displayName;
    this.group = group;
  }

  private static Role known(String displayName, String group) {
    Role role = new Role(key(displayName), displayName, Optional.of(group));
    KNOWN.putIfAbsent(role.name, role);
    return role;
  }

  /**
   * The role with this name, compared case-insensitively and with runs of white space folded; a name the taxonomy
   * does not list gives a role of its own.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Role of(String name) {
    String key = key(name);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("Role name must not be blank");
    }
    Role known = KNOWN.get(key);
    return known != null ? known : new Role(key, name.strip(), Optional.empty());
  }

  private static String key(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The role's canonical name: lower case, as written in {@code podcast:person role="..."}. */
  public String name() {
    return name;
  }

  /** The role's name for display, such as "Co-Host". */
  public String displayName() {
    return displayName;
  }

  /** The taxonomy group of a known role, such as "Cast" or "Writing". */
  public Optional<String> group() {
    return group;
  }

  /** Whether the Podcast Taxonomy Project lists this role. */
  public boolean isKnown() {
    return group.isPresent();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Role role && role.name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  @Override
  public String toString() {
    return name;
  }
}
