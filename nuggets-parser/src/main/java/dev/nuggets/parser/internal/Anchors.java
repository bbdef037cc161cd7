package dev.nuggets.parser.internal;

import dev.nuggets.core.text.Spaces;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** In-page link targets: the ids that headings get and that a table of contents links to. */
public final class Anchors {
  private Anchors() {}

  /**
   * The id that GitHub, GitLab and commonmark-java's heading-anchor extension give a heading: lower case, letters,
   * digits, {@code -} and {@code _} kept, spaces turned into {@code -}, everything else dropped.
   */
  public static String slug(String heading) {
    StringBuilder out = new StringBuilder(heading.length());
    String s = Spaces.collapse(heading).toLowerCase(Locale.ROOT);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
        out.appendCodePoint(cp);
      } else if (cp == ' ') {
        out.append('-');
      }
    }
    return out.toString();
  }

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
