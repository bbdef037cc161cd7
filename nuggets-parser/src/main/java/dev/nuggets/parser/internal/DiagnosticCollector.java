package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.ParseLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The {@link ParseContext} of one parse: keeps up to {@link ParseLimits#maxDiagnostics()} diagnostics and counts
 * the rest, so that hostile input cannot flood memory with reports.
 */
public final class DiagnosticCollector implements ParseContext {
  private static final Comparator<Diagnostic> BY_POSITION =
      Comparator.comparing(
          (Diagnostic d) -> d.position().orElse(SourcePosition.START));

  private final ParseLimits limits;
  private final List<Diagnostic> kept = new ArrayList<>();
  private int dropped;
  private Severity worstDropped = Severity.INFO;

  public DiagnosticCollector(ParseLimits limits) {
    this.limits = limits;
  }

  @Override
  public ParseLimits limits() {
    return limits;
  }

  @Override
  public void report(Diagnostic diagnostic) {
    if (kept.size() < limits.maxDiagnostics()) {
      kept.add(diagnostic);
    } else {
      dropped++;
      if (diagnostic.severity().compareTo(worstDropped) > 0) {
        worstDropped = diagnostic.severity();
      }
    }
  }

  /**
   * Forgets every diagnostic reported so far, kept or counted: for reports that something said later makes
   * pointless (a binary input is all invalid UTF-8; one error says it better).
   */
  public void discardAll() {
    kept.clear();
    dropped = 0;
    worstDropped = Severity.INFO;
  }

  /** Every diagnostic kept, ordered by position (stable), then a summary of those not kept, if any. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(kept);
    all.sort(BY_POSITION);
    if (dropped > 0) {
      all.add(
          Diagnostic.of(
              worstDropped,
              DiagnosticCodes.LIMIT_DIAGNOSTICS,
              dropped
                  + " more diagnostics not kept (limit maxDiagnostics = "
                  + limits.maxDiagnostics()
                  + "); the worst of them was "
                  + worstDropped.label()));
    }
    return all;
  }
}
