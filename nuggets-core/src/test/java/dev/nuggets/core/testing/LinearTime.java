package dev.nuggets.core.testing;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.IntFunction;

/**
 * Checks that work grows linearly with its input by comparing times, never by an absolute time: the best of several
 * runs on an input of size {@code n} against the best on size {@code 8n}. Linear work gives a ratio near 8, n log n
 * about 9 to 10, quadratic work 64; the check fails above {@value #MAX_RATIO}, which no quadratic algorithm meets
 * once its inputs are big enough to show it.
 *
 * <p>Built for noisy machines (shared cores, other builds running): inputs are generated before timing; every run
 * is preceded by warm-up runs so the JIT has compiled the code; the best of {@value #RUNS} runs of each size is kept,
 * since noise only ever adds time, with the runs of both sizes interleaved so that a slow spell hits both; and a
 * ratio over the limit is measured again up to {@value #ATTEMPTS} times before the check
 * fails. When the small input runs faster than {@value #MIN_MILLIS} ms, timer resolution would dominate, so the
 * sizes are doubled (up to {@value #MAX_SCALE} times) until it does not.
 */
public final class LinearTime {
  /** The largest accepted time ratio for an eight times larger input. */
  public static final double MAX_RATIO = 24;

  static final int RUNS = 4;
  static final int ATTEMPTS = 4;
  static final double MIN_MILLIS = 8;
  static final int MAX_SCALE = 16;
  private static final int GROWTH = 8;

  private LinearTime() {}

  /**
   * Fails when {@code work} on {@code input.apply(8 * n)} takes more than {@value #MAX_RATIO} times as long as on
   * {@code input.apply(n)}.
   *
   * @param family what the inputs are, for the failure message ("one multi-megabyte line")
   * @param n the size of the small input, in the family's own unit (lines, items, levels)
   * @param input makes an input of a given size; called outside the timing
   * @param work the work to time, such as a parse
   */
  public static <T> void assertLinear(String family, int n, IntFunction<T> input, Consumer<T> work) {
    assertLinear(family, n, input, work, ATTEMPTS);
  }

  static <T> void assertLinear(String family, int n, IntFunction<T> input, Consumer<T> work, int attempts) {
    int size = n;
    T small = input.apply(size);
    warmUp(small, work);
    int scale = 1;
    while (best(small, work) < MIN_MILLIS * 1e6 && scale < MAX_SCALE) {
      scale *= 2;
      size = n * scale;
      small = input.apply(size);
      warmUp(small, work);
    }
    T large = input.apply(size * GROWTH);
    work.accept(large); // compiled already; two runs page the larger input in and settle the heap
    work.accept(large);
    StringBuilder tries = new StringBuilder();
    for (int attempt = 1; attempt <= attempts; attempt++) {
      long smallNanos = Long.MAX_VALUE;
      long largeNanos = Long.MAX_VALUE;
      for (int run = 0; run < RUNS; run++) { // interleaved, so a slow spell of the machine hits both sizes
        smallNanos = Math.min(smallNanos, time(small, work));
        largeNanos = Math.min(largeNanos, time(large, work));
      }
      double ratio = (double) largeNanos / Math.max(1, smallNanos);
      String line =
          String.format(
              Locale.ROOT, "%s: n=%d %.2f ms, 8n=%d %.2f ms, ratio %.1f", family, size, smallNanos / 1e6,
              size * GROWTH, largeNanos / 1e6, ratio);
      tries.append(System.lineSeparator()).append("  attempt ").append(attempt).append(": ").append(line);
      if (ratio <= MAX_RATIO) {
        System.out.println("linear time: " + line);
        return;
      }
    }
    throw new AssertionError(
        "superlinear time for " + family + ": 8 times the input took more than " + MAX_RATIO
            + " times as long in every attempt" + tries);
  }

  private static <T> void warmUp(T input, Consumer<T> work) {
    for (int i = 0; i < 5; i++) {
      work.accept(input);
    }
  }

  private static <T> long best(T input, Consumer<T> work) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < RUNS; i++) {
      best = Math.min(best, time(input, work));
    }
    return best;
  }

  private static <T> long time(T input, Consumer<T> work) {
    long start = System.nanoTime();
    work.accept(input);
    return System.nanoTime() - start;
  }
}
