package dev.nuggets.render.internal;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.text.Slugs;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The anchors (HTML ids) of a document's headings, in document order: the title, "Key takeaways" (when there are
 * takeaways), "Table of contents" (when it lists a section), then every section, each made by the one rule the
 * parsers match them with ({@link Slugs}) and kept unique.
 */
public final class Anchors {
  private final String title;
  private final String takeaways;
  private final String tableOfContents;
  private final IdentityHashMap<Section, String> sections = new IdentityHashMap<>();
  private final List<Map.Entry<Section, String>> ordered = new ArrayList<>();
  private final String prefix;

  private Anchors(Episode episode, String prefix) {
    this.prefix = prefix;
    Slugs.Unique unique = new Slugs.Unique(prefix);
    title = episode.title().map(unique::next).orElse("");
    takeaways = episode.takeaways().isEmpty() ? "" : unique.next(Landmarks.TAKEAWAYS_HEADING);
    tableOfContents = episode.tableOfContents().isEmpty() ? "" : unique.next(Landmarks.TOC_HEADING);
    for (Section section : episode.sections()) {
      String anchor = unique.next(section.heading());
      sections.put(section, anchor);
      ordered.add(Map.entry(section, anchor));
    }
  }

  /** The anchors of an episode's document. */
  public static Anchors of(Episode episode) {
    return new Anchors(episode, "");
  }

  /** The anchors of an episode's document, each starting with {@code prefix}. */
  public static Anchors of(Episode episode, String prefix) {
    return new Anchors(episode, prefix);
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
    return prefix + Slugs.slug(section.heading());
  }
}
