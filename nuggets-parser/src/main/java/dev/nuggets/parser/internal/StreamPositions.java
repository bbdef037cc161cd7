package dev.nuggets.parser.internal;

import dev.nuggets.core.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.TokenStreamLocation;

/**
 * Positions of the tokens of one part of a streamed JSON document (an episode of a feed): each token gets an offset
 * that resolves to its line:column, the column in code points as everywhere (Jackson counts UTF-16 units;
 * {@link CodePointColumns} converts). {@link #clear()} between parts keeps memory bounded by the largest part, not
 * the document.
 */
public final class StreamPositions {
  private final List<SourcePosition> positions = new ArrayList<>();
  private final CodePointColumns columns;

  /** Positions in the characters {@code columns} passes to the tokenizer. */
  public StreamPositions(CodePointColumns columns) {
    this.columns = columns;
  }

  /** Records where a token starts and gives the offset that stands for it. */
  public int mark(@Nullable TokenStreamLocation location) {
    positions.add(at(location));
    return positions.size() - 1;
  }

  /** A Jackson location as a position, its column in code points. Locations are asked for in input order. */
  public SourcePosition at(@Nullable TokenStreamLocation location) {
    if (location == null) {
      return SourcePosition.START;
    }
    return columns.position(location.getLineNr(), location.getColumnNr());
  }

  /** The line:column an offset stands for; the start of the input for one not handed out. */
  public SourcePosition position(int offset) {
    return offset >= 0 && offset < positions.size() ? positions.get(offset) : SourcePosition.START;
  }

  /** Forgets the positions of the part read. */
  public void clear() {
    positions.clear();
  }
}
