package dev.nuggets.parser.vtt;

/** The diagnostic codes of the {@code vtt} format. Stable: never renamed or reused. */
public final class VttCodes {
  private VttCodes() {}

  /** Warning: the file does not start with {@code WEBVTT}; it was read as WebVTT anyway. */
  public static final String MISSING_HEADER = "vtt.missing-header";

  /** Error: a timing line whose times cannot be read; its cue was skipped. */
  public static final String BAD_TIMING = "vtt.bad-timing";

  /**
   * Warning: timestamps that break the WebVTT grammar (a comma before the milliseconds, one-digit fields, not three
   * fraction digits) but can be read; read anyway. Reported once, with how many.
   */
  public static final String LENIENT_TIME = "vtt.lenient-time";

  /** Warning: cues whose end is before their start; the end was dropped. Reported once, with how many. */
  public static final String END_BEFORE_START = "vtt.end-before-start";

  /** Warning: cues that start before the cue above them; the file's order was kept. Reported once. */
  public static final String OUT_OF_ORDER = "vtt.out-of-order";

  /** Warning: cues without text; skipped. Reported once, with how many. */
  public static final String EMPTY_CUE = "vtt.empty-cue";

  /** Warning: a timing line right after a cue's text, with no blank line between; it starts the next cue. */
  public static final String MISSING_BLANK_LINE = "vtt.missing-blank-line";

  /** Warning: text after a blank line inside a cue (blank-line damage); joined to the cue above it. */
  public static final String BLANK_LINE_IN_CUE = "vtt.blank-line-in-cue";

  /** Warning: text outside any cue, before the first; skipped. */
  public static final String STRAY_TEXT = "vtt.stray-text";

  /**
   * Info: NOTE, STYLE and REGION blocks, which hold comments and styling, not what is said; skipped. Reported once
   * per kind of block, with how many.
   */
  public static final String SKIPPED_BLOCK = "vtt.skipped-block";

  /**
   * Info: what WebVTT carries but the model has no place for: cue identifiers, cue settings, voice classes, styling
   * tags ({@code <b>}, {@code <c.x>}, ruby, timestamps) and the header's text; dropped (a tag's text is kept).
   * Reported once per kind, with how many.
   */
  public static final String NOT_IN_MODEL = "vtt.not-in-model";
}
