package dev.nuggets.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Groups cues into speaker turns and cuts turns back into cues of bounded length; linear in the transcript. */
final class TranscriptTurns {
  private TranscriptTurns() {}

  /**
   * Consecutive cues of one speaker form a turn. A cue that names no speaker continues the turn before it: real
   * transcripts name the speaker on a turn's first cue only. A cue that names a speaker other than the turn's starts
   * a new turn.
   */
  static List<Turn> turns(List<Cue> cues) {
    List<Turn> turns = new ArrayList<>();
    List<Cue> current = new ArrayList<>();
    Optional<String> speaker = Optional.empty();
    for (Cue cue : cues) {
      boolean newSpeaker = cue.speaker().isPresent() && !cue.speaker().equals(speaker);
      if (newSpeaker && !current.isEmpty()) {
        turns.add(new Turn(speaker, current));
        current = new ArrayList<>();
      }
      if (newSpeaker || current.isEmpty()) {
        speaker = cue.speaker();
      }
      current.add(cue);
    }
    if (!current.isEmpty()) {
      turns.add(new Turn(speaker, current));
    }
    return List.copyOf(turns);
  }

  /**
   * Each turn's text cut into cues of at most {@code maxLength} characters, at spaces where it can be (a longer word
   * is cut between code points), each naming the turn's speaker. A turn's time span (its end, or else the next
   * turn's start) is shared among its cues by their length; a turn with no known end gives every cue its start.
   */
  static List<Cue> cues(List<Turn> turns, int maxLength) {
    if (maxLength < 1) {
      throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength);
    }
    List<Cue> cues = new ArrayList<>();
    for (int t = 0; t < turns.size(); t++) {
      Turn turn = turns.get(t);
      Optional<Duration> end = turn.end();
      if (end.isEmpty() && t + 1 < turns.size() && turns.get(t + 1).start().compareTo(turn.start()) >= 0) {
        end = Optional.of(turns.get(t + 1).start());
      }
      cut(turn, end, maxLength, cues);
    }
    return List.copyOf(cues);
  }

  private static void cut(Turn turn, Optional<Duration> end, int maxLength, List<Cue> out) {
    String text = turn.text();
    List<String> pieces = pieces(text, maxLength);
    long span = end.map(e -> e.minus(turn.start()).toMillis()).orElse(0L);
    long total = text.length();
    long done = 0;
    for (int i = 0; i < pieces.size(); i++) {
      String piece = pieces.get(i);
      Cue.Builder cue = Cue.builder().text(piece);
      turn.speaker().ifPresent(cue::speaker);
      Duration start = turn.start().plusMillis(span * done / total);
      done += piece.length();
      cue.start(start);
      if (end.isPresent()) {
        cue.end(i == pieces.size() - 1 ? end.get() : turn.start().plusMillis(span * done / total));
      }
      out.add(cue.build());
    }
  }

  /** The text cut into non-blank pieces of at most {@code max} characters (a code point is never cut). */
  static List<String> pieces(String text, int max) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    int length = text.length();
    while (from < length) {
      while (from < length && text.charAt(from) == ' ') {
        from++;
      }
      if (from == length) {
        break;
      }
      int limit = from + max;
      if (limit >= length) {
        String rest = text.substring(from).stripTrailing();
        if (!Checks.isBlank(rest)) {
          pieces.add(rest);
        }
        break;
      }
      int cut = text.lastIndexOf(' ', limit);
      if (cut <= from) {
        cut = limit;
        if (Character.isLowSurrogate(text.charAt(cut)) && cut - 1 > from) {
          cut--;
        }
      }
      String piece = text.substring(from, cut).stripTrailing();
      if (!Checks.isBlank(piece)) {
        pieces.add(piece);
      } else {
        cut = Math.max(cut, from + 1);
      }
      from = cut;
    }
    return pieces;
  }
}
