package dev.nuggets.render;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;

/**
 * What a renderer gets besides the episode and the output: a place to report what it could not write as asked (a
 * link with an unsafe scheme dropped, say). One context serves one render and is not shared between threads.
 */
public interface RenderContext {

  /** Reports a diagnostic. */
  void report(Diagnostic diagnostic);

  /** Reports a warning about the episode. */
  default void warning(String code, String message) {
    report(Diagnostic.of(Severity.WARNING, code, message));
  }
}
