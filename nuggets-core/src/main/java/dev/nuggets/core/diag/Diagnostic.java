package dev.nuggets.core.diag;

import dev.nuggets.core.text.Spaces;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something a parser or renderer reports about its input.
 *
 * <p>The {@linkplain #code() code} is stable across versions and meant for programs (filter, count, suppress); the
 * message is for people and may be reworded. Parser diagnostics always carry a {@linkplain #position() position};
 * a renderer's may not, since its input is a model rather than text.
 */
public final class Diagnostic {
  private final Severity severity;
  private final String code;
  private final String message;
  private final @Nullable SourcePosition position;

  private Diagnostic(Severity severity, String code, String message, @Nullable SourcePosition position) {
    this.severity = Objects.requireNonNull(severity, "severity");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.position = position;
    if (code.isBlank()) {
      throw new IllegalArgumentException("Diagnostic.code must not be blank");
    }
  }

  /** A diagnostic at a position in the input. */
  public static Diagnostic of(Severity severity, String code, String message, SourcePosition position) {
    return new Diagnostic(severity, code, message, Objects.requireNonNull(position, "position"));
  }

  /** A diagnostic about the input as a whole, or about a model rather than text. */
  public static Diagnostic of(Severity severity, String code, String message) {
    return new Diagnostic(severity, code, message, null);
  }

  public Severity severity() {
    return severity;
  }

  /** The stable code, such as {@code text.toc-entry-without-section}. */
  public String code() {
    return code;
  }

  /** What happened, for people. */
  public String message() {
    return message;
  }

  /** Where in the input it happened. */
  public Optional<SourcePosition> position() {
    return Optional.ofNullable(position);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The diagnostic in the form compilers use, {@code INPUT:LINE:COL: warning: CODE message}, or
   * {@code INPUT: warning: CODE message} without a position: one line, safe to print on a terminal. Control
   * characters (ESC, BEL, line breaks, ...) and bidi controls that a message quotes from the input, or that a file
   * name holds, are written as {@code \}{@code uXXXX}, so printing a diagnostic can never move the cursor, change a
   * window's title or reorder the text around it.
   */
  public String format(String inputName) {
    StringBuilder out = new StringBuilder(Spaces.printable(inputName));
    if (position != null) {
      out.append(':').append(position);
    }
    return out.append(": ").append(severity.label()).append(": ").append(Spaces.printable(code)).append(' ')
        .append(Spaces.printable(message)).toString();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof Diagnostic that)) {
      return false;
    }
    return severity == that.severity
        && code.equals(that.code)
        && message.equals(that.message)
        && Objects.equals(position, that.position);
  }

  @Override
  public int hashCode() {
    return Objects.hash(severity, code, message, position);
  }

  /** {@code LINE:COL: warning: CODE message}. */
  @Override
  public String toString() {
    String text = severity.label() + ": " + Spaces.printable(code) + " " + Spaces.printable(message);
    return position != null ? position + ": " + text : text;
  }
}
