package dev.nuggets.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Runs one shared piece of work (a parser, a renderer) from many threads at once and checks that every result
 * equals the single-threaded one. Threads start together (a latch) and pick inputs in different orders, so the same
 * instance really serves different inputs at the same time.
 */
public final class Concurrency {
  /** How long a whole concurrent run may take before it counts as a deadlock or a hang. */
  private static final long TIMEOUT_SECONDS = 300;

  private Concurrency() {}

  /**
   * Applies {@code work} to every input once on this thread, then {@code iterations} times in total from
   * {@code threads} threads, and fails on the first result that differs (or on any exception).
   *
   * @param what names the shared instance in failure messages
   */
  public static <I, O> void assertSameAsSequential(
      String what, List<I> inputs, Function<I, O> work, int threads, int iterations) {
    List<O> expected = new ArrayList<>(inputs.size());
    for (I input : inputs) {
      expected.add(work.apply(input));
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<?>> futures = new ArrayList<>();
      int perThread = Math.max(1, iterations / threads);
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int k = 0; k < perThread; k++) {
                    // each thread walks the inputs from its own offset and stride
                    int i = Math.floorMod(thread * 7919 + k * (2 * thread + 1), inputs.size());
                    O actual = work.apply(inputs.get(i));
                    if (!expected.get(i).equals(actual)) {
                      throw new AssertionError(
                          what + " from " + threads + " threads gave another result for input #" + i
                              + " than on one thread\n  expected: " + expected.get(i) + "\n  actual:   " + actual);
                    }
                  }
                  return null;
                }));
      }
      start.countDown();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
      for (Future<?> future : futures) {
        future.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      }
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof AssertionError assertion) {
        throw assertion;
      }
      throw new AssertionError(what + " failed when shared by " + threads + " threads: " + cause, cause);
    } catch (TimeoutException e) {
      throw new AssertionError(what + " did not finish within " + TIMEOUT_SECONDS + " s on " + threads
          + " threads: a deadlock or a hang", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
