package dev.nuggets.render.markdown;

import dev.nuggets.core.Episode;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.MarkdownFormat;
import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.render.DocumentWalk;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.internal.UserElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.RenderContext;
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
public final class MarkdownRenderer implements FormatRenderer {

  private final DocumentRenderer document;

  /** The built-in element renderers; the service-loaded default. */
  public MarkdownRenderer() {
    this(builder());
  }

  private MarkdownRenderer(Builder builder) {
    DocumentRenderer.Builder document =
        DocumentRenderer.builder(MarkdownFormat.FORMAT, MarkdownEscaper.INSTANCE).walk(builder.walk).blocks(true);
    builder.userElements.forEach(entry -> entry.addTo(document));
    MarkdownElements.addTo(document);
    this.document = document.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  @Override
  public Format format() {
    return MarkdownFormat.FORMAT;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    document.renderEpisode(episode, out, context);
  }

  @Override
  public String toString() {
    return "MarkdownRenderer";
  }

  /** Builds a {@link MarkdownRenderer}. */
  public static final class Builder {
    private final List<UserElement<?>> userElements = new ArrayList<>();
    private DocumentWalk walk = DocumentWalk.standard();

    private Builder() {}

    /**
     * Adds an element renderer: it renders that element in place of the built-in one and may delegate to it. The
     * first one added for an element is asked first; each delegates to the next, the built-in one comes last.
     */
    public <T> Builder elementRenderer(Element<T> element, ElementRenderer<T> renderer) {
      userElements.add(new UserElement<>(element, renderer));
      return this;
    }

    /** The walk to follow, with parts of your own ({@link DocumentWalk#insertAfter}); the standard one by default. */
    public Builder walk(DocumentWalk walk) {
      this.walk = Objects.requireNonNull(walk, "walk");
      return this;
    }

    public MarkdownRenderer build() {
      return new MarkdownRenderer(this);
    }
  }
}
