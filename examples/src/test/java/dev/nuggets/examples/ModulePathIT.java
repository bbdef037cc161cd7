package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nuggets.examples.ChildJvm.Run;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The jars on the module path: every Nuggets jar, Jackson and picocli resolve as modules, and the example's own
 * format is found through {@code provides} in its {@code module-info.java} (on the module path a jar's
 * {@code META-INF/services} file is not read).
 */
class ModulePathIT {

  private static Run module(String mainClass, String... arguments) throws Exception {
    List<String> command = new ArrayList<>(List.of("--module-path", ChildJvm.path(), "--module", mainClass));
    command.addAll(List.of(arguments));
    return ChildJvm.java(command.toArray(String[]::new));
  }

  @Test
  void theExampleFindsItsOwnFormatInItsNamedModule() throws Exception {
    Run run = module("dev.nuggets.examples/dev.nuggets.examples.AddYourOwnFormat", ChildJvm.sample().toString());
    assertEquals(0, run.exit(), run.describe());
    assertTrue(
        run.out().contains("format shownotes (text/plain) from module dev.nuggets.examples\n"),
        run.describe());
    assertTrue(run.out().contains("format chapters (application/json+chapters) from module dev.nuggets.render\n"), run.describe());
    assertTrue(run.out().contains("format jsonld (application/ld+json) from module dev.nuggets.render\n"), run.describe());
    assertTrue(run.out().contains("\nKey takeaways\n- Coral bleaching"), run.describe());
  }

  @Test
  void everyJarResolvesAsANamedModule() throws Exception {
    Run run =
        ChildJvm.java(
            "--module-path", ChildJvm.path(), "--add-modules", "dev.nuggets.examples", "--show-module-resolution",
            "-version");
    assertEquals(0, run.exit(), run.describe());
    String resolution = run.out() + run.err();
    for (String module :
        List.of("dev.nuggets.examples", "dev.nuggets.core", "dev.nuggets.parser", "dev.nuggets.render",
            "tools.jackson.core", "info.picocli")) {
      assertTrue(resolution.contains(module + " file:"), module + "\n" + run.describe());
    }
    assertTrue(
        resolution.contains("dev.nuggets.render binds dev.nuggets.examples"),
        "the render module's 'uses' binds the example's 'provides'\n" + run.describe());
  }

  @TestFactory
  Stream<DynamicTest> theCliListsAndConvertsToEveryFormatOnTheModulePath() throws Exception {
    String cli = "dev.nuggets.examples/dev.nuggets.cli.NuggetsCli";
    List<String> formats = LaunchChecks.listsEveryFormat(module(cli, "formats"));
    return formats.stream()
        .map(
            format ->
                DynamicTest.dynamicTest(
                    "convert --to " + format,
                    () ->
                        LaunchChecks.converts(
                            format, module(cli, "convert", "--to", format, ChildJvm.sample().toString()))));
  }
}
