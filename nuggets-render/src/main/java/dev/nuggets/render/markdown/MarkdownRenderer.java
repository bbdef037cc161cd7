package dev.nuggets.render.markdown;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.render.EpisodeRenderer;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.BlockOutput;
import dev.nuggets.render.internal.DocumentWriter;
import dev.nuggets.render.internal.ElementRenderers;
import java.io.IOException;

/**
 * The {@code markdown} format: an episode as a CommonMark document.
 *
 * <pre>
 * ---
 * podcast: "Deep Water Weekly"
 * people:
 *   - name: "Maya Lindqvist"
 *     role: "guest"
 *     description: "Marine Biologist"
 * date: "2026-03-14"
 * duration: "PT52M17S"
 * link: "https://deepwater.example/episodes/coral-reefs"
 * ---
 *
 * # Title
 *
 * ## Key takeaways
 *
 * - **Label:** text (00:18:00)
 *
 * ## Table of contents
 *
 * - [Heading](#heading) (00:00:00)
 *
 * ## Heading
 *
 * Paragraph.
 * </pre>
 *
 * <ul>
 *   <li>The {@link Metadata metadata} (podcast, people with their roles, date, duration, link) is YAML front matter,
 *       every string double-quoted; no front matter when there is none.
 *   <li>The table of contents links to the headings' anchors as commonmark-java's heading-anchor extension and
 *       GitHub make them, numbered when repeated ({@code #intro}, {@code #intro-1}).
 *   <li>Start times of takeaways and listed sections are shown as {@code (00:12:34)}; end times and the start of a
 *       section not listed in the table of contents are not shown.
 *   <li>Text is escaped so that it never becomes markup ({@code * _ # < [ |}, a leading {@code 1.} or {@code -},
 *       line breaks, edge spaces): a CommonMark reader gets back every character.
 *   <li>A link whose scheme is not http, https or mailto is left out with a {@link dev.nuggets.render.RenderCodes#UNSAFE_LINK}
 *       warning.
 * </ul>
 *
 * <p>Lines end with {@code \n}; blocks are separated by one blank line. Element renderers
 * ({@link Builder#elementRenderer}) change how one kind of element is written. Immutable and thread-safe.
 */
public final class MarkdownRenderer implements EpisodeRenderer {

  /** The format's name, {@value}. */
  public static final String FORMAT = "markdown";

  private final ElementRenderers elements;

  /** The built-in element renderers; the service-loaded default. */
  public MarkdownRenderer() {
    this(builder());
  }

  private MarkdownRenderer(Builder builder) {
    ElementRenderers.Builder elements = builder.elements.copy();
    MarkdownElements.addTo(elements);
    this.elements = elements.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String fileExtension() {
    return "md";
  }

  @Override
  public String mediaType() {
    return "text/markdown";
  }

  @Override
  public void render(Episode episode, Appendable out, RenderContext context) throws IOException {
    BlockOutput blocks = new BlockOutput(out);
    DocumentWriter writer =
        new DocumentWriter(
            FORMAT, episode, blocks, context, MarkdownEscaper.INSTANCE, elements);
    writer.renderEpisode(() -> {});
    blocks.finish();
  }

  @Override
  public String toString() {
    return "MarkdownRenderer";
  }

  /** Builds a {@link MarkdownRenderer}. */
  public static final class Builder {
    private final ElementRenderers.Builder elements = ElementRenderers.builder();

    private Builder() {}

    /**
     * Adds an element renderer: it renders that element in place of the built-in one and may delegate to it. The
     * first one added for an element is asked first; each delegates to the next, the built-in one comes last.
     */
    public <T> Builder elementRenderer(Element<T> element, ElementRenderer<T> renderer) {
      elements.add(element, renderer);
      return this;
    }

    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
