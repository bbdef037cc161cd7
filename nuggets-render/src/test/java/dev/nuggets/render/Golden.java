package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: a rendered sample compared byte for byte with a file reviewed by eye. On a mismatch the actual
 * output is written to {@code target/golden-actual/} for review (never over the golden file).
 */
public final class Golden {
  private Golden() {}

  public static void assertMatches(Class<?> test, String resource, String actual) throws IOException {
    Path actualFile = Path.of("target", "golden-actual", test.getPackageName().replace('.', '/'), resource);
    Files.createDirectories(actualFile.getParent());
    Files.writeString(actualFile, actual, StandardCharsets.UTF_8);
    try (InputStream in = test.getResourceAsStream(resource)) {
      assertNotNull(in, "golden file " + resource + " is missing; the output is in " + actualFile);
      String golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertEquals(golden, actual, "differs from golden file " + resource + "; the output is in " + actualFile);
    }
  }
}
