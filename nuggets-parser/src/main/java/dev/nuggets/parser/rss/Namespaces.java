package dev.nuggets.parser.rss;

import dev.nuggets.core.text.Spaces;
import java.util.Locale;

/**
 * The namespaces a podcast feed uses, recognised by URI, never by prefix: a feed may bind {@code itunes:} to
 * anything, or Podcasting 2.0 to {@code pi:}. Both official Podcasting 2.0 URIs are accepted, and the iTunes URI in
 * any letter case (feeds write {@code http://www.itunes.com/DTDs/Podcast-1.0.dtd}).
 */
final class Namespaces {
  static final String ITUNES = "http://www.itunes.com/dtds/podcast-1.0.dtd";
  static final String PODCAST = "https://podcastindex.org/namespace/1.0";
  static final String PODCAST_GITHUB = "https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String PSC = "http://podlove.org/simple-chapters";

  /** The namespaces the reader knows. */
  enum Space { RSS, ITUNES, PODCAST, CONTENT, ATOM, PSC, OTHER }

  private Namespaces() {}

  static Space of(String uri) {
    if (uri.isEmpty()) {
      return Space.RSS;
    }
    String u = uri.strip().toLowerCase(Locale.ROOT);
    if (u.endsWith("/")) {
      u = u.substring(0, u.length() - 1);
    }
    String noScheme = u.replaceFirst("^https?://", "");
    if (noScheme.equals("www.itunes.com/dtds/podcast-1.0.dtd")) {
      return Space.ITUNES;
    }
    if (noScheme.equals("podcastindex.org/namespace/1.0")
        || noScheme.equals("github.com/podcastindex-org/podcast-namespace/blob/main/docs/1.0.md")) {
      return Space.PODCAST;
    }
    if (noScheme.equals("purl.org/rss/1.0/modules/content")) {
      return Space.CONTENT;
    }
    if (noScheme.equals("www.w3.org/2005/atom")) {
      return Space.ATOM;
    }
    if (noScheme.equals("podlove.org/simple-chapters")) {
      return Space.PSC;
    }
    return Space.OTHER;
  }

  static boolean blank(String s) {
    return Spaces.isBlank(s);
  }
}
