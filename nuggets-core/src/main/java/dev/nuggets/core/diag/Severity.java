package dev.nuggets.core.diag;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** Worth knowing; nothing was lost or guessed. */
  INFO,
  /** The input was read, but something in it was unexpected, guessed at, or could not be placed in the model. */
  WARNING,
  /** Part of the input could not be read at all, or a limit stopped the reading. */
  ERROR;

  /** The lower-case name used in messages: {@code info}, {@code warning}, {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
