package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The block structure that WebVTT and SubRip share, read line by line in one pass: blocks separated by blank lines,
 * a cue block being an optional line before the timing line (WebVTT's identifier, SubRip's sequence number), the
 * timing line and the text lines. What each format adds is its {@link Dialect}.
 *
 * <p>Damage is read the way real files mean it: text after a blank line inside a cue (blank-line damage) is joined
 * to the cue above it; a timing line inside a cue's text (a missing blank line) starts the next cue; text before
 * any cue is skipped. Each is reported by the dialect.
 */
public final class CueBlocks {

  /** What a format adds to the shared block structure. */
  public interface Dialect {
    /** Whether a block starting with this line is one the format skips whole (WebVTT's NOTE); it reports it. */
    boolean skipsBlock(String firstLine, SourcePosition at);

    /** Whether this line, followed by a timing line, is the line before the timing (identifier, number); reports. */
    boolean precedesTiming(String line, SourcePosition at);

    /** Reads a timing line, reporting times it could not read or read leniently. */
    Optional<CueTiming> timing(String line, SourcePosition at);

    /**
     * Whether this line inside a cue's text, followed by a timing line, belongs to the next cue (SubRip's sequence
     * number after a missing blank line) rather than to the text. Reports nothing.
     */
    boolean endsCueBeforeTiming(String line);

    /** Called when a timing line arrives without the line the format puts before it. */
    void noLineBeforeTiming(SourcePosition at);

    /** A timing line followed the cue's text without a blank line between them. */
    void missingBlankLine(SourcePosition at);

    /** Text after a blank line was joined to the cue above it. */
    void joinedAfterBlankLine(String line, SourcePosition at);

    /** Text outside any cue was skipped. */
    void strayText(String line, SourcePosition at);

    /** A complete cue: its timing (empty when unreadable, the cue then skipped) and text lines. */
    void cue(Optional<CueTiming> timing, List<String> lines, SourcePosition at);

    /** Whether reading should stop (a limit was reached). */
    boolean stop();
  }

  private final SourceText source;
  private final ParseContext context;
  private final Dialect dialect;

  private @Nullable Pending pending;
  private boolean inCue;
  private boolean skipping;

  private static final class Pending {
    final Optional<CueTiming> timing;
    final SourcePosition at;
    final List<String> lines = new ArrayList<>();

    Pending(Optional<CueTiming> timing, SourcePosition at) {
      this.timing = timing;
      this.at = at;
    }
  }

  public CueBlocks(SourceText source, ParseContext context, Dialect dialect) {
    this.source = source;
    this.context = context;
    this.dialect = dialect;
  }

  /** Reads lines {@code from} (1-based) to the end. */
  public void read(int from) {
    int count = source.lineCount();
    for (int n = from; n <= count && !dialect.stop(); n++) {
      if (LineLimit.exceeded(source, n, context)) {
        continue;
      }
      String line = source.line(n);
      SourcePosition at = source.position(n, 0);
      if (isBlank(line)) {
        inCue = false;
        skipping = false;
      } else if (CueTiming.isTimingLine(line)) {
        if (inCue) {
          dialect.missingBlankLine(at);
        } else {
          dialect.noLineBeforeTiming(at);
        }
        startCue(line, at);
      } else if (inCue && n < count && dialect.endsCueBeforeTiming(line) && nextIsTiming(n)) {
        dialect.missingBlankLine(at);
        dialect.precedesTiming(line, at);
        n++;
        startCue(source.line(n), source.position(n, 0));
      } else if (inCue) {
        requirePending().lines.add(line);
      } else if (skipping) {
        continue;
      } else if (dialect.skipsBlock(line, at)) {
        flush();
        skipping = true;
      } else if (n < count && nextIsTiming(n) && dialect.precedesTiming(line, at)) {
        n++;
        startCue(source.line(n), source.position(n, 0));
      } else if (pending != null) {
        dialect.joinedAfterBlankLine(line, at);
        pending.lines.add(line);
        inCue = true;
      } else {
        dialect.strayText(line, at);
        skipping = true;
      }
    }
    flush();
  }

  /** Whether line {@code n + 1} is a timing line (and not too long to read). */
  private boolean nextIsTiming(int n) {
    return source.lineLength(n + 1) <= context.limits().maxLineLength()
        && CueTiming.isTimingLine(source.line(n + 1));
  }

  private void startCue(String line, SourcePosition at) {
    flush();
    pending = new Pending(dialect.timing(line, at), at);
    inCue = true;
    skipping = false;
  }

  private Pending requirePending() {
    Pending p = pending;
    if (p == null) {
      throw new IllegalStateException("in a cue without a pending cue");
    }
    return p;
  }

  private void flush() {
    Pending p = pending;
    if (p != null) {
      pending = null;
      dialect.cue(p.timing, p.lines, p.at);
    }
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != ' ' && c != '\t' && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }
}
