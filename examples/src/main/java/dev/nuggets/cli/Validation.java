package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.List;

/** When a read fails a check: any error, or with {@code --strict} any warning too. */
final class Validation {
  private Validation() {}

  static boolean fails(List<Diagnostic> diagnostics, boolean strict) {
    return diagnostics.stream()
        .anyMatch(d -> d.severity() == Severity.ERROR || (strict && d.severity() == Severity.WARNING));
  }
}
