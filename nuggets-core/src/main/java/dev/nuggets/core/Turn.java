package dev.nuggets.core;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One speaker's turn in a {@link Transcript}: consecutive cues that the same speaker says (see
 * {@link Transcript#turns()}). The cues are kept as they are; the turn only groups them.
 *
 * @param speaker who speaks, when the transcript says
 * @param cues the turn's cues, at least one, in the transcript's order
 */
public record Turn(Optional<String> speaker, List<Cue> cues) {

  public Turn {
    cues = List.copyOf(cues);
    if (cues.isEmpty()) {
      throw new IllegalArgumentException("a turn has at least one cue");
    }
  }

  /** Where the turn starts: its first cue's start. */
  public Duration start() {
    return cues.get(0).start();
  }

  /** Where the turn ends: its last cue's end, when known. */
  public Optional<Duration> end() {
    return cues.get(cues.size() - 1).end();
  }

  /** What is said in the turn: the cues' texts joined by a space (line breaks within a cue kept). */
  public String text() {
    StringBuilder text = new StringBuilder();
    for (Cue cue : cues) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(cue.text());
    }
    return text.toString();
  }
}
