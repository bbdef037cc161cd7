package dev.nuggets.parser.srt;

/** The diagnostic codes of the {@code srt} format. Stable: never renamed or reused. */
public final class SrtCodes {
  private SrtCodes() {}

  /** Error: a timing line whose times cannot be read; its cue was skipped. */
  public static final String BAD_TIMING = "srt.bad-timing";

  /**
   * Warning: timestamps that break the SubRip grammar ({@code hh:mm:ss,ttt}: no hours, a full stop before the
   * milliseconds, one-digit fields) but can be read; read anyway. Reported once, with how many.
   */
  public static final String LENIENT_TIME = "srt.lenient-time";

  /**
   * Warning: cues without a sequence number, or numbered out of sequence; read anyway, in the file's order (the
   * numbers are not kept). Reported once per kind, with how many.
   */
  public static final String SEQUENCE = "srt.sequence";

  /** Warning: cues whose end is before their start; the end was dropped. Reported once, with how many. */
  public static final String END_BEFORE_START = "srt.end-before-start";

  /** Warning: cues that start before the cue above them; the file's order was kept. Reported once. */
  public static final String OUT_OF_ORDER = "srt.out-of-order";

  /** Warning: cues without text; skipped. Reported once, with how many. */
  public static final String EMPTY_CUE = "srt.empty-cue";

  /** Warning: a cue starts right after a cue's text, with no blank line between; read as the next cue. */
  public static final String MISSING_BLANK_LINE = "srt.missing-blank-line";

  /** Warning: text after a blank line inside a cue (blank-line damage); joined to the cue above it. */
  public static final String BLANK_LINE_IN_CUE = "srt.blank-line-in-cue";

  /** Warning: text outside any cue, before the first; skipped. */
  public static final String STRAY_TEXT = "srt.stray-text";

  /**
   * Info: what SubRip files carry but the model has no place for: formatting tags ({@code <i>}, {@code <font>},
   * {@code {\an8}}) and position coordinates after the times; dropped (a tag's text is kept). Reported once per
   * kind, with how many.
   */
  public static final String NOT_IN_MODEL = "srt.not-in-model";
}
