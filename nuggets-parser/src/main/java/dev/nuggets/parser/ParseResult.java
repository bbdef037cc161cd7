package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a parse gives back: the episode (as much of it as could be read) and every diagnostic in input order.
 * Immutable.
 */
public final class ParseResult {
  private final String inputName;
  private final Optional<String> format;
  private final Episode episode;
  private final List<Diagnostic> diagnostics;

  ParseResult(String inputName, Optional<String> format, Episode episode, List<Diagnostic> diagnostics) {
    this.inputName = Objects.requireNonNull(inputName, "inputName");
    this.format = Objects.requireNonNull(format, "format");
    this.episode = Objects.requireNonNull(episode, "episode");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The input's name, as diagnostics are reported against: a file name, {@code <stdin>} or {@code <string>}. */
  public String inputName() {
    return inputName;
  }

  /** The format that read the input; empty when none could ({@code input.unknown-format}). */
  public Optional<String> format() {
    return format;
  }

  /** The episode: everything that could be read, never null, possibly empty. */
  public Episode episode() {
    return episode;
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
   * The episode, or an exception that lists every diagnostic when any of them is an error.
   *
   * @throws NuggetsParseException if {@link #hasErrors()}
   */
  public Episode episodeOrThrow() {
    if (hasErrors()) {
      throw new NuggetsParseException(inputName, diagnostics);
    }
    return episode;
  }

  @Override
  public String toString() {
    return "ParseResult{input=" + inputName + ", format=" + format.orElse("?") + ", diagnostics="
        + diagnostics.size() + ", episode=" + episode + "}";
  }
}
