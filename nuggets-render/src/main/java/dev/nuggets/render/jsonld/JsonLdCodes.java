package dev.nuggets.render.jsonld;

/** The diagnostic codes of the {@code jsonld} renderer; every one is described in {@code docs/diagnostics.md}. */
public final class JsonLdCodes {
  private JsonLdCodes() {}

  /**
   * Warning: a takeaway's {@code abstract} line will be read back as another takeaway (its label does not read as
   * one, its lead-in does, a leading "•", a line break, space at its ends); the message says which and why.
   */
  public static final String TAKEAWAY_NOT_READ_BACK = "jsonld.takeaway-not-read-back";
}
