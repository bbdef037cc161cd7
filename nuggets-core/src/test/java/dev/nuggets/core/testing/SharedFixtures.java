package dev.nuggets.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Third-party fixtures that sit beside a development checkout in {@code ../shared} (or where the system property
 * {@code nuggets.shared.dir} points). A user's fresh clone has none, so a test that reads them skips with a message
 * when they are absent. Tests read them; their text is never copied into the project.
 */
public final class SharedFixtures {
  private SharedFixtures() {}

  /** The fixture at {@code relative} inside the shared folder; skips the calling test when it is absent. */
  public static Path require(String relative) {
    String dir = System.getProperty("nuggets.shared.dir", "../../shared");
    Path path = Path.of(dir).resolve(relative).normalize();
    assumeTrue(
        Files.isReadable(path),
        "skipped: " + path + " is absent (third-party fixtures live beside a development checkout only)");
    return path;
  }
}
