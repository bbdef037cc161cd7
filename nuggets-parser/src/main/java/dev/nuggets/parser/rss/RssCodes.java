package dev.nuggets.parser.rss;

/** The diagnostic codes of the {@code rss} format. Stable: never renamed or reused. */
public final class RssCodes {
  private RssCodes() {}

  /** Error: XML so damaged the reader cannot go on; the show and the episodes read before it are kept. */
  public static final String SYNTAX = "rss.syntax";

  /** Warning: an {@code &} that starts no entity or character reference; read as the character itself. */
  public static final String LONE_AMPERSAND = "rss.lone-ampersand";

  /** Warning: a {@code <} that starts no tag; read as the character itself. */
  public static final String LONE_LESS_THAN = "rss.lone-less-than";

  /** Warning: a character XML 1.0 does not allow (a control character, raw or as a reference); dropped. */
  public static final String CONTROL_CHARACTER = "rss.control-character";

  /** Warning: an HTML entity ({@code &nbsp;}) that XML does not declare; read as the HTML character. */
  public static final String HTML_ENTITY = "rss.html-entity";

  /** Warning: an entity reference that is neither XML's nor HTML's; dropped. */
  public static final String UNKNOWN_ENTITY = "rss.unknown-entity";

  /** Warning: a document type declaration; ignored (its entities are never expanded, its files never read). */
  public static final String DOCTYPE_IGNORED = "rss.doctype-ignored";

  /** Error: the document is not RSS (no {@code <rss>} or no {@code <channel>}); nothing was read. */
  public static final String NOT_RSS = "rss.not-rss";

  /** Warning: a date ({@code pubDate}) that cannot be read, or was read with a guess the message names. */
  public static final String BAD_DATE = "rss.bad-date";

  /** Warning: a duration, number or time that cannot be read; ignored. */
  public static final String BAD_VALUE = "rss.bad-value";

  /** Warning: an element without the text or attribute it needs ({@code <itunes:category text="">}); ignored. */
  public static final String EMPTY_ELEMENT = "rss.empty-element";

  /** Warning: an item without a guid; its identity is its enclosure URL, else its link and title. */
  public static final String MISSING_GUID = "rss.missing-guid";

  /** Warning: an item whose guid an earlier item already has. */
  public static final String DUPLICATE_GUID = "rss.duplicate-guid";

  /** Info: HTML in a title; read as its text. */
  public static final String HTML_IN_TITLE = "rss.html-in-title";
}
