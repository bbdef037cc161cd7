package dev.nuggets.parser.html;

/** The diagnostic codes of the {@code html} format. Stable: never renamed or reused. */
public final class HtmlCodes {
  private HtmlCodes() {}

  /** Warning: text after the title that is neither a takeaway, a people line nor in a section; quoted. */
  public static final String PARAGRAPH_WITHOUT_SECTION = "html.paragraph-without-section";

  /** Warning: a table-of-contents heading with no entries under it. */
  public static final String TOC_EMPTY = "html.toc-empty";

  /** Warning: a table-of-contents entry with no heading in the page; kept as an empty section. */
  public static final String TOC_ENTRY_WITHOUT_SECTION = "html.toc-entry-without-section";

  /** Warning: the section headings stand in another order than the table of contents (reported once). */
  public static final String TOC_ORDER = "html.toc-order";

  /** Info: a table of contents but no section headings; the entries were read as sections without text. */
  public static final String TOC_AS_SECTIONS = "html.toc-as-sections";

  /** Warning: an entry of a people list ({@code class="people"}) that names no one; quoted and not kept. */
  public static final String UNRECOGNISED_PERSON = "html.unrecognised-person";

  /**
   * Warning: a {@code <time datetime>} in the metadata line ({@code class="episode-meta"}) that is neither an
   * ISO-8601 date nor a duration; quoted and not kept.
   */
  public static final String METADATA_VALUE = "html.metadata-value";

  /**
   * Info: what the JSON-LD episode says that the page does not take from it (its {@code description},
   * {@code abstract} and clips, which stand beside the page's own text), or a {@code name} that differs from the
   * page's {@code <h1>}, which was kept; quoted. The JSON-LD block itself is read by the {@code jsonld} format and
   * reports its codes ({@code jsonld.*}).
   */
  public static final String JSONLD_NOT_KEPT = "html.jsonld-not-kept";
}
