package dev.nuggets.parser.text;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party pages and fixtures that sit beside a development checkout in {@code ../shared}. A user's fresh clone
 * has none, so every test that reads them skips with a message when they are absent.
 */
public final class SharedFixtures {
  private SharedFixtures() {}

  public static Path require(String relative) {
    String dir = System.getProperty("nuggets.shared.dir", "../../shared");
    Path path = Path.of(dir).resolve(relative).normalize();
    assumeTrue(
        Files.isReadable(path),
        "skipped: " + path + " is absent (third-party fixtures live beside a development checkout only)");
    return path;
  }
}
