package dev.nuggets.parser.internal;

import dev.nuggets.core.Cue;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Collects a transcript's cues for the transcript formats, with the checks they share: blank text, an end before
 * the start, cues out of time order, and {@link dev.nuggets.parser.ParseLimits#maxCues()}. One per read.
 */
public final class CueCollector {
  /** The codes a format reports the shared checks under. */
  public record Codes(String emptyCue, String endBeforeStart, String outOfOrder) {}

  private final ParseContext context;
  private final Tally tally;
  private final Codes codes;
  private final List<Cue> cues = new ArrayList<>();
  private @Nullable Duration previousStart;
  private boolean full;

  public CueCollector(ParseContext context, Tally tally, Codes codes) {
    this.context = context;
    this.tally = tally;
    this.codes = codes;
  }

  /** Whether {@link dev.nuggets.parser.ParseLimits#maxCues()} was reached (and reported): stop reading. */
  public boolean full() {
    return full;
  }

  /**
   * Adds a cue; a blank text is skipped with a warning, an end before the start is dropped with a warning.
   *
   * @param at where the cue starts in the source
   */
  public void add(Duration start, Optional<Duration> end, Optional<String> speaker, String text, SourcePosition at) {
    if (full) {
      return;
    }
    String stripped = text.strip();
    if (isBlank(stripped)) {
      tally.add(Severity.WARNING, codes.emptyCue(), "cues without text were skipped", at);
      return;
    }
    if (cues.size() == context.limits().maxCues()) {
      full = true;
      context.error(
          DiagnosticCodes.LIMIT_CUES,
          "more than maxCues = " + context.limits().maxCues() + " cues; the rest of the transcript was not read",
          at);
      return;
    }
    Cue.Builder cue = Cue.builder().start(start).text(stripped);
    if (end.isPresent() && end.get().compareTo(start) < 0) {
      tally.add(Severity.WARNING, codes.endBeforeStart(), "cues that end before they start lost their end", at);
    } else {
      end.ifPresent(cue::end);
    }
    speaker.map(String::strip).filter(s -> !isBlank(s)).ifPresent(cue::speaker);
    if (previousStart != null && start.compareTo(previousStart) < 0) {
      tally.add(
          Severity.WARNING, codes.outOfOrder(),
          "cues that start before the cue above them were kept in the file's order", at);
    }
    previousStart = start;
    cues.add(cue.build());
  }

  /** Blank as the model sees it: white space, Unicode spaces and byte order marks only. */
  private static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\uFEFF') {
        return false;
      }
    }
    return true;
  }

  /** The cues collected. */
  public List<Cue> cues() {
    return cues;
  }
}
