package dev.nuggets.render.jsonld;

import java.util.Locale;

/** Which links a schema.org {@code url} may hold: absolute web addresses only. */
final class WebLinks {
  private WebLinks() {}

  /**
   * Whether {@code link} starts with {@code http://} or {@code https://} (the scheme in any case). Anything else,
   * such as {@code javascript:} or a relative path, is not a page address a search engine or browser should follow.
   */
  static boolean isWebAddress(String link) {
    String start = link.substring(0, Math.min(link.length(), 8)).toLowerCase(Locale.ROOT);
    return (start.startsWith("http://") && link.length() > 7) || (start.startsWith("https://") && link.length() > 8);
  }
}
