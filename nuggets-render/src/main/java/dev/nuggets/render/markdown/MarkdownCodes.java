package dev.nuggets.render.markdown;

/** The diagnostic codes of the {@code markdown} renderer. Stable: never renamed or reused. */
public final class MarkdownCodes {
  private MarkdownCodes() {}

  /**
   * Warning: the episode's link (or a URL an element renderer checked) was not written because its scheme is not
   * http, https or mailto once character references are decoded.
   */
  public static final String UNSAFE_URL = "markdown.unsafe-url";
}
