package dev.nuggets.render.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one URL allow-list of every built-in renderer and of {@code ElementContext.safeUrl}: only absolute
 * {@code http}, {@code https} and {@code mailto} URLs pass. The URL is read the way a browser reads it from an
 * attribute: character references decoded ({@code &#106;}, {@code &#x6A;}, with or without the semicolon, and
 * the named ones that stand for a character a scheme or its end can hold: {@code &colon;}, {@code &Tab;},
 * {@code &NewLine;}, {@code &plus;}, {@code &period;}), tabs and line breaks removed anywhere, controls and spaces
 * removed at either end; then its scheme is compared without regard to case. Every other named reference stands
 * for a character no scheme holds (HTML5 has none for ASCII letters or digits), so it is left as it is and the
 * scheme is refused: whatever a browser decodes it to, it cannot make an allowed scheme out of a forbidden one. Anything else (other schemes,
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
    String decoded = decodeReferences(url);
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

  /** The named references that stand for a character a scheme, or the colon after it, can hold. */
  private static final Map<String, Character> NAMED =
      Map.of("Tab", '\t', "NewLine", '\n', "colon", ':', "plus", '+', "period", '.');

  /** Windows-1252 characters that HTML5 reads numeric references 0x80 to 0x9F as. */
  private static final String WINDOWS_1252 =
      "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
          + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

  /**
   * The URL with its numeric character references and the {@link #NAMED} ones decoded as HTML5 does (a numeric
   * reference without its semicolon too, out-of-range and surrogate values as U+FFFD, 0x80-0x9F as Windows-1252);
   * any other {@code &} is kept.
   */
  static String decodeReferences(String url) {
    if (url.indexOf('&') < 0) {
      return url;
    }
    StringBuilder out = new StringBuilder(url.length());
    int i = 0;
    while (i < url.length()) {
      char c = url.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int end = numericReference(url, i, out);
      if (end < 0) {
        end = namedReference(url, i, out);
      }
      if (end < 0) {
        out.append('&');
        i++;
      } else {
        i = end;
      }
    }
    return out.toString();
  }

  /** Decodes {@code &#...} at {@code at} into {@code out}; the index after it, or -1 when there is none there. */
  private static int numericReference(String s, int at, StringBuilder out) {
    int i = at + 1;
    if (i >= s.length() || s.charAt(i) != '#') {
      return -1;
    }
    i++;
    boolean hex = i < s.length() && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
    if (hex) {
      i++;
    }
    int start = i;
    long value = 0;
    while (i < s.length() && Character.digit(s.charAt(i), hex ? 16 : 10) >= 0) {
      value = Math.min(0x110000L, value * (hex ? 16 : 10) + Character.digit(s.charAt(i), hex ? 16 : 10));
      i++;
    }
    if (i == start) {
      return -1; // "&#" or "&#x" with no digits is no reference
    }
    if (i < s.length() && s.charAt(i) == ';') {
      i++;
    }
    int cp = (int) value;
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
      out.append('\uFFFD');
    } else if (cp >= 0x80 && cp <= 0x9F) {
      out.append(WINDOWS_1252.charAt(cp - 0x80));
    } else {
      out.appendCodePoint(cp);
    }
    return i;
  }

  /** Decodes one of {@link #NAMED} at {@code at} (semicolon required); -1 when there is none there. */
  private static int namedReference(String s, int at, StringBuilder out) {
    int semicolon = s.indexOf(';', at + 1);
    if (semicolon < 0 || semicolon - at > 10) {
      return -1;
    }
    Character c = NAMED.get(s.substring(at + 1, semicolon));
    if (c == null) {
      return -1;
    }
    out.append(c.charValue());
    return semicolon + 1;
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
