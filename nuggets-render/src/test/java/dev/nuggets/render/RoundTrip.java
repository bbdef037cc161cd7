package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.format.ContentKind;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the round-trip matrix ({@link RoundTripMatrixTest}): what a format carries of one {@linkplain
 * ContentKind kind of content}, said by the format's own test code. The precise statement behind the README's
 * formats table: for every value the row gives, {@code read(render(value))} equals {@link #carried(Object)
 * carried(value)}, and an empty projection says the format cannot write the value at all, so its renderer must
 * refuse it ({@link NuggetsRenderException}).
 *
 * <h2>Adding a format</h2>
 *
 * A format that has a parser and a renderer for a kind needs a row for that kind, or the matrix fails. A row is a
 * public class with a public no-argument constructor in the format's test package (such as
 * {@code dev.nuggets.render.markdown.MarkdownRoundTrip}), listed in {@code
 * src/test/resources/META-INF/services/dev.nuggets.render.RoundTrip}; {@link java.util.ServiceLoader} finds it. No
 * other test file changes: the matrix runs every row it discovers.
 *
 * <h2>What the matrix does with a row</h2>
 *
 * <ul>
 *   <li>For {@value RoundTripMatrixTest#SEEDS} seeds, every value of {@link #values(long)} is rendered with the
 *       format's renderer and read back with its parser, by name; the value read equals {@link #carried}, and the
 *       read reports no error and no warning outside {@link #expectedWarnings()}.
 *   <li>An {@link ContentKind#EPISODE} row is also tried on every shape of {@code EpisodeShapes} (each combination
 *       of absent and present optional parts, plain text), through the same projection.
 *   <li>Detection: the rendered text, named with the format's default extension, is detected as this format and
 *       this kind, and reading it so detected gives what reading it by name gave.
 * </ul>
 *
 * <p>A projection's Javadoc says, in words, what the format keeps and loses: which fields, what happens to text
 * (white space, markup), to an episode without a title, and to the transcript, the transcript links and the
 * chapters link. Rows are stateless: the matrix shares one instance between tests.
 *
 * @param <T> the value of the kind: {@link Episode}, {@link Feed} or {@link Transcript}
 */
public interface RoundTrip<T> {

  /** The format's name, as its renderer and parser declare it. */
  String format();

  /** The kind of content this row round-trips; {@code T} is the value of this kind. */
  ContentKind kind();

  /**
   * The values to try for a seed, built from seeded hostile text ({@code HostileText}), perhaps adapted to what the
   * format can hold; the same seed always gives the same values.
   */
  List<T> values(long seed);

  /** What the format carries of {@code value}: what reading its rendering back gives; empty when it cannot be written. */
  Optional<T> carried(T value);

  /** The warning codes that reading a rendering back may report by design; none by default. */
  default Set<String> expectedWarnings() {
    return Set.of();
  }
}
