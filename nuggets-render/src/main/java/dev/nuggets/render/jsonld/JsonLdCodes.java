package dev.nuggets.render.jsonld;

/** The diagnostic codes of the {@code jsonld} renderer; every one is described in {@code docs/diagnostics.md}. */
public final class JsonLdCodes {
  private JsonLdCodes() {}

  /** Warning: the episode's link is not an {@code http} or {@code https} URL, so no {@code url} was written. */
  public static final String LINK_DROPPED = "jsonld.link-dropped";

  /**
   * Warning: a takeaway's {@code abstract} line will be read back as another takeaway (its label does not read as
   * one, its lead-in does, a leading "•", a line break, space at its ends); the message says which and why.
   */
  public static final String TAKEAWAY_NOT_READ_BACK = "jsonld.takeaway-not-read-back";
}
