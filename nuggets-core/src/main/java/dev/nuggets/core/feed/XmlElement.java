package dev.nuggets.core.feed;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An element of a feed that has no typed place in the model (another namespace's, or one a reader does not type),
 * kept losslessly so that it can be written back where it was: its name with its namespace URI, the prefix it was
 * written with, its attributes, its text and its child elements, in document order.
 *
 * <p>Mixed content is simplified to the element's text (all its character data, joined) followed by its children;
 * feeds do not mix text and elements inside one extension element.
 */
@Value.Immutable
public abstract class XmlElement {
  XmlElement() {}

  /** The namespace URI; empty for an element without a namespace. Elements are matched by it, never by prefix. */
  @Value.Default
  public String namespace() {
    return "";
  }

  /** The local name. */
  public abstract String name();

  /** The prefix the source used, kept so the written feed looks like the source; not part of the name. */
  public abstract Optional<String> prefix();

  /** The attributes, in the source's order. */
  public abstract List<XmlAttribute> attributes();

  /** The character data directly inside the element (entities resolved, CDATA included); empty if none. */
  @Value.Default
  public String text() {
    return "";
  }

  /** The child elements, in the source's order. */
  public abstract List<XmlElement> children();

  /** The value of the attribute without a namespace of this name. */
  public Optional<String> attribute(String name) {
    return attributes().stream().filter(a -> a.namespace().isEmpty() && a.name().equals(name))
        .map(XmlAttribute::value).findFirst();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link XmlElement}; {@code name} is required. */
  public static final class Builder extends ImmutableXmlElement.Builder {
    Builder() {}
  }
}
