package dev.nuggets.render.internal;

import java.util.Locale;
import java.util.Optional;
import org.jsoup.parser.Parser;

/**
 * The URL policy of the document renderers: only http, https and mailto URLs are written as links. The scheme is
 * checked as a browser would read the attribute: after decoding character references
 * (<code>&amp;#106;avascript:</code>, <code>javascript&amp;colon;</code>) and after dropping what URL parsers ignore (tabs and line breaks anywhere, controls
 * and spaces at either end).
 */
public final class SafeUrls {
  private static final String[] SCHEMES = {"http:", "https:", "mailto:"};

  private SafeUrls() {}

  /** The URL as a browser reads it, when its scheme is allowed. */
  public static Optional<String> check(String url) {
    String decoded = Parser.unescapeEntities(url, true);
    StringBuilder clean = new StringBuilder(decoded.length());
    for (int i = 0; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        clean.append(c);
      }
    }
    int start = 0;
    int end = clean.length();
    while (start < end && clean.charAt(start) <= ' ') {
      start++;
    }
    while (end > start && clean.charAt(end - 1) <= ' ') {
      end--;
    }
    String candidate = clean.substring(start, end);
    String lower = candidate.toLowerCase(Locale.ROOT);
    for (String scheme : SCHEMES) {
      if (lower.startsWith(scheme) && candidate.length() > scheme.length()) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
