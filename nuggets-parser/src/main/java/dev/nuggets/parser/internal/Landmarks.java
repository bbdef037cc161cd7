package dev.nuggets.parser.internal;

import java.util.Set;

/** The headings that structure a summary rather than name a section: the takeaways and the table of contents. */
public final class Landmarks {
  private static final Set<String> TAKEAWAYS =
      Set.of(
          "key takeaways", "key takeaway", "takeaways", "main takeaways", "top takeaways", "key points",
          "key insights");
  private static final Set<String> TABLE_OF_CONTENTS =
      Set.of("table of contents", "table of content", "contents", "toc", "in this episode", "chapters");

  private Landmarks() {}

  /** Whether a heading with this {@linkplain Texts#key key} introduces the key takeaways. */
  public static boolean isTakeaways(String key) {
    return TAKEAWAYS.contains(key);
  }

  /** Whether a heading with this {@linkplain Texts#key key} introduces a table of contents. */
  public static boolean isTableOfContents(String key) {
    return TABLE_OF_CONTENTS.contains(key);
  }
}
