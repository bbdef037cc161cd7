package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Positions of the tokens of one part of a streamed JSON document (an episode of a feed): each token gets an offset
 * that resolves to its line:column as Jackson reported it. {@link #clear()} between parts keeps memory bounded by
 * the largest part, not the document.
 */
public final class StreamPositions {
  private final List<SourcePosition> positions = new ArrayList<>();

  /** Records where a token starts and gives the offset that stands for it. */
  public int mark(@Nullable TokenStreamLocation location) {
    positions.add(of(location));
    return positions.size() - 1;
  }

  /** The line:column an offset stands for; the start of the input for one not handed out. */
  public SourcePosition position(int offset) {
    return offset >= 0 && offset < positions.size() ? positions.get(offset) : SourcePosition.START;
  }

  /** Forgets the positions of the part read. */
  public void clear() {
    positions.clear();
  }

  /** A Jackson location as a position (its column counts UTF-16 units from 1). */
  public static SourcePosition of(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1 || location.getColumnNr() < 1) {
      return SourcePosition.START;
    }
    return SourcePosition.of(location.getLineNr(), location.getColumnNr());
  }
}
