package dev.nuggets.parser.chapters;

/** The diagnostic codes of the {@code chapters} format. Stable: never renamed or reused. */
public final class ChaptersCodes {
  private ChaptersCodes() {}

  /** Error: the text is not valid JSON; reading stopped there and the chapters read before are kept. */
  public static final String SYNTAX = "chapters.syntax";

  /** Warning: a trailing comma or a comment, which JSON does not allow; read anyway. */
  public static final String TOLERATED_SYNTAX = "chapters.tolerated-syntax";

  /** Warning: a key repeated in one object; the last value is kept. */
  public static final String DUPLICATE_KEY = "chapters.duplicate-key";

  /** Warning: a key the JSON Chapters specification does not define; ignored, reported each time. */
  public static final String UNKNOWN_KEY = "chapters.unknown-key";

  /**
   * Info: a key the specification defines but the model has no place for (a chapter's {@code img}, {@code url} or
   * {@code location}; the file's {@code description}, {@code fileName} or {@code waypoints}); reported once per key
   * with how many chapters use it.
   */
  public static final String NOT_IN_MODEL = "chapters.not-in-model";

  /** Error: a value of the wrong JSON type; it was not read. */
  public static final String WRONG_TYPE = "chapters.wrong-type";

  /** Warning: blank text where text belongs; ignored. */
  public static final String BLANK_TEXT = "chapters.blank-text";

  /**
   * Error or warning: a key the specification requires is absent. An error for a chapter's {@code startTime} (the
   * chapter is skipped) and for {@code chapters}; a warning for {@code version}.
   */
  public static final String MISSING_KEY = "chapters.missing-key";

  /** Error: a time that is neither seconds nor {@code HH:MM:SS}, is negative, or ends before its start; ignored. */
  public static final String BAD_TIME = "chapters.bad-time";

  /**
   * Warning: a chapter without a title (the specification allows them, typically to change the artwork or location
   * mid-chapter). The model needs a heading, and inventing one would show up as text in every renderer, so the
   * chapter is skipped.
   */
  public static final String UNTITLED_CHAPTER = "chapters.untitled-chapter";

  /** Warning: a chapter starts before the chapter above it; the file's order is kept. */
  public static final String OUT_OF_ORDER = "chapters.out-of-order";

  /** Warning: {@code version} has a newer major version than 1; the file was read as 1.x. */
  public static final String UNSUPPORTED_VERSION = "chapters.unsupported-version";

  /** Error: the document is not a JSON object; nothing was read. */
  public static final String NOT_AN_OBJECT = "chapters.not-an-object";
}
