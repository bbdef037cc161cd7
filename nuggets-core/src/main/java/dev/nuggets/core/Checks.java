package dev.nuggets.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Validation shared by the model's {@code @Value.Check} methods; messages name the type and attribute. */
final class Checks {
  private Checks() {}

  static void nonBlank(String value, String what) {
    if (isBlank(value)) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  /** Blank: nothing but white space, including Unicode spaces such as NBSP, as JSON Schema's {@code \s} sees it. */
  static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  static void nonBlank(Optional<String> value, String what) {
    value.ifPresent(v -> nonBlank(v, what + " (when present)"));
  }

  static void nonBlankElements(List<String> values, String what) {
    for (int i = 0; i < values.size(); i++) {
      nonBlank(values.get(i), what + "[" + i + "]");
    }
  }

  static void nonNegative(Optional<Duration> value, String what) {
    value.ifPresent(
        d -> {
          if (d.isNegative()) {
            throw new IllegalArgumentException(what + " must not be negative, was " + d);
          }
        });
  }
}
