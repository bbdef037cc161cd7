package dev.nuggets.parser.jsonld;

/** The diagnostic codes of the {@code jsonld} format (and of JSON-LD read by other formats). Stable. */
public final class JsonLdCodes {
  private JsonLdCodes() {}

  /** Error: the text is not valid JSON; reading stopped there and what was read before is kept. */
  public static final String SYNTAX = "jsonld.syntax";

  /** Warning: a trailing comma or a comment, which JSON does not allow; read anyway. */
  public static final String TOLERATED_SYNTAX = "jsonld.tolerated-syntax";

  /** Warning: a key repeated in one object; the last value is kept. */
  public static final String DUPLICATE_KEY = "jsonld.duplicate-key";

  /** Error: a value of the wrong JSON type (a number where a name belongs, ...); it was not read. */
  public static final String WRONG_TYPE = "jsonld.wrong-type";

  /** Warning: blank text where text belongs; ignored. */
  public static final String BLANK_TEXT = "jsonld.blank-text";

  /** Error: a person or clip without the {@code name} it cannot do without, or a clip without a start; skipped. */
  public static final String MISSING_KEY = "jsonld.missing-key";

  /** Error: a duration ({@code timeRequired}, ISO-8601) or offset (seconds) that cannot be read; ignored. */
  public static final String BAD_TIME = "jsonld.bad-time";

  /** Error: {@code datePublished} is not an ISO-8601 date or date-time (without offset: warning, date kept). */
  public static final String BAD_DATE = "jsonld.bad-date";

  /**
   * Warning: the document holds no {@code PodcastEpisode} (or {@code Episode}); only the podcast's name was read,
   * when a {@code PodcastSeries} or {@code PodcastSeason} gives one. Reported by the {@code jsonld} parser, not by
   * {@link JsonLdReader}, whose callers decide.
   */
  public static final String NO_EPISODE = "jsonld.no-episode";

  /** Warning: the document holds more than one episode; the first was read. */
  public static final String MORE_THAN_ONE_EPISODE = "jsonld.more-than-one-episode";

  /**
   * Warning: a document read as a feed has episodes but no schema.org {@code PodcastSeries} (or season): they were
   * read as the feed of a show with no name.
   */
  public static final String NO_SERIES = "jsonld.no-series";

  /** Warning: the {@code @context} is not schema.org, so the names may not mean what schema.org says. */
  public static final String NOT_SCHEMA_ORG = "jsonld.not-schema-org";

  /**
   * Info: a property of the episode that the model has no place for ({@code associatedMedia}, {@code image}, ...);
   * reported once per property.
   */
  public static final String IGNORED_PROPERTY = "jsonld.ignored-property";

  /** Error: the document is neither an object nor an array of objects; nothing was read. */
  public static final String NOT_AN_OBJECT = "jsonld.not-an-object";
}
