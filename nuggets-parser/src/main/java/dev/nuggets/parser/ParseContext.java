package dev.nuggets.parser;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;

/**
 * What a format's parser gets besides its input: the limits to honour and a place to report diagnostics. One
 * context serves one parse and is not shared between threads.
 */
public interface ParseContext {

  /** The limits this parse must honour. */
  ParseLimits limits();

  /** Reports a diagnostic. Reporting never throws; strict parsing turns the reports into an exception at the end. */
  void report(Diagnostic diagnostic);

  /** Reports a warning at a position. */
  default void warning(String code, String message, SourcePosition position) {
    report(Diagnostic.of(Severity.WARNING, code, message, position));
  }

  /** Reports an error at a position. */
  default void error(String code, String message, SourcePosition position) {
    report(Diagnostic.of(Severity.ERROR, code, message, position));
  }

  /** Reports something worth knowing at a position. */
  default void info(String code, String message, SourcePosition position) {
    report(Diagnostic.of(Severity.INFO, code, message, position));
  }
}
