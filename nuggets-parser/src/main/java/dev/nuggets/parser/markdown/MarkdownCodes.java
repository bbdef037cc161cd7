package dev.nuggets.parser.markdown;

/** The diagnostic codes of the {@code markdown} format. Stable: never renamed or reused. */
public final class MarkdownCodes {
  private MarkdownCodes() {}

  /** Warning: the YAML front matter could not be read, or is not a mapping of keys to values; at the problem. */
  public static final String FRONT_MATTER_INVALID = "markdown.front-matter-invalid";

  /**
   * Warning: the document starts with {@code ---} and a {@code key: value} line but no closing {@code ---} or
   * {@code ...} line; it was read as Markdown, not as front matter.
   */
  public static final String FRONT_MATTER_UNCLOSED = "markdown.front-matter-unclosed";

  /** Warning: a front-matter key the parser knows has a value it cannot read (a bad date, duration, person). */
  public static final String FRONT_MATTER_VALUE = "markdown.front-matter-value";

  /** Info: a front-matter key that the episode has no place for (such as {@code tags}); named and not kept. */
  public static final String FRONT_MATTER_UNKNOWN_KEY = "markdown.front-matter-unknown-key";

  /** Info: the front matter's {@code title} differs from the {@code #} title, which was kept; both are quoted. */
  public static final String TITLE_DIFFERS = "markdown.title-differs";

  /** Warning: a paragraph after the title that is neither a takeaway, a people line nor in a section; quoted. */
  public static final String PARAGRAPH_WITHOUT_SECTION = "markdown.paragraph-without-section";

  /** Warning: a table-of-contents heading with no entries under it. */
  public static final String TOC_EMPTY = "markdown.toc-empty";

  /** Warning: a table-of-contents entry with no heading in the document; kept as an empty section. */
  public static final String TOC_ENTRY_WITHOUT_SECTION = "markdown.toc-entry-without-section";

  /** Warning: the section headings stand in another order than the table of contents (reported once). */
  public static final String TOC_ORDER = "markdown.toc-order";

  /**
   * Info: the document has a table of contents but no section headings (a chapter list); the entries were read as
   * sections without text.
   */
  public static final String TOC_AS_SECTIONS = "markdown.toc-as-sections";

  /**
   * Info: text that readers of the rendered document never see and that was not kept: a link reference
   * definition, an HTML comment, raw HTML with no visible text.
   */
  public static final String INVISIBLE_TEXT = "markdown.invisible-text";
}
