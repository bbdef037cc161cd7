package dev.nuggets.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where a Markdown consumer's autolinker (GitHub's, or commonmark-java's autolink extension, which many apps enable)
 * would make a link of plain text with a scheme no page should link to: a {@code scheme://} run whose scheme is not
 * {@code http} or {@code https} ({@code javascript://%0aalert(1)} becomes a clickable script). Escaping does not
 * stop an autolinker, which reads the text after escapes are resolved; the Markdown writers break such runs up
 * instead (a code span, an escape inside YAML's quotes). Web addresses ({@code www.}) and e-mail addresses become
 * {@code http} and {@code mailto} links, which are safe, and are left alone.
 */
public final class AutolinkSchemes {
  private static final Set<String> SAFE = Set.of("http", "https");

  private AutolinkSchemes() {}

  /** A {@code scheme://} run at {@code [start, end)}: the scheme and the {@code ://} after it. */
  public record Run(int start, int end) {}

  /**
   * The runs of {@code text} an autolinker would link with an unsafe scheme, in order, neither overlapping nor
   * touching (runs that touch are one run).
   */
  public static List<Run> unsafeRuns(CharSequence text) {
    List<Run> runs = new ArrayList<>();
    int from = 0;
    for (int k = indexOf(text, from); k >= 0; k = indexOf(text, from)) {
      int start = k;
      while (start > from && isSchemeChar(text.charAt(start - 1))) {
        start--;
      }
      String scheme = text.subSequence(start, k).toString().toLowerCase(Locale.ROOT);
      if (start < k && !SAFE.contains(scheme)) {
        Run last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
        if (last != null && last.end() == start) {
          runs.set(runs.size() - 1, new Run(last.start(), k + 3)); // adjacent runs make one code span
        } else {
          runs.add(new Run(start, k + 3));
        }
      }
      from = k + 3;
    }
    return runs;
  }

  private static int indexOf(CharSequence text, int from) {
    for (int i = from; i + 2 < text.length(); i++) {
      if (text.charAt(i) == ':' && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') {
        return i;
      }
    }
    return -1;
  }

  private static boolean isSchemeChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' || c == '-'
        || c == '.';
  }
}
