package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.render.internal.BlockOutput;
import dev.nuggets.render.internal.DocumentWriter;
import dev.nuggets.render.internal.ElementRenderers;
import java.io.IOException;
import java.util.Objects;

/**
 * A document format built from parts: the {@linkplain DocumentWalk walk} of an episode, the format's
 * {@link Escaper}, and an {@link ElementRenderer} for each element it writes. The built-in {@code text},
 * {@code markdown} and {@code html} formats are made this way, and so is a user's own:
 *
 * <pre>{@code
 * Format asciidoc = Format.builder("asciidoc").fileExtensions("adoc").mediaType("text/asciidoc")
 *     .writes(ContentKind.EPISODE).build();
 * DocumentRenderer renderer = DocumentRenderer.builder(asciidoc, MyAsciidocEscaper.INSTANCE)
 *     .blocks(true)
 *     .elementRenderer(Element.TITLE, (title, c) -> c.raw("= ").text(title).raw("\n\n"))
 *     .elementRenderer(Element.SECTION, (section, c) -> {
 *       c.raw("== ").text(section.heading()).raw("\n\n");
 *       for (String paragraph : section.paragraphs()) {
 *         c.text(paragraph).raw("\n\n");
 *       }
 *     })
 *     .build();
 * }</pre>
 *
 * <p>An element with no element renderer renders its children (the document, the header) or nothing. Immutable and
 * thread-safe once built.
 */
public final class DocumentRenderer implements FormatRenderer {
  private final Format format;
  private final Escaper escaper;
  private final DocumentWalk walk;
  private final ElementRenderers elements;
  private final boolean blocks;
  private final String anchorPrefix;

  private DocumentRenderer(Builder builder) {
    this.format = builder.format;
    this.escaper = builder.escaper;
    this.walk = builder.walk;
    this.elements = builder.elements.build();
    this.blocks = builder.blocks;
    this.anchorPrefix = builder.anchorPrefix;
  }

  /**
   * A builder for a document format with this identity, escaping text with {@code escaper}.
   *
   * @throws IllegalArgumentException if the format does not declare that it writes episodes
   */
  public static Builder builder(Format format, Escaper escaper) {
    return new Builder(format, escaper);
  }

  @Override
  public Format format() {
    return format;
  }

  /** The walk this renderer follows. */
  public DocumentWalk walk() {
    return walk;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    Appendable target = blocks ? new BlockOutput(out) : out;
    new DocumentWriter(format.name(), episode, target, context, escaper, elements, walk, anchorPrefix).render();
    if (target instanceof BlockOutput output) {
      output.finish();
    }
  }

  @Override
  public String toString() {
    return "DocumentRenderer(" + format.name() + ")";
  }

  /** Builds a {@link DocumentRenderer}. */
  public static final class Builder {
    private final Format format;
    private final Escaper escaper;
    private DocumentWalk walk = DocumentWalk.standard();
    private final ElementRenderers.Builder elements = ElementRenderers.builder();
    private boolean blocks;
    private String anchorPrefix = "";

    private Builder(Format format, Escaper escaper) {
      this.format = Objects.requireNonNull(format, "format");
      this.escaper = Objects.requireNonNull(escaper, "escaper");
      if (!format.writes(ContentKind.EPISODE)) {
        throw new IllegalArgumentException("the format " + format + " does not declare that it writes episodes");
      }
    }

    /** The walk to follow; {@link DocumentWalk#standard()} by default. */
    public Builder walk(DocumentWalk walk) {
      this.walk = Objects.requireNonNull(walk, "walk");
      return this;
    }

    /**
     * Adds an element renderer. The first one added for an element is asked first; each may delegate to the next
     * with {@link ElementContext#renderDefault()}.
     */
    public <T> Builder elementRenderer(Element<T> element, ElementRenderer<T> renderer) {
      elements.add(element, renderer);
      return this;
    }

    /**
     * Whether the document is made of blocks separated by one blank line (Markdown, plain text): line ends are held
     * back so that no document starts with, or holds runs of more than one, blank line, and it ends with exactly
     * one line end. False by default: output is written as given (HTML).
     */
    public Builder blocks(boolean blocks) {
      this.blocks = blocks;
      return this;
    }

    /**
     * A prefix for every anchor ({@code ep-}), so that the ids of a fragment embedded in a page cannot clash with
     * the page's own ids or globals; none by default.
     */
    public Builder anchorPrefix(String prefix) {
      this.anchorPrefix = Objects.requireNonNull(prefix, "prefix");
      return this;
    }

    public DocumentRenderer build() {
      return new DocumentRenderer(this);
    }
  }
}
