package dev.nuggets.render;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.List;

/**
 * A render to a string: the text, and what the renderer reports about it (a link dropped for its scheme, something
 * the format cannot carry), so that nothing is dropped without a trace.
 *
 * @param text the output
 * @param format the name of the format that wrote it
 * @param diagnostics what the renderer could not write as asked
 */
public record RenderedText(String text, String format, List<Diagnostic> diagnostics) {
  public RenderedText {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is a warning or an error. */
  public boolean hasProblems() {
    return diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO);
  }

  /** The text. */
  @Override
  public String toString() {
    return text;
  }
}
