package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.examples.ChildJvm.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The jars on the class path, as most applications use them: the example's own format is found through its
 * {@code META-INF/services} file, both beside the Nuggets jars and inside the shaded {@code nuggets.jar}.
 */
class ClassPathIT {

  @Test
  void theExampleFindsItsOwnFormatOnTheClassPath() throws Exception {
    Run run =
        ChildJvm.java(
            "-cp", ChildJvm.path(), "dev.nuggets.examples.AddYourOwnFormat", ChildJvm.sample().toString());
    assertEquals(0, run.exit(), run.describe());
    assertTrue(run.out().contains("format shownotes (text/plain; charset=utf-8) from the class path\n"), run.describe());
    assertTrue(run.out().contains("format jsonld (application/ld+json) from the class path\n"), run.describe());
    assertTrue(run.out().contains("\nKey takeaways\n- Coral bleaching"), run.describe());
  }

  @Test
  void theCliListsEveryFormatOnTheClassPath() throws Exception {
    LaunchChecks.listsEveryFormat(ChildJvm.java("-cp", ChildJvm.path(), "dev.nuggets.cli.NuggetsCli", "formats"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonld", "chapters", "shownotes"})
  void theCliConvertsToEveryFormatOnTheClassPath(String format) throws Exception {
    LaunchChecks.converts(
        format,
        ChildJvm.java(
            "-cp", ChildJvm.path(), "dev.nuggets.cli.NuggetsCli", "convert", "--to", format,
            ChildJvm.sample().toString()));
  }

  @Test
  void theShadedJarListsEveryFormat() throws Exception {
    LaunchChecks.listsEveryFormat(ChildJvm.java("-jar", ChildJvm.cliJar().toString(), "formats"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"json", "jsonld", "chapters", "shownotes"})
  void theShadedJarConvertsToEveryFormat(String format) throws Exception {
    LaunchChecks.converts(
        format,
        ChildJvm.java("-jar", ChildJvm.cliJar().toString(), "convert", "--to", format, ChildJvm.sample().toString()));
  }
}
