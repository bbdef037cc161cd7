package dev.nuggets.parser.text;

/** The diagnostic codes of the {@code text} format. Stable: never renamed or reused. */
public final class TextCodes {
  private TextCodes() {}

  /**
   * Warning: the page has neither a "Key takeaways" nor a "Table of contents" heading, so it is probably not a
   * Podcast Nuggets page; headings and paragraphs were guessed from the shape of its lines.
   */
  public static final String NO_STRUCTURE = "text.no-structure";

  /** Warning: a line that fits nowhere in the page (for example a second line before the takeaways); quoted. */
  public static final String UNRECOGNISED_LINE = "text.unrecognised-line";

  /** Warning: a paragraph before the first section heading, after the table of contents; quoted. */
  public static final String PARAGRAPH_WITHOUT_SECTION = "text.paragraph-without-section";

  /** Warning: the "Table of contents" heading is not followed by a line of "•" entries. */
  public static final String TOC_EMPTY = "text.toc-empty";

  /**
   * Warning: a table-of-contents entry with no heading line in the page; an empty section was kept in its place so
   * the table of contents stays whole.
   */
  public static final String TOC_ENTRY_WITHOUT_SECTION = "text.toc-entry-without-section";

  /**
   * Warning: a line that looks like a heading (short, title case, followed by a paragraph) but is not in the table
   * of contents, or repeats a heading already used; it starts a section that is not listed in the table of
   * contents.
   */
  public static final String HEADING_NOT_IN_TOC = "text.heading-not-in-toc";

  /** Warning: the section headings appear in another order than the table of contents lists them. */
  public static final String TOC_ORDER = "text.toc-order";

  /**
   * Info: the last table-of-contents entry ran into the text after it with no separator (as scraped pages often
   * have it) and was split where a heading of the page ends.
   */
  public static final String TOC_GLUED_ENTRY = "text.toc-glued-entry";

  /**
   * Warning: a second "Table of contents" (with its "•" lines) later in the page; it was read as a table of
   * contents, not as paragraphs, and entries the first one lacks were added to it.
   */
  public static final String TOC_REPEATED = "text.toc-repeated";
}
