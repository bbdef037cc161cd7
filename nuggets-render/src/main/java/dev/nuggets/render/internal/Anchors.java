package dev.nuggets.render.internal;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors (HTML ids) of a document's headings, in document order: the title, "Key takeaways" (when there are
 * takeaways), "Table of contents" (when it lists a section), then every section. An anchor is made as
 * commonmark-java's heading-anchor extension and GitHub make it (trimmed, lower case, spaces to hyphens, only letters,
 * digits, marks, connector punctuation and hyphens kept; {@code id} when nothing is left); a repeated one gets
 * {@code -1}, {@code -2}, ... and, unlike theirs, skips numbers already taken, so anchors are always unique.
 */
public final class Anchors {
  /** One character kept in an anchor; matched one at a time, so linear in the heading's length. */
  private static final Pattern ALLOWED = Pattern.compile("[\\w\\-_]+", Pattern.UNICODE_CHARACTER_CLASS);

  private final Set<String> taken = new HashSet<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final String title;
  private final String takeaways;
  private final String tableOfContents;
  private final IdentityHashMap<Section, String> sections = new IdentityHashMap<>();
  private final List<Map.Entry<Section, String>> ordered = new ArrayList<>();

  private Anchors(Episode episode) {
    title = episode.title().map(this::next).orElse("");
    takeaways = episode.takeaways().isEmpty() ? "" : next("Key takeaways");
    tableOfContents = episode.tableOfContents().isEmpty() ? "" : next("Table of contents");
    for (Section section : episode.sections()) {
      String anchor = next(section.heading());
      sections.put(section, anchor);
      ordered.add(Map.entry(section, anchor));
    }
  }

  /** The anchors of an episode's document. */
  public static Anchors of(Episode episode) {
    return new Anchors(episode);
  }

  /** The anchor of the title; empty when there is none. */
  public String title() {
    return title;
  }

  /** The anchor of the "Key takeaways" heading; empty when there are no takeaways. */
  public String takeaways() {
    return takeaways;
  }

  /** The anchor of the "Table of contents" heading; empty when it lists no section. */
  public String tableOfContents() {
    return tableOfContents;
  }

  /** The anchor of a section of the episode; a section that is not one of them gets an anchor of its own. */
  public String section(Section section) {
    String anchor = sections.get(section);
    if (anchor != null) {
      return anchor;
    }
    // An equal section rebuilt by an element renderer: the first equal one's anchor.
    for (Map.Entry<Section, String> entry : ordered) {
      if (entry.getKey().equals(section)) {
        return entry.getValue();
      }
    }
    return slug(section.heading());
  }

  private String next(String heading) {
    String base = slug(heading);
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

  /** A heading's anchor before it is made unique. */
  public static String slug(String heading) {
    String lower = heading.trim().toLowerCase(Locale.ROOT).replace(" ", "-");
    StringBuilder out = new StringBuilder(lower.length());
    Matcher matcher = ALLOWED.matcher(lower);
    while (matcher.find()) {
      out.append(lower, matcher.start(), matcher.end());
    }
    return out.length() == 0 ? "id" : out.toString();
  }
}
