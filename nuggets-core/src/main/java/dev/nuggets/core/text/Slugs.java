package dev.nuggets.core.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a heading becomes an anchor (an HTML id): as commonmark-java's heading-anchor extension and GitHub make it.
 * The {@code markdown} and {@code html} renderers write these anchors and the parsers match a table of contents'
 * links with headings by them, so both sides use this one rule.
 */
public final class Slugs {
  /** The characters kept: Unicode word characters (letters, marks, digits, connector punctuation) and hyphens. */
  private static final Pattern ALLOWED = Pattern.compile("[\\w\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);

  private Slugs() {}

  /**
   * A heading's anchor before it is made unique: trimmed, lower case, each space a hyphen, and only letters, marks,
   * digits, connector punctuation, hyphens and underscores kept; {@code id} when nothing is left. "Café culture"
   * gives {@code café-culture} (with a precomposed or a combining accent alike: marks are kept), "a  b" gives
   * {@code a--b}, "!!!" gives {@code id}.
   */
  public static String slug(String heading) {
    String lower = heading.trim().toLowerCase(Locale.ROOT).replace(" ", "-");
    StringBuilder out = new StringBuilder(lower.length());
    Matcher matcher = ALLOWED.matcher(lower);
    while (matcher.find()) {
      out.append(lower, matcher.start(), matcher.end());
    }
    return out.length() == 0 ? "id" : out.toString();
  }

  /**
   * Anchors made unique in document order: a repeated slug gets {@code -1}, {@code -2}, ... and, unlike
   * commonmark-java's generator, skips numbers already taken, so that anchors are always unique. One per document.
   */
  public static final class Unique {
    private final Set<String> taken = new HashSet<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private final String prefix;

    /** Anchors with no prefix. */
    public Unique() {
      this("");
    }

    /** Anchors that all start with {@code prefix} (a fragment's {@code ep-}, so its ids cannot clash with a page's). */
    public Unique(String prefix) {
      this.prefix = prefix;
    }

    /** The next anchor for a heading. */
    public String next(String heading) {
      String base = prefix + slug(heading);
      if (taken.add(base)) {
        counts.put(base, 1);
        return base;
      }
      int n = counts.getOrDefault(base, 1);
      String candidate = base + "-" + n;
      while (!taken.add(candidate)) {
        n++;
        candidate = base + "-" + n;
      }
      counts.put(base, n + 1);
      return candidate;
    }
  }
}
