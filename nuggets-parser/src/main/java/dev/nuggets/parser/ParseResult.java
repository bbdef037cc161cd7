package dev.nuggets.parser;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parse gives back: the value read (as much of it as could be read: an {@link dev.nuggets.core.Episode}, a
 * {@link dev.nuggets.core.Transcript}, a {@link dev.nuggets.core.Feed}), how its format was chosen, and every
 * diagnostic in input order. Immutable.
 *
 * @param <T> the kind of content read
 */
public final class ParseResult<T> {
  private final String inputName;
  private final Optional<Detection> detection;
  private final T value;
  private final List<Diagnostic> diagnostics;

  ParseResult(String inputName, Optional<Detection> detection, T value, List<Diagnostic> diagnostics) {
    this.inputName = Objects.requireNonNull(inputName, "inputName");
    this.detection = Objects.requireNonNull(detection, "detection");
    this.value = Objects.requireNonNull(value, "value");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The input's name, as diagnostics are reported against: a file name, {@code <stdin>} or {@code <string>}. */
  public String inputName() {
    return inputName;
  }

  /** The value read; never null, empty when nothing could be read. */
  public T value() {
    return value;
  }

  /** The name of the format that read the input; empty when none could ({@code input.unknown-format}). */
  public Optional<String> format() {
    return detection.map(d -> d.format().name());
  }

  /** Which format read the input and why; empty when none could. */
  public Optional<Detection> detection() {
    return detection;
  }

  /** Every diagnostic, ordered by position. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Whether any diagnostic is an error: part of the input could not be read at all. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }

  /** Whether any diagnostic is a warning or an error. */
  public boolean hasProblems() {
    return diagnostics.stream().anyMatch(d -> d.severity() != Severity.INFO);
  }

  /**
   * The value, or an exception that lists every diagnostic when any of them is an error.
   *
   * @throws NuggetsParseException if {@link #hasErrors()}
   */
  public T valueOrThrow() {
    if (hasErrors()) {
      throw new NuggetsParseException(inputName, diagnostics);
    }
    return value;
  }

  @Override
  public String toString() {
    return "ParseResult{input=" + inputName + ", format=" + format().orElse("?") + ", diagnostics="
        + diagnostics.size() + ", value=" + value + "}";
  }
}
