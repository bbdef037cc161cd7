package dev.nuggets.cli;

/**
 * The codes of the diagnostics the {@code nuggets} tool reports itself, beside the parsers' and renderers': listed in
 * docs/diagnostics.md. They are printed like every other diagnostic ({@code NAME: error: CODE message}, control
 * characters escaped) and appear in {@code validate --diagnostics json}.
 */
final class CliCodes {
  /** The command line itself is wrong; printed as one line and a hint, exit status 2. */
  static final String USAGE = "cli.usage";

  /** A glob matched no file, or a folder could not be listed. */
  static final String NO_INPUT = "cli.no-input";

  /** The output would replace one of the inputs; nothing was written. */
  static final String OUTPUT_IS_INPUT = "cli.output-is-input";

  /** The output could not be written (no such folder, permission denied, disk full); the old file is unchanged. */
  static final String OUTPUT_UNWRITABLE = "cli.output-unwritable";

  /** The output format does not write what the input holds (a feed in an episode-only format without -o DIR). */
  static final String WRONG_KIND = "cli.wrong-kind";

  /** An unexpected failure while converting one input; the other inputs go on. Always a bug. */
  static final String FAILURE = "cli.failure";

  private CliCodes() {}
}
