package dev.nuggets.parser;

import dev.nuggets.core.diag.Diagnostic;
import java.util.List;

/**
 * Thrown by strict parsing (and by {@link ParseResult#valueOrThrow()}) when the input has problems. It carries
 * every diagnostic of the parse, and its message lists them in the form
 * {@code INPUT:LINE:COL: warning: CODE message}.
 */
public final class NuggetsParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String inputName;
  private final transient List<Diagnostic> diagnostics;

  public NuggetsParseException(String inputName, List<Diagnostic> diagnostics) {
    super(message(inputName, diagnostics));
    this.inputName = inputName;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The input's name. */
  public String inputName() {
    return inputName;
  }

  /** Every diagnostic of the parse, in input order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String message(String inputName, List<Diagnostic> diagnostics) {
    StringBuilder out =
        new StringBuilder()
            .append(diagnostics.size())
            .append(diagnostics.size() == 1 ? " problem in " : " problems in ")
            .append(inputName)
            .append(':');
    for (Diagnostic diagnostic : diagnostics) {
      out.append('\n').append(diagnostic.format(inputName));
    }
    return out.toString();
  }
}
