package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.examples.ChildJvm.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar nuggets.jar} as a shell runs it: exit statuses, standard streams, the locale, the version. */
class CliIT {
  /** A page whose diagnostic quotes non-ASCII text from the input. */
  private static final String PAGE = "Café Ünïcode\nKey takeaways\nOne.\nTable of contents\n• Ästhetik des Riffs\n";

  private static Run nuggets(Map<String, String> environment, String stdin, String... arguments) throws Exception {
    String[] command = new String[arguments.length + 2];
    command[0] = "-jar";
    command[1] = ChildJvm.cliJar().toString();
    System.arraycopy(arguments, 0, command, 2, arguments.length);
    return ChildJvm.javaIn(environment, stdin, command);
  }

  @Test
  void diagnosticsStayReadableUnderTheCLocale() throws Exception {
    Run run = nuggets(Map.of("LANG", "C", "LC_ALL", "C"), PAGE, "convert", "-t", "json");
    assertEquals(0, run.exit(), run.describe());
    assertTrue(run.err().contains("<stdin>:5:3: warning: text.toc-entry-without-section"), run.describe());
    assertTrue(run.err().contains("Ästhetik des Riffs"), run.describe());
    assertFalse(run.err().contains("?"), run.describe());
    assertTrue(run.out().contains("\"title\": \"Café Ünïcode\""), run.describe());
  }

  @Test
  void exitStatusesAreZeroOneAndTwo(@TempDir Path dir) throws Exception {
    assertEquals(0, nuggets(Map.of(), "", "convert", "-t", "json", ChildJvm.sample().toString()).exit());
    Run missing = nuggets(Map.of(), "", "convert", "-t", "json", dir.resolve("none.txt").toString());
    assertEquals(1, missing.exit(), missing.describe());
    Run usage = nuggets(Map.of(), "", "convert", "-t", "yaml", ChildJvm.sample().toString());
    assertEquals(2, usage.exit(), usage.describe());
    assertEquals(2, usage.err().lines().count(), "one line and a hint\n" + usage.describe());
  }

  @Test
  void aFolderIsConvertedWithASummaryAndTheInputIsNeverOverwritten(@TempDir Path dir) throws Exception {
    Path pages = dir.resolve("pages");
    Files.createDirectories(pages.resolve("deep"));
    Files.copy(ChildJvm.sample(), pages.resolve("a.txt"));
    Files.copy(ChildJvm.sample(), pages.resolve("deep/b.txt"));
    Run run = nuggets(Map.of(), "", "convert", "--jobs", "2", "-t", "md", "-o", dir.resolve("md").toString(),
        pages.toString());
    assertEquals(0, run.exit(), run.describe());
    assertTrue(Files.isRegularFile(dir.resolve("md/deep/b.md")), run.describe());
    assertEquals("2 files: 2 converted, 0 failed; 0 warnings, 0 errors\n", run.err(), run.describe());
    Path page = pages.resolve("a.txt");
    Run over = nuggets(Map.of(), "", "convert", "-t", "json", "-o", page.toString(), page.toString());
    assertEquals(1, over.exit(), over.describe());
    assertEquals(Files.readString(ChildJvm.sample(), StandardCharsets.UTF_8), Files.readString(page));
  }

  @Test
  void printsTheVersionFromTheManifest() throws Exception {
    Run run = nuggets(Map.of(), "", "--version");
    assertEquals(0, run.exit(), run.describe());
    assertTrue(run.out().matches("nuggets \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R"), run.describe());
  }
}
