package dev.nuggets.render.internal;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.render.Metadata;
import dev.nuggets.render.RenderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One render of a document format: the output, the format's escaping and the element renderers. The format walks
 * the episode with {@link #render} and writes its own framing (a page's head, say) with {@link #raw}; element
 * renderers get an {@link ElementContext} onto the same output.
 */
public final class DocumentWriter {
  private final String format;
  private final Episode episode;
  private final Appendable out;
  private final RenderContext context;
  private final Escaper escaper;
  private final ElementRenderers renderers;
  private final Anchors anchors;

  public DocumentWriter(
      String format, Episode episode, Appendable out, RenderContext context, Escaper escaper,
      ElementRenderers renderers) {
    this.format = format;
    this.episode = episode;
    this.out = out;
    this.context = context;
    this.escaper = escaper;
    this.renderers = renderers;
    this.anchors = Anchors.of(episode);
  }

  public Episode episode() {
    return episode;
  }

  public Anchors anchors() {
    return anchors;
  }

  /** Something a format writes between elements, such as the end of a page's header. */
  @FunctionalInterface
  public interface Step {
    void run() throws IOException;
  }

  /**
   * Walks the episode in the documented order ({@link Element}): metadata, title, people, then {@code afterHeader},
   * then takeaways, table of contents, sections and footer.
   */
  public void renderEpisode(Step afterHeader) throws IOException {
    render(Element.METADATA, Metadata.of(episode));
    if (episode.title().isPresent()) {
      render(Element.TITLE, episode.title().get());
    }
    render(Element.PEOPLE, episode.people());
    afterHeader.run();
    render(Element.TAKEAWAYS, episode.takeaways());
    render(Element.TABLE_OF_CONTENTS, episode.tableOfContents());
    for (Section section : episode.sections()) {
      render(Element.SECTION, section);
    }
    render(Element.FOOTER, episode);
  }

  /** Renders an element through its chain of element renderers, the users' first. */
  public <T> void render(Element<T> element, T value) throws IOException {
    renderFrom(element, Objects.requireNonNull(value, "value"), 0);
  }

  private <T> void renderFrom(Element<T> element, T value, int index) throws IOException {
    List<ElementRenderer<T>> chain = renderers.chain(element);
    if (index < chain.size()) {
      chain.get(index).render(value, new Frame<>(element, value, index));
    }
  }

  public DocumentWriter text(CharSequence text) throws IOException {
    escaper.escape(text, out);
    return this;
  }

  public DocumentWriter raw(CharSequence markup) throws IOException {
    out.append(markup);
    return this;
  }

  /** The URL when {@link SafeLinks} allows it; otherwise empty, reported as {@code render.unsafe-link}. */
  public Optional<String> safeUrl(String url) {
    return SafeLinks.filter(url, context);
  }

  public RenderContext context() {
    return context;
  }

  /** The context of one element renderer: its place in the chain. */
  private final class Frame<T> implements ElementContext<T> {
    private final Element<T> element;
    private final T value;
    private final int index;

    Frame(Element<T> element, T value, int index) {
      this.element = element;
      this.value = value;
      this.index = index;
    }

    @Override
    public Element<T> element() {
      return element;
    }

    @Override
    public T value() {
      return value;
    }

    @Override
    public Episode episode() {
      return episode;
    }

    @Override
    public String format() {
      return format;
    }

    @Override
    public ElementContext<T> text(CharSequence text) throws IOException {
      DocumentWriter.this.text(text);
      return this;
    }

    @Override
    public ElementContext<T> raw(CharSequence markup) throws IOException {
      DocumentWriter.this.raw(markup);
      return this;
    }

    @Override
    public void renderDefault() throws IOException {
      renderFrom(element, value, index + 1);
    }

    @Override
    public void renderDefault(T value) throws IOException {
      renderFrom(element, Objects.requireNonNull(value, "value"), index + 1);
    }

    @Override
    public <U> void render(Element<U> child, U childValue) throws IOException {
      DocumentWriter.this.render(child, childValue);
    }

    @Override
    public String anchor(Section section) {
      return anchors.section(section);
    }

    @Override
    public String anchor(Element<?> headingElement) {
      if (headingElement == Element.TITLE) {
        return anchors.title();
      }
      if (headingElement == Element.TAKEAWAYS) {
        return anchors.takeaways();
      }
      return headingElement == Element.TABLE_OF_CONTENTS ? anchors.tableOfContents() : "";
    }

    @Override
    public Optional<String> safeUrl(String url) {
      return DocumentWriter.this.safeUrl(url);
    }

    @Override
    public String time(Duration time) {
      return Times.clock(time);
    }

    @Override
    public RenderContext renderContext() {
      return context;
    }
  }
}
