package dev.nuggets.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JMH's JSON results as the Markdown tables of {@code docs/performance.md}: throughput in MB/s (10^6 bytes per
 * second of the bytes one operation reads or writes), allocation per input byte from {@code -prof gc}, each target
 * of issue 14 as a ratio to its baseline in the same run, and the per-byte cost at 1 MB against 8 KB.
 *
 * <pre>java -cp nuggets-bench/target/benchmarks.jar dev.nuggets.bench.Summary jmh-results.json</pre>
 */
public final class Summary {
  private final List<Row> rows;
  private final boolean quick;

  private Summary(List<Row> rows, boolean quick) {
    this.rows = rows;
    this.quick = quick;
  }

  /** One measured benchmark: its class and method, format (empty for a baseline), size, time, allocation. */
  record Row(
      String bench, String method, String format, Size size, double micros, double error, double allocated,
      long bytes) {
    String name() {
      return bench + "." + method;
    }

    double megabytesPerSecond() {
      return bytes / micros;
    }

    double allocatedPerByte() {
      return allocated / bytes;
    }

    double microsPerByte() {
      return micros / bytes;
    }
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: Summary jmh-results.json [--quick]");
      System.exit(2);
    }
    System.out.println(of(Path.of(args[0]), args.length > 1 && args[1].equals("--quick")).markdown());
  }

  /** Reads JMH's JSON results; rebuilds each benchmark's documents (same seed) to know its bytes. */
  public static Summary of(Path results, boolean quick) throws IOException {
    JsonNode root = JsonMapper.builder().build().readTree(Files.readString(results, StandardCharsets.UTF_8));
    Map<String, Long> bytes = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (JsonNode result : root) {
      String full = result.get("benchmark").asString();
      String method = full.substring(full.lastIndexOf('.') + 1);
      String bench = full.substring(0, full.lastIndexOf('.'));
      bench = bench.substring(bench.lastIndexOf('.') + 1);
      JsonNode params = result.path("params");
      String format = params.path("format").asString(params.path("feedFormat").asString(""));
      if (bench.equals("BaselineBench")) {
        format = "";
      }
      Size size = Size.valueOf(params.path("size").asString("PAGE"));
      JsonNode primary = result.get("primaryMetric");
      double micros = primary.get("score").asDouble();
      double error = primary.path("scoreError").asDouble(0);
      double allocated = result.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score").asDouble(-1);
      String key = bench + "/" + (bench.equals("BaselineBench") ? method : format) + "/" + size;
      String finalFormat = format;
      String finalBench = bench;
      long count = bytes.computeIfAbsent(key, k -> bytesOf(finalBench, method, finalFormat, size));
      rows.add(new Row(bench, method, format, size, micros, error, allocated, count));
    }
    return new Summary(rows, quick);
  }

  private static long bytesOf(String bench, String method, String format, Size size) {
    return switch (bench) {
      case "EpisodeBench" -> {
        EpisodeBench episodes = new EpisodeBench();
        episodes.format = format;
        episodes.size = size;
        episodes.setUp();
        yield episodes.documents().totalBytes();
      }
      case "FeedBench" -> {
        FeedBench feeds = new FeedBench();
        feeds.feedFormat = format;
        feeds.size = size;
        feeds.setUp();
        yield feeds.documents().totalBytes();
      }
      case "BaselineBench" -> BaselineBench.bytes(method, size);
      default -> throw new IllegalArgumentException("unknown benchmark class " + bench);
    };
  }

  /** The tables, with a heading that says how and where they were measured. */
  public String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("### Run\n\n");
    md.append("- mode: ").append(quick ? "quick (`--quick`: 1 fork, 1 x 0.5 s warm-up, 2 x 0.3 s)" : "full (2 forks, 3 x 2 s warm-up, 5 x 2 s)").append('\n');
    md.append("- JDK: ").append(System.getProperty("java.vm.name")).append(' ').append(System.getProperty("java.vm.version")).append('\n');
    md.append("- machine: ").append(cpu()).append(", ").append(Runtime.getRuntime().availableProcessors()).append(" cores, ")
        .append(System.getProperty("os.name")).append(' ').append(System.getProperty("os.arch")).append('\n');
    md.append("- load average when summarised: ")
        .append(String.format(Locale.ROOT, "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
        .append("\n\n");
    targets(md);
    allocation(md);
    scaling(md);
    all(md);
    return md.toString();
  }

  private void targets(StringBuilder md) {
    md.append("### Targets against the baselines of the same run\n\n");
    md.append("| target | size | Nuggets µs/op | baseline µs/op | measured | met |\n|---|---|---:|---:|---:|---|\n");
    for (Size size : Size.values()) {
      speedOf(md, "`text` parse at least 0.5x the speed of decode-and-split-lines", size,
          find("EpisodeBench", "parse", "text", size), find("BaselineBench", "limitDecodeSplitLines", "", size), 0.5);
      timeOf(md, "`markdown` parse at most 1.1x commonmark-java with source spans", size,
          find("EpisodeBench", "parse", "markdown", size), find("BaselineBench", "commonmarkParse", "", size), 1.1);
      timeOf(md, "`json` read at most 1.3x Jackson binding plain records", size,
          find("EpisodeBench", "parse", "json", size), find("BaselineBench", "jacksonBind", "", size), 1.3);
      timeOf(md, "`html` parse at most 1.5x jsoup with position tracking", size,
          find("EpisodeBench", "parse", "html", size), find("BaselineBench", "jsoupParse", "", size), 1.5);
      timeOf(md, "`rss` read at most 1.5x a bare StAX event loop", size,
          find("FeedBench", "parse", "rss", size), find("BaselineBench", "staxEvents", "", size), 1.5);
      speedOf(md, "`html` render at least 1.5x the speed of commonmark-java's HtmlRenderer", size,
          find("EpisodeBench", "render", "html", size), find("BaselineBench", "commonmarkRender", "", size), 1.5);
    }
    md.append('\n');
  }

  /** A target on time: Nuggets' time over the baseline's, at most {@code limit}. */
  private static void timeOf(StringBuilder md, String target, Size size, Optional<Row> nuggets, Optional<Row> baseline,
      double limit) {
    ratio(md, target, size, nuggets, baseline, true, limit);
  }

  /** A target on speed: the baseline's time over Nuggets', at least {@code limit}. */
  private static void speedOf(StringBuilder md, String target, Size size, Optional<Row> nuggets,
      Optional<Row> baseline, double limit) {
    ratio(md, target, size, nuggets, baseline, false, limit);
  }

  private static void ratio(StringBuilder md, String target, Size size, Optional<Row> nuggets,
      Optional<Row> baseline, boolean timeRatio, double limit) {
    md.append("| ").append(target).append(" | ").append(size).append(" | ");
    if (nuggets.isEmpty() || baseline.isEmpty()) {
      md.append(nuggets.map(r -> number(r.micros())).orElse("not run")).append(" | ")
          .append(baseline.map(r -> number(r.micros())).orElse("not run")).append(" | | |\n");
      return;
    }
    double n = nuggets.get().micros();
    double b = baseline.get().micros();
    double value = timeRatio ? n / b : b / n;
    boolean met = timeRatio ? value <= limit : value >= limit;
    md.append(number(n)).append(" | ").append(number(b)).append(" | ")
        .append(String.format(Locale.ROOT, "%.2fx", value)).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
  }

  private void allocation(StringBuilder md) {
    md.append("### Allocation per input byte (`-prof gc`, `gc.alloc.rate.norm` / bytes read)\n\n");
    md.append("| parser | size | B/op | bytes read | B per input byte | target | met |\n|---|---|---:|---:|---:|---:|---|\n");
    for (Row row : rows) {
      if (!row.method().equals("parse") || row.allocated() < 0) {
        continue;
      }
      double limit = row.format().equals("text") ? 2 : 8;
      md.append("| ").append(row.bench().replace("Bench", "").toLowerCase(Locale.ROOT)).append(' ')
          .append(row.format()).append(" | ").append(row.size()).append(" | ").append(number(row.allocated()))
          .append(" | ").append(row.bytes()).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", row.allocatedPerByte())).append(" | ")
          .append(String.format(Locale.ROOT, "%.0f", limit)).append(" | ")
          .append(row.allocatedPerByte() <= limit ? "yes" : "**no**").append(" |\n");
    }
    md.append('\n');
  }

  private void scaling(StringBuilder md) {
    md.append("### Per-byte cost at 1 MB against 8 KB (target: at most 1.2x)\n\n");
    md.append("| benchmark | format | ns/byte PAGE | ns/byte LARGE | LARGE / PAGE | met |\n|---|---|---:|---:|---:|---|\n");
    for (Row page : rows) {
      if (page.size() != Size.PAGE) {
        continue;
      }
      Optional<Row> large = find(page.bench(), page.method(), page.format(), Size.LARGE);
      if (large.isEmpty()) {
        continue;
      }
      double ratio = large.get().microsPerByte() / page.microsPerByte();
      boolean nuggets = !page.bench().equals("BaselineBench");
      md.append("| ").append(page.name()).append(" | ").append(page.format()).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", page.microsPerByte() * 1000)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2f", large.get().microsPerByte() * 1000)).append(" | ")
          .append(String.format(Locale.ROOT, "%.2fx", ratio)).append(" | ")
          .append(nuggets ? (ratio <= 1.2 ? "yes" : "**no**") : "(baseline)").append(" |\n");
    }
    md.append('\n');
  }

  private void all(StringBuilder md) {
    md.append("### Every benchmark\n\n");
    md.append("| benchmark | format | size | bytes/op | µs/op | ± | MB/s | alloc B/op |\n|---|---|---|---:|---:|---:|---:|---:|\n");
    for (Row row : rows) {
      md.append("| ").append(row.name()).append(" | ").append(row.format()).append(" | ").append(row.size())
          .append(" | ").append(row.bytes()).append(" | ").append(number(row.micros())).append(" | ")
          .append(number(row.error())).append(" | ")
          .append(String.format(Locale.ROOT, "%.1f", row.megabytesPerSecond())).append(" | ")
          .append(row.allocated() < 0 ? "" : number(row.allocated())).append(" |\n");
    }
    md.append('\n');
  }

  private Optional<Row> find(String bench, String method, String format, Size size) {
    return rows.stream()
        .filter(r -> r.bench().equals(bench) && r.method().equals(method) && r.format().equals(format)
            && r.size() == size)
        .findFirst();
  }

  private static String number(double value) {
    return value >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String cpu() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // Not Linux, or not readable: the core count and OS still say something.
    }
    return "unknown CPU";
  }
}
