package dev.nuggets.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints each input's lines to standard error as its conversion ends, counts files, warnings and errors, and
 * ends with one summary line. On a terminal it also keeps a progress line at the bottom, redrawn at most ten
 * times a second and erased before other lines are printed; elsewhere (a pipe, a log file, CI) it prints no
 * progress, only the summary, so that logs stay plain text.
 *
 * <p>A line of our own rather than {@code me.tongfei:progressbar}: that library brings JLine (a terminal library
 * of about 1 MB) and a thread of its own to the start of every run, where a start under half a second matters,
 * and all it would draw here is one line.
 */
final class Progress {
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final int total;
  private int done;
  private int failed;
  private int warnings;
  private int errors;
  private long lastDraw;
  private boolean drawn;

  Progress(PrintStream err, boolean terminal, int total) {
    this.err = err;
    this.terminal = terminal;
    this.total = total;
  }

  /** One input is done: print what it has to say and count it. */
  synchronized void done(FileLog log) {
    done++;
    warnings += log.warnings();
    errors += log.errors();
    if (log.failed()) {
      failed++;
    }
    if (!log.lines().isEmpty()) {
      erase();
      log.lines().forEach(err::println);
    }
    long now = System.nanoTime();
    if (terminal && (now - lastDraw > REDRAW_NANOS || done == total)) {
      lastDraw = now;
      erase();
      err.print(bar() + " " + counts());
      err.flush();
      drawn = true;
    }
  }

  /** The final line: {@code 12 files: 11 converted, 1 failed; 3 warnings, 1 error}. */
  synchronized void finish(String verb) {
    erase();
    err.println(
        plural(done, "file") + ": " + (done - failed) + " " + verb + ", " + failed + " failed; "
            + plural(warnings, "warning") + ", " + plural(errors, "error"));
    err.flush();
  }

  synchronized int failed() {
    return failed;
  }

  private void erase() {
    if (drawn) {
      err.print("\r\033[K");
      drawn = false;
    }
  }

  private String bar() {
    int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
    return "[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] "
        + String.format(Locale.ROOT, "%d/%d", done, total);
  }

  private String counts() {
    return plural(warnings, "warning") + ", " + plural(errors, "error");
  }

  /** {@code 1 warning}, {@code 3 warnings}. */
  static String plural(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
