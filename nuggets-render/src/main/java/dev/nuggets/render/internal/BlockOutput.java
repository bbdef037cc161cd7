package dev.nuggets.render.internal;

import java.io.IOException;

/**
 * Output for line-based documents whose blocks each end with a blank line: line ends are held back until more text
 * comes, so no document starts with or has runs of more than one blank line, and {@link #finish()} ends it with
 * exactly one line end.
 */
public final class BlockOutput implements Appendable {
  private final Appendable out;
  private int pendingLineEnds;
  private boolean started;

  public BlockOutput(Appendable out) {
    this.out = out;
  }

  @Override
  public Appendable append(CharSequence text) throws IOException {
    return append(text, 0, text.length());
  }

  @Override
  public Appendable append(CharSequence text, int start, int end) throws IOException {
    int from = start;
    for (int i = start; i < end; i++) {
      if (text.charAt(i) == '\n') {
        flushText(text, from, i);
        pendingLineEnds++;
        from = i + 1;
      }
    }
    flushText(text, from, end);
    return this;
  }

  @Override
  public Appendable append(char c) throws IOException {
    if (c == '\n') {
      pendingLineEnds++;
    } else {
      flushPending();
      out.append(c);
    }
    return this;
  }

  private void flushText(CharSequence text, int start, int end) throws IOException {
    if (start == end) {
      return;
    }
    flushPending();
    out.append(text, start, end);
  }

  private void flushPending() throws IOException {
    if (started && pendingLineEnds > 0) {
      out.append(pendingLineEnds >= 2 ? "\n\n" : "\n");
    }
    pendingLineEnds = 0;
    started = true;
  }

  /** Ends the document with one line end, when anything was written. */
  public void finish() throws IOException {
    if (started) {
      out.append('\n');
    }
    pendingLineEnds = 0;
  }
}
