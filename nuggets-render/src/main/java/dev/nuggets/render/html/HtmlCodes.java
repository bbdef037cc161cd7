package dev.nuggets.render.html;

/** The diagnostic codes of the {@code html} renderer. Stable: never renamed or reused. */
public final class HtmlCodes {
  private HtmlCodes() {}

  /**
   * Warning: a URL (the episode's link, or one an element renderer checked) was not written because its scheme is
   * not http, https or mailto once character references are decoded; the rest of the element is written.
   */
  public static final String UNSAFE_URL = "html.unsafe-url";
}
