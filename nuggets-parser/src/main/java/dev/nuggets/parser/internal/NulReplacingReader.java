package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import java.io.IOException;
import java.io.Reader;

/**
 * Characters with every NUL replaced by U+FFFD, as HTML does: a stray NUL in an otherwise textual page (a damaged
 * export, a bad copy) is reported once per line, at its line:column, as {@code input.nul-character}, and the rest of
 * the page is read. Input that is mostly NULs and control characters is refused as binary before it gets here.
 */
public final class NulReplacingReader extends CharFilter {
  private final ParseContext context;
  private final TextPosition position = new TextPosition();
  private int pendingLine;
  private int pendingColumn;
  private int pendingCount;

  public NulReplacingReader(Reader in, ParseContext context) {
    super(in);
    this.context = context;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = in.read(buffer, offset, length);
    if (n < 0) {
      reportPending();
      return n;
    }
    for (int i = offset; i < offset + n; i++) {
      char ch = buffer[i];
      if (ch == 0) {
        buffer[i] = '\uFFFD';
        if (pendingCount > 0 && pendingLine != position.line()) {
          reportPending();
        }
        if (pendingCount++ == 0) {
          pendingLine = position.line();
          pendingColumn = position.column();
        }
      }
      position.advance(buffer[i]);
    }
    return n;
  }

  private void reportPending() {
    if (pendingCount == 0) {
      return;
    }
    context.report(
        Diagnostic.of(
            Severity.WARNING,
            DiagnosticCodes.INPUT_NUL_CHARACTER,
            (pendingCount == 1 ? "a NUL character" : pendingCount + " NUL characters") + ", replaced by U+FFFD",
            SourcePosition.of(pendingLine, pendingColumn)));
    pendingCount = 0;
  }
}
