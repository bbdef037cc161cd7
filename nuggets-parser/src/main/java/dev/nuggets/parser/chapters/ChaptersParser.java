package dev.nuggets.parser.chapters;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.ChaptersFormat;
import dev.nuggets.parser.FormatParser;
import dev.nuggets.parser.InputPrefix;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonShape;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code chapters} format: Podcasting 2.0 JSON chapters, as the podcast namespace's {@code podcast:chapters}
 * links to them. Each chapter becomes a {@link dev.nuggets.core.Section}:
 *
 * <ul>
 *   <li>{@code title} is the heading; {@code startTime} and {@code endTime} the start and end (seconds as a whole
 *       or fractional number, a string of seconds, or an {@code "HH:MM:SS"} / {@code "MM:SS"} string, with an
 *       optional fraction); {@code "toc": false} keeps the section out of the table of contents. Sections have no
 *       paragraphs. An end is never derived from the next chapter's start: only a given {@code endTime} is kept.
 *   <li>The file's {@code title} is the episode's title, {@code podcastName} its podcast title, and {@code author}
 *       a person with the role {@link dev.nuggets.core.Role#AUTHOR}.
 *   <li>A chapter without a title is skipped with a warning ({@link ChaptersCodes#UNTITLED_CHAPTER}); a chapter
 *       without a readable {@code startTime} is skipped with an error. Chapters out of time order are kept in the
 *       file's order, with a warning.
 *   <li>Keys the specification defines but the model cannot carry ({@code img}, {@code url}, {@code location},
 *       {@code description}, {@code fileName}, {@code waypoints}) are reported once per key as information, so a
 *       file that follows the specification passes strict parsing. Keys the specification does not define are a
 *       warning each time.
 *   <li>A {@code version} with a newer major version than 1 is read anyway, with a warning. Malformed JSON is an
 *       error at its line:column and the chapters before it are kept; trailing commas and comments are read with a
 *       warning.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChaptersParser implements FormatParser {


  @Override
  public Format format() {
    return ChaptersFormat.FORMAT;
  }


  /**
   * 95 for a JSON object with a top-level {@code chapters} key and a {@code version} starting with "1."; 85 with
   * the key alone; 0 for anything else. Looks at the first 64 Ki characters.
   */
  @Override
  public int confidence(ContentKind kind, InputPrefix prefix) {
    Optional<JsonShape> shape = JsonShape.of(prefix.source());
    if (shape.isEmpty() || shape.get().isArray() || !shape.get().hasKey("chapters")) {
      return 0;
    }
    return shape.get().strings().getOrDefault("version", "").startsWith("1.") ? 95 : 85;
  }

  @Override
  public Episode readEpisode(SourceText source, ParseContext context) {
    return new ChaptersReader(source, context).read();
  }

  @Override
  public String toString() {
    return "ChaptersParser";
  }
}
