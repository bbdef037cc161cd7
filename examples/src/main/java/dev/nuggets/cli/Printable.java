package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;

/** Text from an input made safe to print on a terminal. */
final class Printable {
  private static final String MARK = "-";
  private static final String PREFIX = Diagnostic.of(Severity.INFO, MARK, "").toString();

  private Printable() {}

  /**
   * {@code text} with its control and bidi-control characters written as {@code \}{@code uXXXX}: the rule every
   * diagnostic follows, borrowed from {@link Diagnostic#toString()} (its home, dev.nuggets.core.text, is open
   * only to the library's own modules).
   */
  static String of(String text) {
    return Diagnostic.of(Severity.INFO, MARK, text).toString().substring(PREFIX.length());
  }
}
