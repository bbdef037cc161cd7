package dev.nuggets.core.text;

import java.util.Set;

/** The headings that structure a summary rather than name a section: the takeaways and the table of contents. */
public final class Landmarks {
  private static final Set<String> TAKEAWAYS =
      Set.of(
          "key takeaways", "key takeaway", "takeaways", "main takeaways", "top takeaways", "key points",
          "key insights");
  private static final Set<String> TABLE_OF_CONTENTS =
      Set.of("table of contents", "table of content", "contents", "toc", "in this episode", "chapters");

  /** The heading the document renderers write above the takeaways. */
  public static final String TAKEAWAYS_HEADING = "Key takeaways";

  /** The heading the document renderers write above the table of contents. */
  public static final String TOC_HEADING = "Table of contents";

  private Landmarks() {}

  /** Whether a heading with this {@linkplain Spaces#landmarkKey landmark key} introduces the key takeaways. */
  public static boolean isTakeaways(String key) {
    return TAKEAWAYS.contains(key);
  }

  /** Whether a heading with this {@linkplain Spaces#landmarkKey landmark key} introduces a table of contents. */
  public static boolean isTableOfContents(String key) {
    return TABLE_OF_CONTENTS.contains(key);
  }
}
