package dev.nuggets.examples;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the packaged jars in a child JVM, as a user would. The paths come from Failsafe's system properties (see
 * examples/pom.xml), so these tests run in {@code mvn verify} after the jars are built.
 */
final class ChildJvm {
  /** Generous: only there so that a hanging child fails the build instead of stalling it. */
  private static final long TIMEOUT_MINUTES = 3;

  private ChildJvm() {}

  /** What a child JVM printed and how it ended. */
  record Run(List<String> command, int exit, String out, String err) {
    /** For assertion messages: the command and everything it printed. */
    String describe() {
      return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
    }
  }

  /** This module's own jar (not shaded): the dev.nuggets.examples module with the shownotes format. */
  static Path examplesJar() {
    return existing("nuggets.examples.jar");
  }

  /** The shaded CLI, examples/target/nuggets.jar. */
  static Path cliJar() {
    return existing("nuggets.cli.jar");
  }

  /** The bundled sample page. */
  static Path sample() {
    return existing("nuggets.sample");
  }

  /** The examples jar followed by its run-time dependencies (nuggets-core, -parser, -render, Jackson, picocli). */
  static String path() throws IOException {
    String dependencies = Files.readString(existing("nuggets.runtime.classpath.file"), StandardCharsets.UTF_8).strip();
    return examplesJar() + File.pathSeparator + dependencies;
  }

  /** Runs {@code java} with these arguments and waits for it. */
  static Run java(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add("-Dstdout.encoding=UTF-8");
    command.add("-Dfile.encoding=UTF-8");
    command.addAll(List.of(arguments));
    return javaIn(java.util.Map.of(), "", command.toArray(String[]::new));
  }

  /**
   * Runs {@code java} with these arguments only (no encoding flags), {@code environment} added to this JVM's
   * and {@code stdin} as its standard input, and waits for it.
   */
  static Run javaIn(java.util.Map<String, String> environment, String stdin, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(arguments));
    Path out = Files.createTempFile("nuggets-child", ".out");
    Path err = Files.createTempFile("nuggets-child", ".err");
    Path in = Files.createTempFile("nuggets-child", ".in");
    try {
      Files.writeString(in, stdin, StandardCharsets.UTF_8);
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        fail("no exit within " + TIMEOUT_MINUTES + " minutes: " + String.join(" ", command));
      }
      return new Run(
          command,
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(in);
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    assumeTrue(value != null, "skipped: -D" + property + " is not set; run these tests with mvn verify");
    Path path = Path.of(value);
    if (!Files.isRegularFile(path)) {
      fail(property + " names " + path + ", which does not exist; the package phase should have built it");
    }
    return path;
  }
}
