package dev.nuggets.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What was said in an episode, as timed {@linkplain Cue cues}: the
 * {@linkplain dev.nuggets.core.format.ContentKind#TRANSCRIPT transcript} kind of content.
 */
@Value.Immutable
public abstract class Transcript {
  Transcript() {}

  /** The cues in the transcript's order (normally by start time). */
  public abstract List<Cue> cues();

  /** The transcript's language as a BCP 47 tag, when the source gives it. */
  public abstract Optional<String> language();

  /** The speakers the cues name, each once, in order of first appearance. */
  public List<String> speakers() {
    Set<String> speakers = new LinkedHashSet<>();
    for (Cue cue : cues()) {
      cue.speaker().ifPresent(speakers::add);
    }
    return List.copyOf(new ArrayList<>(speakers));
  }

  /**
   * The cues grouped into speaker turns: consecutive cues of one speaker, where a cue that names no speaker
   * continues the turn before it (real transcripts name the speaker on a turn's first cue only). The cues are not
   * changed.
   */
  public List<Turn> turns() {
    return TranscriptTurns.turns(cues());
  }

  /**
   * This transcript with its turns cut into cues of at most {@code maxLength} characters, at spaces where possible,
   * each cue naming its turn's speaker; a turn's time span (its end, or else the next turn's start) is shared among
   * its cues by length. What cue-based formats write when a turn is one long cue.
   *
   * @throws IllegalArgumentException if {@code maxLength} is below 1
   */
  public Transcript withCuesOfAtMost(int maxLength) {
    return toBuilder().cues(TranscriptTurns.cues(turns(), maxLength)).build();
  }

  /**
   * The transcript's speakers matched with {@code people} by name: the same name ignoring case and white space, or
   * else a one-word speaker name that is the first or last name of exactly one person. Speakers that match no one
   * are left out; the map keeps the order of {@link #speakers()}.
   */
  public Map<String, Person> speakersAmong(Collection<Person> people) {
    return SpeakerMatch.match(speakers(), people);
  }

  /**
   * The text said from {@code from} until {@code until} (exclusive; to the end when empty): the texts of the cues
   * that start in that range, joined by a space; empty when no cue starts there.
   */
  public Optional<String> textBetween(Duration from, Optional<Duration> until) {
    StringBuilder text = new StringBuilder();
    for (Cue cue : cues()) {
      if (cue.start().compareTo(from) >= 0 && (until.isEmpty() || cue.start().compareTo(until.get()) < 0)) {
        if (text.length() > 0) {
          text.append(' ');
        }
        text.append(cue.text());
      }
    }
    return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
  }

  /** A transcript of these cues. */
  public static Transcript of(List<Cue> cues) {
    return builder().cues(cues).build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts with this transcript's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  @Value.Check
  void check() {
    Checks.nonBlank(language(), "Transcript.language");
  }

  /** Builds a {@link Transcript}; every attribute is optional. */
  public static final class Builder extends ImmutableTranscript.Builder {
    Builder() {}
  }
}
