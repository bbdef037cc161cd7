package dev.nuggets.render.json;

import dev.nuggets.core.Episode;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.List;
import java.util.Optional;

/**
 * The {@code json} format's episode row: canonical JSON carries the whole episode, every optional part absent or
 * present, the title too; the transcript, the transcript links and the chapters link included (the only format
 * that carries them for now). Text is kept character for character.
 */
public final class JsonRoundTrip extends EpisodeRoundTrip {
  public JsonRoundTrip() {
    super("json");
  }

  /** The whole episode. */
  @Override
  public Optional<Episode> carried(Episode e) {
    return Optional.of(e);
  }
}
