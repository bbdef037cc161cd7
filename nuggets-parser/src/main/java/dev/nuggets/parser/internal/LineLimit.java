package dev.nuggets.parser.internal;

import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;

/** {@link dev.nuggets.parser.ParseLimits#maxLineLength()} for the line-oriented formats. */
public final class LineLimit {
  private LineLimit() {}

  /** Whether line {@code n} is longer than the limit; if so, {@code limit.line-length} is reported at its start. */
  public static boolean exceeded(SourceText source, int n, ParseContext context) {
    int max = context.limits().maxLineLength();
    int length = source.lineLength(n);
    if (length <= max) {
      return false;
    }
    context.error(
        DiagnosticCodes.LIMIT_LINE_LENGTH,
        "line " + n + " has " + length + " characters, more than the limit maxLineLength = " + max
            + "; the line was skipped",
        source.position(n, 0));
    return true;
  }
}
