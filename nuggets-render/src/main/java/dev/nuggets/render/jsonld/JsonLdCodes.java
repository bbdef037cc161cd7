package dev.nuggets.render.jsonld;

/** The diagnostic codes of the {@code jsonld} renderer; every one is described in {@code docs/diagnostics.md}. */
public final class JsonLdCodes {
  private JsonLdCodes() {}

  /** Warning: the episode's link is not an {@code http} or {@code https} URL, so no {@code url} was written. */
  public static final String LINK_DROPPED = "jsonld.link-dropped";
}
