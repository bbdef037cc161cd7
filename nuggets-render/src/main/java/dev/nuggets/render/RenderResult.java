package dev.nuggets.render;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.List;

/**
 * What a render reports besides its output: the diagnostics, such as links dropped for an unsafe scheme.
 *
 * @param format the name of the format that wrote the output
 * @param diagnostics what the renderer could not write as asked
 */
public record RenderResult(String format, List<Diagnostic> diagnostics) {
  public RenderResult {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Whether any diagnostic is a warning or an error: the output does not carry everything as asked. */
  public boolean hasProblems() {
    return diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO);
  }
}
