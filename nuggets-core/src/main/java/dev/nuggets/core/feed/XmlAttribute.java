package dev.nuggets.core.feed;

import org.immutables.value.Value;

/** One attribute of a kept {@link XmlElement}: its namespace URI (empty for none), local name and value. */
@Value.Immutable
public abstract class XmlAttribute {
  XmlAttribute() {}

  /** The namespace URI; empty for an attribute without a namespace, as most are. */
  @Value.Default
  public String namespace() {
    return "";
  }

  /** The local name. */
  public abstract String name();

  /** The value, entities resolved. */
  public abstract String value();

  /** An attribute without a namespace. */
  public static XmlAttribute of(String name, String value) {
    return builder().name(name).value(value).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link XmlAttribute}; {@code name} and {@code value} are required. */
  public static final class Builder extends ImmutableXmlAttribute.Builder {
    Builder() {}
  }
}
