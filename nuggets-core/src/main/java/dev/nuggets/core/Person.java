package dev.nuggets.core;

import java.util.Optional;
import org.immutables.value.Value;

/** Someone who takes part in a podcast or an episode, in a {@link Role} such as host or guest. */
@Value.Immutable
public abstract class Person {
  Person() {}

  /** The person's name as shown to listeners; never blank. */
  public abstract String name();

  /**
   * The person's role; {@link Role#HOST} when not set, the default that Podcasting 2.0's {@code podcast:person}
   * uses.
   */
  @Value.Default
  public Role role() {
    return Role.HOST;
  }

  /** A short description such as "OpenAI Cofounder". */
  public abstract Optional<String> description();

  /** The address of a picture of the person (Podcasting 2.0 {@code podcast:person img}). */
  public abstract Optional<String> imageUrl();

  /** The address of a page about the person (Podcasting 2.0 {@code podcast:person href}). */
  public abstract Optional<String> link();

  /** A person with a name and a role. */
  public static Person of(String name, Role role) {
    return builder().name(name).role(role).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this person's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(name(), "Person.name");
    Checks.nonBlank(description(), "Person.description");
    Checks.nonBlank(imageUrl(), "Person.imageUrl");
    Checks.nonBlank(link(), "Person.link");
  }

  /** Builds a {@link Person}; {@code name} is required. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
