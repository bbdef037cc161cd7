package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.HostileText;
import java.util.List;

/**
 * A row for the episode kind, tried on seeded hostile episodes ({@link HostileText#episode()}): a format's row
 * names the format and says what it carries ({@link #carried}); one that needs other episodes overrides
 * {@link #values}.
 */
public abstract class EpisodeRoundTrip implements RoundTrip<Episode> {
  private final String format;

  protected EpisodeRoundTrip(String format) {
    this.format = format;
  }

  @Override
  public final String format() {
    return format;
  }

  @Override
  public final ContentKind kind() {
    return ContentKind.EPISODE;
  }

  @Override
  public List<Episode> values(long seed) {
    return List.of(new HostileText(seed).episode());
  }
}
