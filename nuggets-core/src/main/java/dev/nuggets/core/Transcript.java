package dev.nuggets.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
