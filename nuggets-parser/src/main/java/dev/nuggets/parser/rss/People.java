package dev.nuggets.parser.rss;

import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.parser.ParseContext;
import java.util.Optional;

/** Podcasting 2.0 {@code <podcast:person role group img href>Name</podcast:person>}, at show and item level. */
final class People {
  private People() {}

  /** The person; empty (the element is then kept as it is) without a name. */
  static Optional<Person> person(XmlNode node, ParseContext context) {
    Optional<String> name = node.value();
    if (name.isEmpty()) {
      context.warning(RssCodes.EMPTY_ELEMENT, "<podcast:person> without a name; kept as it is", node.position());
      return Optional.empty();
    }
    Person.Builder person = Person.builder().name(name.get());
    node.value("role").ifPresent(role -> person.role(Role.of(role)));
    node.value("img").ifPresent(person::imageUrl);
    node.value("href").ifPresent(person::link);
    return Optional.of(person.build());
  }
}
