package dev.nuggets.core.feed;

import java.time.Duration;

/** Validation shared by the feed values' checks; messages name the type and attribute. */
final class FeedChecks {
  private FeedChecks() {}

  static void nonBlank(String value, String what) {
    if (value.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF')) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
  }

  static void positive(long value, String what) {
    if (value < 1) {
      throw new IllegalArgumentException(what + " must be positive, was " + value);
    }
  }

  static void nonNegative(Duration value, String what) {
    if (value.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, was " + value);
    }
  }
}
