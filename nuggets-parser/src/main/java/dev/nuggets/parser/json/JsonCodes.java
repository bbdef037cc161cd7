package dev.nuggets.parser.json;

/** The diagnostic codes of the {@code json} format. Stable: never renamed or reused. */
public final class JsonCodes {
  private JsonCodes() {}

  /** Error: the text is not valid JSON; reading stopped there and what was read before is kept. */
  public static final String SYNTAX = "json.syntax";

  /** Warning: a trailing comma or a comment, which JSON does not allow; read anyway. */
  public static final String TOLERATED_SYNTAX = "json.tolerated-syntax";

  /** Warning: a key repeated in one object; the last value is kept. */
  public static final String DUPLICATE_KEY = "json.duplicate-key";

  /** Warning: a key the canonical format does not define (a typo, or a newer minor version); ignored. */
  public static final String UNKNOWN_KEY = "json.unknown-key";

  /** Error: a value of the wrong JSON type (a number where a string belongs, ...); it was not read. */
  public static final String WRONG_TYPE = "json.wrong-type";

  /**
   * Warning or error: blank text. A warning for optional text, which is simply absent; an error for required text
   * (a name, a heading, a takeaway's text), whose item was skipped.
   */
  public static final String BLANK_TEXT = "json.blank-text";

  /** Error: an item without a key it cannot do without (a person's name, a section's heading); it was skipped. */
  public static final String MISSING_KEY = "json.missing-key";

  /** Error: a duration or time that is not ISO-8601 ({@code PT1H2M3S}), is negative, or ends before it starts. */
  public static final String BAD_DURATION = "json.bad-duration";

  /** Error: {@code publishedOn} is not an ISO-8601 date or date-time (a date-time without offset: warning, date kept). */
  public static final String BAD_DATE = "json.bad-date";

  /** Warning: {@code version} is not of the form {@code "1"} or {@code "1.minor"}; the document was read as version 1. */
  public static final String BAD_VERSION = "json.bad-version";

  /**
   * Error: the document is of a newer major version than this reader knows ({@code "version": "2.0"}); it was not
   * read, since its keys may mean something else. Upgrade Nuggets to read it.
   */
  public static final String UNSUPPORTED_VERSION = "json.unsupported-version";

  /** Error: the document is not a JSON object (an array, a string, ...); nothing was read. */
  public static final String NOT_AN_OBJECT = "json.not-an-object";
}
