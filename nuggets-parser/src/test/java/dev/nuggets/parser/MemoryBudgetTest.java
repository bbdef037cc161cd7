package dev.nuggets.parser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Running out of memory, in a JVM of its own: every format given the hostile families of {@link HostileDocuments}
 * at 15 MiB in a 64 MiB heap either reads them or says {@code limit.memory}, never an uncaught {@code
 * OutOfMemoryError}.
 */
class MemoryBudgetTest {
  private static final long MIB = 1024 * 1024;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"text", "markdown", "html", "json", "chapters", "jsonld"})
  void runningOutOfMemoryIsADiagnosticNotACrash(String format) throws Exception {
    Run run = run(format, 15 * MIB, 64 * MIB);
    assertTrue(run.exit == 0 || run.exit == 3, () -> "the JVM crashed (exit " + run.exit + "):\n" + run.output);
    assertTrue(!run.output.contains("OutOfMemoryError"), run.output);
  }

  private record Run(int exit, String output) {}

  private static Run run(String format, long size, long heap) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
            List.of(
                java.toString(), "-Xmx" + heap / 1024 + "k", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), MemoryBudgetMain.class.getName(), format,
                Long.toString(size)));
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output;
    try (var in = process.getInputStream()) {
      output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the parsing finished");
    return new Run(process.exitValue(), output);
  }
}
