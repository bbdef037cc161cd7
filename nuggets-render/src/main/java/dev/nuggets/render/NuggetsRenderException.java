package dev.nuggets.render;

import dev.nuggets.core.diag.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a format cannot represent an episode at all, such as chapters for an episode whose sections have no
 * start times. It carries the diagnostics that say why.
 */
public final class NuggetsRenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public NuggetsRenderException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public NuggetsRenderException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  /** Why the episode could not be written. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
