package dev.nuggets.render.chapters;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.ChaptersFormat;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.NuggetsRenderException;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.JsonOutput;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code chapters} format: <a
 * href="https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/examples/chapters/jsonChapters.md">Podcasting
 * 2.0 JSON chapters</a>, version 1.2. One object with {@code version} ({@value #VERSION}), {@code title} (the
 * episode's title), {@code podcastName} (the podcast title) and {@code chapters}: one chapter per timed section,
 * with {@code startTime} (seconds from the start of the audio), {@code title} (the heading), {@code toc}
 * ({@code false}, written only for a section left out of the table of contents) and {@code endTime} (when the
 * section has an end). Times are JSON numbers of seconds: whole seconds as integers ({@code 660}), fractions as
 * decimals ({@code 2.5}).
 *
 * <p>What the format cannot carry is left out: paragraphs, takeaways, people, date, duration and link.
 *
 * <p>Which sections become chapters:
 *
 * <ul>
 *   <li>An episode with no sections, or whose sections have no start times, cannot be written: the renderer throws
 *       {@link NuggetsRenderException} with the error {@value ChaptersCodes#NO_SECTIONS} or
 *       {@value ChaptersCodes#NO_START_TIMES} and writes nothing, rather than an empty chapters file.
 *   <li>A section without a start time among timed ones is left out with the warning
 *       {@value ChaptersCodes#UNTIMED_SECTION} naming it: the others are still good chapters, and a chapter cannot
 *       be placed without a time.
 *   <li>The specification has chapters in ascending order of {@code startTime}, so sections that start out of
 *       order are written sorted by start time (sections with the same start keep their order), with the warning
 *       {@value ChaptersCodes#REORDERED}.
 * </ul>
 *
 * <p>Output is pretty-printed like the {@code json} format (two-space indents, {@code \n} line ends) unless
 * {@link #compact()}.
 */
public final class ChaptersRenderer implements FormatRenderer {

  /** The version of the JSON chapters specification written, {@value}. */
  public static final String VERSION = "1.2.0";

  private static final Comparator<Section> BY_START =
      Comparator.comparing(section -> section.start().orElse(Duration.ZERO));

  private final JsonOutput output;

  /** Pretty-printed output. */
  public ChaptersRenderer() {
    this(JsonOutput.pretty());
  }

  private ChaptersRenderer(JsonOutput output) {
    this.output = output;
  }

  /** Output on one line. */
  public static ChaptersRenderer compact() {
    return new ChaptersRenderer(JsonOutput.compact());
  }

  @Override
  public Format format() {
    return ChaptersFormat.FORMAT;
  }



  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    List<Section> chapters = chapters(episode, context);
    output.write(out, json -> write(episode, chapters, json));
  }

  /** The timed sections in ascending order of start, after reporting what is left out or moved. */
  private static List<Section> chapters(Episode episode, RenderContext context) {
    if (episode.sections().isEmpty()) {
      throw new NuggetsRenderException(
          Diagnostic.of(
              Severity.ERROR,
              ChaptersCodes.NO_SECTIONS,
              "the episode has no sections, so there are no chapters to write"));
    }
    List<Section> timed = new ArrayList<>();
    for (Section section : episode.sections()) {
      if (section.start().isPresent()) {
        timed.add(section);
      }
    }
    if (timed.isEmpty()) {
      throw new NuggetsRenderException(
          Diagnostic.of(
              Severity.ERROR,
              ChaptersCodes.NO_START_TIMES,
              "none of the episode's "
                  + episode.sections().size()
                  + " sections has a start time, so there are no chapters to write"));
    }
    for (Section section : episode.sections()) {
      if (section.start().isEmpty()) {
        context.warning(
            ChaptersCodes.UNTIMED_SECTION,
            "the section \"" + section.heading() + "\" has no start time and was left out of the chapters");
      }
    }
    List<Section> sorted = new ArrayList<>(timed);
    sorted.sort(BY_START); // stable: equal starts keep their order
    if (!sorted.equals(timed)) {
      context.warning(
          ChaptersCodes.REORDERED,
          "the sections do not start in ascending order; the chapters were sorted by start time");
    }
    return sorted;
  }

  private static void write(Episode episode, List<Section> chapters, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("version", VERSION);
    JsonOutput.writeIfPresent(json, "title", episode.title());
    JsonOutput.writeIfPresent(json, "podcastName", episode.podcastTitle());
    json.writeArrayPropertyStart("chapters");
    for (Section section : chapters) {
      json.writeStartObject();
      JsonOutput.writeSeconds(json, "startTime", section.start().orElseThrow());
      json.writeStringProperty("title", section.heading());
      if (!section.listedInToc()) {
        json.writeBooleanProperty("toc", false);
      }
      if (section.end().isPresent()) {
        JsonOutput.writeSeconds(json, "endTime", section.end().get());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public String toString() {
    return output.isPretty() ? "ChaptersRenderer" : "ChaptersRenderer(compact)";
  }
}
