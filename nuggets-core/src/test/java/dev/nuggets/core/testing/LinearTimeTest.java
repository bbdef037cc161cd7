package dev.nuggets.core.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The linear-time check tells linear work from quadratic work. */
class LinearTimeTest {
  private static volatile long sink;

  /** Touches every element a fixed number of times: linear. */
  private static void linear(int[] values) {
    long sum = 0;
    for (int pass = 0; pass < 64; pass++) {
      for (int value : values) {
        sum += value ^ pass;
      }
    }
    sink = sum;
  }

  /** Compares every pair of elements: quadratic. */
  private static void quadratic(int[] values) {
    long sum = 0;
    for (int i = 0; i < values.length; i++) {
      for (int j = i; j < values.length; j++) {
        sum += values[i] ^ values[j];
      }
    }
    sink = sum;
  }

  @Test
  void passesLinearWork() {
    LinearTime.assertLinear("a sum", 1 << 16, int[]::new, LinearTimeTest::linear);
  }

  @Test
  void failsQuadraticWorkNamingTheFamily() { // two attempts, not four: every attempt of quadratic work is slow
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> LinearTime.assertLinear("all pairs", 6_000, int[]::new, LinearTimeTest::quadratic, 2));
    assertTrue(e.getMessage().startsWith("superlinear time for all pairs"), e::getMessage);
    assertTrue(e.getMessage().contains("attempt 2:"), e::getMessage);
  }
}
