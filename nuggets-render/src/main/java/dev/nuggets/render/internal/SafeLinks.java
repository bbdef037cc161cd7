package dev.nuggets.render.internal;

import dev.nuggets.render.RenderCodes;
import dev.nuggets.render.RenderContext;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The URL allow-list every renderer applies to the links it writes: only absolute {@code http}, {@code https} and
 * {@code mailto} URLs pass. The scheme is read the way a browser would read it from an attribute: after decoding
 * character references ({@code &#106;}, {@code &#x6A;}, {@code &colon;}), with leading control characters and
 * space dropped and tabs and line breaks removed anywhere, compared without regard to case. Anything else (other
 * schemes, relative or scheme-relative URLs, a scheme hidden by encoding) is refused, so what cannot be read safely is
 * never written.
 */
public final class SafeLinks {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto");

  private SafeLinks() {}

  /** Whether {@code url} may be written as a link. */
  public static boolean isAllowed(String url) {
    return scheme(url).map(ALLOWED::contains).orElse(false);
  }

  /**
   * {@code link} when it is allowed; otherwise empty, after reporting {@link RenderCodes#UNSAFE_LINK} to
   * {@code context}.
   */
  public static Optional<String> filter(String link, RenderContext context) {
    if (isAllowed(link)) {
      return Optional.of(link);
    }
    String shown = link.length() > 80 ? link.substring(0, 80) + "…" : link;
    context.warning(
        RenderCodes.UNSAFE_LINK,
        "the link \"" + shown + "\" was not written: only http, https and mailto links are (" + "scheme "
            + scheme(link).map(s -> "\"" + s + "\"").orElse("missing") + ")");
    return Optional.empty();
  }

  /** The scheme, lower case, as a browser would read it; empty when there is none. */
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
        return scheme.length() > 0 ? Optional.of(scheme.toString().toLowerCase(Locale.ROOT)) : Optional.empty();
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

  /** Decodes numeric character references and the named ones that can hide a scheme; others stay as they are. */
  static String decodeReferences(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      if (end < s.length() && s.charAt(end) == '#') {
        end++;
      }
      while (end < s.length() && end - i <= 12 && Character.isLetterOrDigit(s.charAt(end))) {
        end++;
      }
      String name = s.substring(i + 1, end);
      Optional<String> decoded = reference(name);
      if (decoded.isPresent()) {
        out.append(decoded.get());
        i = end < s.length() && s.charAt(end) == ';' ? end + 1 : end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Optional<String> reference(String name) {
    if (name.startsWith("#")) {
      boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
      String digits = name.substring(hex ? 2 : 1);
      if (digits.isEmpty() || digits.length() > 8) {
        return Optional.empty();
      }
      try {
        int cp = Integer.parseInt(digits, hex ? 16 : 10);
        return Character.isValidCodePoint(cp) ? Optional.of(new String(Character.toChars(cp))) : Optional.empty();
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    switch (name.toLowerCase(Locale.ROOT)) {
      case "colon":
        return Optional.of(":");
      case "tab":
        return Optional.of("\t");
      case "newline":
        return Optional.of("\n");
      case "amp":
        return Optional.of("&");
      default:
        return Optional.empty();
    }
  }
}
