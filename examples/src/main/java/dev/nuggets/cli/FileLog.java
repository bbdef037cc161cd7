package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * What one input's conversion has to say: its diagnostics and the tool's own messages, kept together so that
 * inputs converted in parallel never interleave their lines, and counted for the final summary.
 */
final class FileLog {
  private final boolean verbose;
  private final List<String> lines = new ArrayList<>();
  private int warnings;
  private int errors;
  private boolean failed;

  FileLog(boolean verbose) {
    this.verbose = verbose;
  }

  /** Diagnostics about {@code name}, as {@code NAME:LINE:COL: warning: CODE message}; info only when verbose. */
  void report(String name, List<Diagnostic> diagnostics) {
    for (Diagnostic diagnostic : diagnostics) {
      count(diagnostic.severity());
      if (verbose || diagnostic.severity() != Severity.INFO) {
        lines.add(diagnostic.format(name));
      }
    }
  }

  /**
   * The tool's own error about {@code name} (a file it cannot write, an input it will not overwrite): the input
   * failed.
   */
  void error(String name, String code, String message) {
    errors++;
    failed = true;
    lines.add(Diagnostic.of(Severity.ERROR, code, message).format(name));
  }

  /** A line said only in verbose mode, such as which format was read and why. */
  void note(String line) {
    if (verbose) {
      lines.add(line);
    }
  }

  private void count(Severity severity) {
    if (severity == Severity.ERROR) {
      errors++;
    } else if (severity == Severity.WARNING) {
      warnings++;
    }
  }

  /** Marks the input as failed: it could not be read as a whole, or what it became could not be written. */
  void fail() {
    failed = true;
  }

  /** Whether the run's exit status is 1 because of this input. */
  boolean failed() {
    return failed;
  }

  List<String> lines() {
    return lines;
  }

  int warnings() {
    return warnings;
  }

  int errors() {
    return errors;
  }
}
