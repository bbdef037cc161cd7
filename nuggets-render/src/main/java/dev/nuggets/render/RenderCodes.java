package dev.nuggets.render;

/**
 * The diagnostic codes that every renderer can report, whatever its format; {@code docs/diagnostics.md} lists them
 * all with their meaning. Codes are stable: they are never renamed or reused.
 */
public final class RenderCodes {
  private RenderCodes() {}

  /**
   * Warning: a link (the episode's, or a URL an element renderer checked with {@code ElementContext.safeUrl}) does
   * not use an allowed scheme ({@code http}, {@code https} or {@code mailto}; {@code jsonld}'s {@code url} only
   * {@code http} and {@code https}), read as a browser reads it (character references decoded, tabs, line breaks
   * and edge controls dropped), so it was not written. This stops {@code javascript:}, {@code data:} and {@code vbscript:} links from reaching a page.
   */
  public static final String UNSAFE_LINK = "render.unsafe-link";

  /**
   * Warning: a text held a character the output format cannot hold as it is: a NUL in HTML (browsers show it as
   * U+FFFD, so it was written as U+FFFD), or a lone surrogate (no UTF-8 byte sequence stands for it; written as
   * U+FFFD). Other control characters are written as character references, keeping them.
   */
  public static final String REPLACED_CHARACTER = "render.replaced-character";
}
