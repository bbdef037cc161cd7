package dev.nuggets.parser.text;

import java.nio.file.Path;

/**
 * Third-party pages and fixtures that sit beside a development checkout in {@code ../shared}; see
 * {@link dev.nuggets.core.testing.SharedFixtures}, which skips the test when they are absent.
 */
public final class SharedFixtures {
  private SharedFixtures() {}

  public static Path require(String relative) {
    return dev.nuggets.core.testing.SharedFixtures.require(relative);
  }
}
