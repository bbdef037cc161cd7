package dev.nuggets.parser.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * In-page links: the fragment a table of contents links to, and how fragments are compared. The anchor a heading
 * gets is {@link dev.nuggets.core.text.Slugs#slug}, the rule the renderers write anchors by.
 */
public final class Anchors {
  private Anchors() {}

  /** The fragment of an in-page link ({@code #what-bleaching-is}), or empty when the link leaves the page. */
  public static java.util.Optional<String> fragment(String href) {
    String h = href.strip();
    return h.startsWith("#") && h.length() > 1 ? java.util.Optional.of(h.substring(1)) : java.util.Optional.empty();
  }

  /** An anchor as compared: percent-decoded, lower case. */
  static String normalise(String anchor) {
    String a = anchor;
    try {
      a = URLDecoder.decode(anchor.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // not percent-encoded after all: compare as written
    }
    return a.toLowerCase(Locale.ROOT);
  }
}
