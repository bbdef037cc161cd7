package dev.nuggets.parser.vtt;

import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.CueBlocks;
import dev.nuggets.parser.internal.CueCollector;
import dev.nuggets.parser.internal.CueTiming;
import dev.nuggets.parser.internal.Tally;
import java.util.List;
import java.util.Optional;

/** Reads one WebVTT file into a transcript; one instance per parse. */
final class VttReader implements CueBlocks.Dialect {
  private static final String HEADER = "WEBVTT";

  private final SourceText source;
  private final ParseContext context;
  private final Tally tally = new Tally();
  private final CueCollector cues;

  VttReader(SourceText source, ParseContext context) {
    this.source = source;
    this.context = context;
    this.cues =
        new CueCollector(
            context, tally, new CueCollector.Codes(VttCodes.EMPTY_CUE, VttCodes.END_BEFORE_START, VttCodes.OUT_OF_ORDER));
  }

  Transcript read() {
    new CueBlocks(source, context, this).read(header());
    tally.report(context);
    return Transcript.of(cues.cues());
  }

  /** Checks the {@code WEBVTT} line and skips the header block; returns the first line after it. */
  private int header() {
    String first = source.line(1);
    if (first.startsWith("\uFEFF")) {
      first = first.substring(1);
    }
    boolean header =
        first.startsWith(HEADER)
            && (first.length() == HEADER.length() || first.charAt(HEADER.length()) == ' '
                || first.charAt(HEADER.length()) == '\t');
    if (!header) {
      context.warning(
          VttCodes.MISSING_HEADER, "the file does not start with 'WEBVTT'; read as WebVTT anyway",
          source.position(1, 0));
      return 1;
    }
    if (!first.substring(HEADER.length()).isBlank()) {
      tally.add(Severity.INFO, VttCodes.NOT_IN_MODEL, "the header's text has no place in the model; dropped",
          source.position(1, 0));
    }
    int n = 2;
    while (n <= source.lineCount() && !source.line(n).isBlank() && !CueTiming.isTimingLine(source.line(n))) {
      tally.add(Severity.INFO, VttCodes.NOT_IN_MODEL, "header lines have no place in the model; dropped",
          source.position(n, 0));
      n++;
    }
    return n;
  }

  @Override
  public boolean skipsBlock(String firstLine, SourcePosition at) {
    for (String keyword : List.of("NOTE", "STYLE", "REGION")) {
      if (firstLine.startsWith(keyword)
          && (firstLine.length() == keyword.length() || firstLine.charAt(keyword.length()) == ' '
              || firstLine.charAt(keyword.length()) == '\t')) {
        tally.add(Severity.INFO, VttCodes.SKIPPED_BLOCK,
            keyword + " blocks hold no spoken text; skipped", at);
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean precedesTiming(String line, SourcePosition at) {
    tally.add(Severity.INFO, VttCodes.NOT_IN_MODEL, "cue identifiers have no place in the model; dropped", at);
    return true;
  }

  @Override
  public boolean endsCueBeforeTiming(String line) {
    return false;
  }

  @Override
  public Optional<CueTiming> timing(String line, SourcePosition at) {
    Optional<CueTiming> timing = CueTiming.read(line, '.', false);
    if (timing.isEmpty()) {
      context.error(
          VttCodes.BAD_TIMING,
          "the timing line " + Spaces.quote(line) + " is not 'start --> end' with times such as 00:01.500 or"
              + " 01:02:03.000; the cue was skipped",
          at);
      return timing;
    }
    if (!timing.get().exact()) {
      tally.add(Severity.WARNING, VttCodes.LENIENT_TIME,
          "timestamps that break the WebVTT grammar (mm:ss.ttt or hh:mm:ss.ttt) were read anyway", at);
    }
    if (!timing.get().settings().isEmpty()) {
      tally.add(Severity.INFO, VttCodes.NOT_IN_MODEL, "cue settings have no place in the model; dropped", at);
    }
    return timing;
  }

  @Override
  public void noLineBeforeTiming(SourcePosition at) {
    // WebVTT's cue identifier is optional
  }

  @Override
  public void missingBlankLine(SourcePosition at) {
    context.warning(
        VttCodes.MISSING_BLANK_LINE, "a timing line follows a cue's text without a blank line; it starts a new cue",
        at);
  }

  @Override
  public void joinedAfterBlankLine(String line, SourcePosition at) {
    context.warning(
        VttCodes.BLANK_LINE_IN_CUE,
        "text after a blank line, " + Spaces.quote(line) + ", was joined to the cue above it", at);
  }

  @Override
  public void strayText(String line, SourcePosition at) {
    context.warning(
        VttCodes.STRAY_TEXT, "text outside any cue, " + Spaces.quote(line) + ", was skipped with its block", at);
  }

  @Override
  public void cue(Optional<CueTiming> timing, List<String> lines, SourcePosition at) {
    if (timing.isEmpty()) {
      return;
    }
    List<VttText.Part> parts = VttText.parts(String.join("\n", lines), tally, at);
    if (parts.isEmpty()) {
      cues.add(timing.get().start().time(), Optional.empty(), Optional.empty(), "", at);
    }
    for (VttText.Part part : parts) {
      cues.add(timing.get().start().time(), Optional.of(timing.get().end().time()), part.speaker(), part.text(), at);
    }
  }

  @Override
  public boolean stop() {
    return cues.full();
  }
}
