package dev.nuggets.parser.rss;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.feed.XmlAttribute;
import dev.nuggets.core.feed.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * One element as read, with where it starts: what the mapping of a channel or item child looks at before it
 * becomes a typed value or a kept {@link XmlElement}.
 */
record XmlNode(
    Namespaces.Space space,
    String namespace,
    String name,
    String prefix,
    List<XmlAttribute> attributes,
    String text,
    List<XmlNode> children,
    SourcePosition position) {

  boolean is(Namespaces.Space space, String name) {
    return this.space == space && this.name.equals(name);
  }

  /** The value of an attribute without a namespace; names are compared exactly, as XML does. */
  Optional<String> attribute(String name) {
    for (XmlAttribute a : attributes) {
      if (a.namespace().isEmpty() && a.name().equals(name)) {
        return Optional.of(a.value());
      }
    }
    return Optional.empty();
  }

  /** The attribute's value stripped, empty when absent or blank. */
  Optional<String> value(String attribute) {
    return attribute(attribute).map(String::strip).filter(v -> !Namespaces.blank(v));
  }

  /** The text stripped, empty when blank. */
  Optional<String> value() {
    String s = text.strip();
    return Namespaces.blank(s) ? Optional.empty() : Optional.of(s);
  }

  /** The kept, lossless form. */
  XmlElement toElement() {
    XmlElement.Builder b = XmlElement.builder().namespace(namespace).name(name).attributes(attributes).text(text);
    if (!prefix.isEmpty()) {
      b.prefix(prefix);
    }
    for (XmlNode child : children) {
      b.addChildren(child.toElement());
    }
    return b.build();
  }
}
