package dev.nuggets.parser;

import dev.nuggets.core.diag.Diagnostic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Parses every {@link HostileDocuments} family of one format at one size, from files it writes first, and prints
 * one line a family: its diagnostic codes, or that it ran out of memory. Run in a JVM with a small heap by {@code
 * MemoryBudgetTest}. Exits 0 when no family ran out of memory ({@code limit.memory}), 3 otherwise; an uncaught
 * {@link OutOfMemoryError} exits 1 with its stack trace, which is the defect the test looks for most.
 *
 * <p>Arguments: the format, the size in characters.
 */
public final class MemoryBudgetMain {
  private MemoryBudgetMain() {}

  public static void main(String[] args) throws IOException {
    String format = args[0];
    long size = Long.parseLong(args[1]);
    Parsers parsers = Parsers.discover();
    boolean outOfMemory = false;
    Path dir = Files.createTempDirectory("nuggets-memory");
    try {
      for (HostileDocuments family : HostileDocuments.ALL) {
        if (!family.format().equals(format)) {
          continue;
        }
        Path file = dir.resolve("document." + family.extension());
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
          family.write(out, size);
        }
        System.gc();
        ParseResult<?> result = parsers.readEpisode(Input.of(file), format);
        List<String> codes =
            result.diagnostics().stream().map(Diagnostic::code).distinct().collect(Collectors.toList());
        outOfMemory |= codes.contains(DiagnosticCodes.LIMIT_MEMORY);
        System.out.println(family + " (" + Files.size(file) + " bytes): " + codes);
        result = null; // let the episode go before the next family
        Files.delete(file);
      }
    } finally {
      Files.deleteIfExists(dir);
    }
    System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
    System.exit(outOfMemory ? 3 : 0);
  }
}
