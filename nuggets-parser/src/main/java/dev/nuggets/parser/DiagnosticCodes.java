package dev.nuggets.parser;

/**
 * The diagnostic codes that every parser can report, whatever its format, listed with their meaning in
 * {@code docs/diagnostics.md}. Each format defines its own codes beside its parser (for example
 * {@code dev.nuggets.parser.text.TextCodes}), prefixed with its name and listed in {@code docs/formats/<format>.md}.
 * Codes are stable: they are never renamed or reused.
 */
public final class DiagnosticCodes {
  private DiagnosticCodes() {}

  /** Warning: the input is empty or holds only white space; the episode is empty. */
  public static final String INPUT_EMPTY = "input.empty";

  /** Error: the input looks like binary data (NUL bytes or many control characters); it was not parsed. */
  public static final String INPUT_BINARY = "input.binary";

  /** Warning: bytes that are not valid UTF-8, each replaced by U+FFFD; reported once per line. */
  public static final String INPUT_INVALID_UTF8 = "input.invalid-utf8";

  /**
   * Warning: bytes that are not valid in the encoding a byte order mark named (UTF-16, UTF-32), each replaced by
   * U+FFFD; reported once per line.
   */
  public static final String INPUT_INVALID_ENCODING = "input.invalid-encoding";

  /**
   * Error: the input holds another kind of content than was asked for (a feed read as an episode, say); the message
   * names the format that reads it. Nothing was read.
   */
  public static final String INPUT_OTHER_KIND = "input.other-kind";

  /**
   * Warning: a string escapes half of a surrogate pair ({@code \uD800}) without its other half, which is no
   * character; it is kept as written, so the canonical JSON writes it back as the same escape, and other formats
   * write U+FFFD in its place (with {@code render.replaced-character}).
   */
  public static final String INPUT_LONE_SURROGATE = "input.lone-surrogate";

  /**
   * Warning: a NUL character in an otherwise textual input; replaced by U+FFFD (reported once per line, at the
   * first).
   */
  public static final String INPUT_NUL_CHARACTER = "input.nul-character";

  /** Error: the input could not be read (a missing file, a failing stream). */
  public static final String INPUT_UNREADABLE = "input.unreadable";

  /**
   * Error: no registered format recognised the input, by extension or by content; the message says what the input
   * looks like (an XML root element and its namespace, the top-level JSON keys, or its first line).
   */
  public static final String INPUT_UNKNOWN_FORMAT = "input.unknown-format";

  /** Error: a format's parser failed unexpectedly; the message names the failure. This is always a bug. */
  public static final String PARSER_FAILURE = "parser.failure";

  /** Error: the input is larger than {@link ParseLimits#maxInputSize()}; it was not parsed. */
  public static final String LIMIT_INPUT_SIZE = "limit.input-size";

  /**
   * Error: the JVM ran out of heap while reading; nothing of the read was kept (a feed keeps the episodes handed out
   * before). Give the JVM more heap or lower {@code maxInputSize}.
   */
  public static final String LIMIT_MEMORY = "limit.memory";

  /** Error: a line is longer than {@link ParseLimits#maxLineLength()}; the line was skipped. */
  public static final String LIMIT_LINE_LENGTH = "limit.line-length";

  /** Error: nesting deeper than {@link ParseLimits#maxDepth()}; the deeper content was skipped. */
  public static final String LIMIT_DEPTH = "limit.depth";

  /** Error: more sections than {@link ParseLimits#maxSections()}; the rest of the input was not read. */
  public static final String LIMIT_SECTIONS = "limit.sections";

  /** Error: more takeaways than {@link ParseLimits#maxTakeaways()}; the rest of the input was not read. */
  public static final String LIMIT_TAKEAWAYS = "limit.takeaways";

  /** Error: more episodes than {@link ParseLimits#maxEpisodes()}; the rest of the input was not read. */
  public static final String LIMIT_EPISODES = "limit.episodes";

  /** Error: more cues than {@link ParseLimits#maxCues()}; the rest of the transcript was not read. */
  public static final String LIMIT_CUES = "limit.cues";

  /** Info: more diagnostics than {@link ParseLimits#maxDiagnostics()}; this one counts those not kept. */
  public static final String LIMIT_DIAGNOSTICS = "limit.diagnostics";
}
