package dev.nuggets.parser.srt;

import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.core.text.SpeakerPrefixes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.CueBlocks;
import dev.nuggets.parser.internal.CueCollector;
import dev.nuggets.parser.internal.CueTiming;
import dev.nuggets.parser.internal.Tally;
import java.util.List;
import java.util.Optional;

/** Reads one SubRip file into a transcript; one instance per parse. */
final class SrtReader implements CueBlocks.Dialect {
  private static final int MAX_NUMBER_DIGITS = 9;

  private final SourceText source;
  private final ParseContext context;
  private final Tally tally = new Tally();
  private final CueCollector cues;
  private long lastNumber;

  SrtReader(SourceText source, ParseContext context) {
    this.source = source;
    this.context = context;
    this.cues =
        new CueCollector(
            context, tally, new CueCollector.Codes(SrtCodes.EMPTY_CUE, SrtCodes.END_BEFORE_START, SrtCodes.OUT_OF_ORDER));
  }

  Transcript read() {
    new CueBlocks(source, context, this).read(1);
    tally.report(context);
    return Transcript.of(cues.cues());
  }

  @Override
  public boolean skipsBlock(String firstLine, SourcePosition at) {
    return false;
  }

  static boolean isNumber(String line) {
    String s = line.strip();
    if (s.startsWith("\uFEFF")) {
      s = s.substring(1);
    }
    if (s.isEmpty() || s.length() > MAX_NUMBER_DIGITS) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean precedesTiming(String line, SourcePosition at) {
    if (!isNumber(line)) {
      tally.add(Severity.WARNING, SrtCodes.SEQUENCE,
          "lines before a timing line that are not sequence numbers were dropped", at);
      return true;
    }
    long number = Long.parseLong(line.strip().replace("\uFEFF", ""));
    if (number != lastNumber + 1) {
      tally.add(Severity.WARNING, SrtCodes.SEQUENCE,
          "cues numbered out of sequence were read in the file's order", at);
    }
    lastNumber = number;
    return true;
  }

  @Override
  public boolean endsCueBeforeTiming(String line) {
    return isNumber(line);
  }

  @Override
  public Optional<CueTiming> timing(String line, SourcePosition at) {
    Optional<CueTiming> timing = CueTiming.read(line, ',', true);
    if (timing.isEmpty()) {
      context.error(
          SrtCodes.BAD_TIMING,
          "the timing line " + Spaces.quote(line) + " is not 'start --> end' with times such as 00:01:02,500;"
              + " the cue was skipped",
          at);
      return timing;
    }
    if (!timing.get().exact()) {
      tally.add(Severity.WARNING, SrtCodes.LENIENT_TIME,
          "timestamps that break the SubRip grammar (hh:mm:ss,ttt) were read anyway", at);
    }
    if (!timing.get().settings().isEmpty()) {
      tally.add(Severity.INFO, SrtCodes.NOT_IN_MODEL,
          "position coordinates after the times have no place in the model; dropped", at);
    }
    return timing;
  }

  @Override
  public void noLineBeforeTiming(SourcePosition at) {
    lastNumber++;
    tally.add(Severity.WARNING, SrtCodes.SEQUENCE, "cues without a sequence number were read anyway", at);
  }

  @Override
  public void missingBlankLine(SourcePosition at) {
    context.warning(
        SrtCodes.MISSING_BLANK_LINE, "a cue starts right after a cue's text without a blank line; read as a new cue",
        at);
  }

  @Override
  public void joinedAfterBlankLine(String line, SourcePosition at) {
    context.warning(
        SrtCodes.BLANK_LINE_IN_CUE,
        "text after a blank line, " + Spaces.quote(line) + ", was joined to the cue above it", at);
  }

  @Override
  public void strayText(String line, SourcePosition at) {
    context.warning(
        SrtCodes.STRAY_TEXT, "text outside any cue, " + Spaces.quote(line) + ", was skipped with its block", at);
  }

  @Override
  public void cue(Optional<CueTiming> timing, List<String> lines, SourcePosition at) {
    if (timing.isEmpty()) {
      return;
    }
    String text = SrtText.plain(String.join("\n", lines), tally, at);
    int prefix = SpeakerPrefixes.prefixLength(text);
    Optional<String> speaker = prefix == 0 ? Optional.empty() : SpeakerPrefixes.speaker(text);
    cues.add(
        timing.get().start().time(), Optional.of(timing.get().end().time()), speaker, text.substring(prefix), at);
  }

  @Override
  public boolean stop() {
    return cues.full();
  }
}
