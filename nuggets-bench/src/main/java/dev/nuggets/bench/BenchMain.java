package dev.nuggets.bench;

import dev.nuggets.core.format.ContentKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every benchmark with JMH's allocation profiler, writes JMH's JSON and turns it into the tables of
 * {@code docs/performance.md}.
 *
 * <pre>
 * java -jar nuggets-bench/target/benchmarks.jar [--quick] [--out DIR] [--include REGEX]
 * </pre>
 *
 * {@code --quick} (one fork, one short warm-up, two short measurements) finishes in under three minutes on two
 * cores; the full run (two forks, three warm-ups, five measurements) gives tighter error bars. {@code --out} is the
 * folder for {@code jmh-results.json} and {@code jmh-summary.md} (the current folder unless given); {@code
 * --include} keeps the benchmarks whose name matches (JMH's regular expression, e.g. {@code 'EpisodeBench.parse'}).
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException, IOException {
    boolean quick = false;
    Path out = Path.of(".");
    List<String> includes = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--quick" -> quick = true;
        case "--out" -> out = Path.of(value(args, ++i, "--out"));
        case "--include" -> includes.add(value(args, ++i, "--include"));
        default -> {
          usage(System.err);
          System.exit(2);
        }
      }
    }
    Files.createDirectories(out);
    Path results = out.resolve("jmh-results.json");
    Path summary = out.resolve("jmh-summary.md");
    Path documents = Files.createTempDirectory(out.toAbsolutePath(), "jmh-documents-");
    // The forks share the documents the first of them writes; the summary reads them for its byte counts.
    System.setProperty(Documents.CACHE_PROPERTY, documents.toString());
    new Runner(options(quick, includes, results, documents).build()).run();
    String tables = Summary.of(results, quick).markdown();
    deleteAll(documents);
    Files.writeString(summary, tables, StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(tables);
    System.out.println("Wrote " + results + " and " + summary);
  }

  /** JMH's options: every benchmark class over the formats Nuggets has registered, or those matching includes. */
  static ChainedOptionsBuilder options(boolean quick, List<String> includes, Path results, Path documents) {
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .addProfiler(GCProfiler.class)
            .resultFormat(ResultFormatType.JSON)
            .result(results.toString())
            .timeUnit(TimeUnit.MICROSECONDS)
            .mode(org.openjdk.jmh.annotations.Mode.AverageTime)
            .jvmArgsAppend("-Xms1g", "-Xmx1g", "-D" + Documents.CACHE_PROPERTY + "=" + documents);
    if (quick) {
      options
          .forks(1)
          .warmupIterations(1)
          .warmupTime(TimeValue.milliseconds(500))
          .measurementIterations(2)
          .measurementTime(TimeValue.milliseconds(300));
    } else {
      options
          .forks(2)
          .warmupIterations(3)
          .warmupTime(TimeValue.seconds(2))
          .measurementIterations(5)
          .measurementTime(TimeValue.seconds(2));
    }
    List<String> episodeFormats = Formats.readAndWritten(ContentKind.EPISODE);
    List<String> feedFormats = Formats.readAndWritten(ContentKind.FEED);
    options.param("format", episodeFormats.toArray(new String[0]));
    options.param("feedFormat", feedFormats.toArray(new String[0]));
    if (includes.isEmpty()) {
      options.include(BaselineBench.class.getSimpleName());
      if (!episodeFormats.isEmpty()) {
        options.include(EpisodeBench.class.getSimpleName());
      }
      if (!feedFormats.isEmpty()) {
        options.include(FeedBench.class.getSimpleName());
      }
    } else {
      includes.forEach(options::include);
    }
    return options;
  }

  private static void deleteAll(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
    Files.delete(folder);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      usage(System.err);
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return args[index];
  }

  private static void usage(PrintStream out) {
    out.println("usage: java -jar benchmarks.jar [--quick] [--out DIR] [--include REGEX]...");
  }
}
