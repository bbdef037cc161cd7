package dev.nuggets.render;

/**
 * The diagnostic codes that every renderer can report, whatever its format; {@code docs/diagnostics.md} lists them
 * all with their meaning. Codes are stable: they are never renamed or reused.
 */
public final class RenderCodes {
  private RenderCodes() {}

  /**
   * Warning: the episode's link does not use an allowed scheme ({@code http}, {@code https} or {@code mailto},
   * checked after decoding character references and dropping the tabs and line breaks browsers ignore), so it was
   * not written. This stops {@code javascript:}, {@code data:} and {@code vbscript:} links from reaching a page.
   */
  public static final String UNSAFE_LINK = "render.unsafe-link";
}
