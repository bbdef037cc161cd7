package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.examples.ChildJvm.Run;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

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
    assertTrue(run.out().contains("format shownotes (text/plain) from the class path\n"), run.describe());
    assertTrue(run.out().contains("format jsonld (application/ld+json) from the class path\n"), run.describe());
    assertTrue(run.out().contains("\nKey takeaways\n- Coral bleaching"), run.describe());
  }

  @TestFactory
  Stream<DynamicTest> theCliListsAndConvertsToEveryFormatOnTheClassPath() throws Exception {
    String path = ChildJvm.path();
    List<String> formats =
        LaunchChecks.listsEveryFormat(ChildJvm.java("-cp", path, "dev.nuggets.cli.NuggetsCli", "formats"));
    return formats.stream()
        .map(
            format ->
                DynamicTest.dynamicTest(
                    "convert --to " + format,
                    () ->
                        LaunchChecks.converts(
                            format,
                            ChildJvm.java(
                                "-cp", path, "dev.nuggets.cli.NuggetsCli", "convert", "--to", format,
                                ChildJvm.sample().toString()))));
  }

  @TestFactory
  Stream<DynamicTest> theShadedJarListsAndConvertsToEveryFormat() throws Exception {
    String jar = ChildJvm.cliJar().toString();
    List<String> formats = LaunchChecks.listsEveryFormat(ChildJvm.java("-jar", jar, "formats"));
    return formats.stream()
        .map(
            format ->
                DynamicTest.dynamicTest(
                    "convert --to " + format,
                    () ->
                        LaunchChecks.converts(
                            format,
                            ChildJvm.java("-jar", jar, "convert", "--to", format, ChildJvm.sample().toString()))));
  }
}
