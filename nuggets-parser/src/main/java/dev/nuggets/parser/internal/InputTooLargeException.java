package dev.nuggets.parser.internal;

import java.io.IOException;

/** Thrown by a limited input when it is read past {@code maxInputSize}: the parse reports {@code limit.input-size}. */
public final class InputTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  private final long limit;
  private final String unit;

  public InputTooLargeException(long limit, String unit) {
    super("the input is larger than " + limit + " " + unit);
    this.limit = limit;
    this.unit = unit;
  }

  /** The limit that was passed. */
  public long limit() {
    return limit;
  }

  /** What the limit counts: {@code bytes} or {@code characters}. */
  public String unit() {
    return unit;
  }
}
