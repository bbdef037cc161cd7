package dev.nuggets.render.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.parser.Parser;

/**
 * The one URL allow-list of every built-in renderer and of {@code ElementContext.safeUrl}: only absolute
 * {@code http}, {@code https} and {@code mailto} URLs pass. The URL is read the way a browser reads it from an
 * attribute: character references decoded with the full HTML5 table ({@code &#106;}, {@code &#x6A;},
 * {@code &colon;}, {@code &Tab;}, as jsoup decodes them), tabs and line breaks removed anywhere, controls and spaces
 * removed at either end; then its scheme is compared without regard to case. Anything else (other schemes,
 * relative or scheme-relative URLs, a scheme hidden by encoding) is refused, so what cannot be read safely is never
 * written. A refused link is reported as {@link RenderCodes#UNSAFE_LINK}.
 */
public final class SafeLinks {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

  private SafeLinks() {}

  /** Whether {@code url} may be written as a link. */
  public static boolean isAllowed(String url) {
    return scheme(url).map(ALLOWED::contains).orElse(false);
  }

  /**
   * {@code link}, unchanged, when it is allowed; otherwise empty, after reporting {@link RenderCodes#UNSAFE_LINK}
   * to {@code context}.
   */
  public static Optional<String> filter(String link, RenderContext context) {
    return filter(link, context, scheme -> true, "only http, https and mailto links are");
  }

  /**
   * As {@link #filter(String, RenderContext)}, for a format that allows fewer schemes: the link must also pass
   * {@code stricter} (given the lower-case scheme); {@code rule} says in the warning which links are written.
   */
  public static Optional<String> filter(
      String link, RenderContext context, Predicate<String> stricter, String rule) {
    Optional<String> scheme = scheme(link);
    if (scheme.filter(ALLOWED::contains).filter(stricter).isPresent()) {
      return Optional.of(link);
    }
    String shown = link.length() > 80 ? link.substring(0, 80) + "…" : link;
    context.warning(
        RenderCodes.UNSAFE_LINK,
        "the link " + Spaces.quote(shown) + " was not written: " + rule + " (scheme "
            + scheme.map(s -> "\"" + s + "\"").orElse("missing") + ")");
    return Optional.empty();
  }

  /** The scheme, lower case, as a browser would read it; empty when there is none or nothing follows it. */
  static Optional<String> scheme(String url) {
    String decoded = Parser.unescapeEntities(url, true);
    StringBuilder scheme = new StringBuilder();
    int i = 0;
    while (i < decoded.length() && decoded.charAt(i) <= ' ') {
      i++;
    }
    for (; i < decoded.length(); i++) {
      char c = decoded.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (c == ':') {
        return scheme.length() > 0 && hasMore(decoded, i + 1)
            ? Optional.of(scheme.toString().toLowerCase(Locale.ROOT))
            : Optional.empty();
      }
      boolean valid =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
              || (scheme.length() > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
      if (!valid) {
        return Optional.empty();
      }
      scheme.append(c);
    }
    return Optional.empty();
  }

  /** Whether anything but white space and controls follows {@code from}: {@code https:} alone is no link. */
  private static boolean hasMore(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (s.charAt(i) > ' ') {
        return true;
      }
    }
    return false;
  }
}
