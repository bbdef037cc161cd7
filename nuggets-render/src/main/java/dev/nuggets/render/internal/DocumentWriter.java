package dev.nuggets.render.internal;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.render.DocumentWalk;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.render.Escaper;
import dev.nuggets.render.RenderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One render of a document format: the output, the format's escaping, its element renderers and the walk. Each
 * part of the walk is rendered by the first element renderer of its chain, which may delegate down the chain; an
 * element with no renderer left renders the parts inside it.
 */
public final class DocumentWriter {
  private final String format;
  private final Episode episode;
  private final Appendable out;
  private final RenderContext context;
  private final Escaper escaper;
  private final ElementRenderers renderers;
  private final DocumentWalk walk;
  private final Anchors anchors;

  public DocumentWriter(
      String format, Episode episode, Appendable out, RenderContext context, Escaper escaper,
      ElementRenderers renderers, DocumentWalk walk, String anchorPrefix) {
    this.format = format;
    this.episode = episode;
    this.out = out;
    this.context = context;
    this.escaper = escaper;
    this.renderers = renderers;
    this.walk = walk;
    this.anchors = Anchors.of(episode, anchorPrefix);
  }

  /** Renders the whole walk. */
  public void render() throws IOException {
    renderPart(walk.root());
  }

  private <T> void renderPart(DocumentWalk.Part<T> part) throws IOException {
    for (T value : part.values(episode)) {
      renderFrom(part.element(), Objects.requireNonNull(value, "value"), 0, part);
    }
  }

  private void renderChildren(DocumentWalk.@Nullable Part<?> part) throws IOException {
    if (part != null) {
      for (DocumentWalk.Part<?> child : part.children()) {
        renderPart(child);
      }
    }
  }

  private <T> void renderFrom(Element<T> element, T value, int index, DocumentWalk.@Nullable Part<?> part)
      throws IOException {
    List<ElementRenderer<T>> chain = renderers.chain(element);
    if (index < chain.size()) {
      chain.get(index).render(value, new Frame<>(element, value, index, part));
    } else {
      renderChildren(part);
    }
  }

  /** The context of one element renderer: its place in the chain and in the walk. */
  private final class Frame<T> implements ElementContext<T> {
    private final Element<T> element;
    private final T value;
    private final int index;
    private final DocumentWalk.@Nullable Part<?> part;

    Frame(Element<T> element, T value, int index, DocumentWalk.@Nullable Part<?> part) {
      this.element = element;
      this.value = value;
      this.index = index;
      this.part = part;
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
      escaper.escape(text, out, context);
      return this;
    }

    @Override
    public ElementContext<T> raw(CharSequence markup) throws IOException {
      out.append(markup);
      return this;
    }

    @Override
    public void renderDefault() throws IOException {
      renderFrom(element, value, index + 1, part);
    }

    @Override
    public void renderDefault(T value) throws IOException {
      renderFrom(element, Objects.requireNonNull(value, "value"), index + 1, part);
    }

    @Override
    public void renderChildren() throws IOException {
      DocumentWriter.this.renderChildren(part);
    }

    @Override
    public <U> void render(Element<U> child, U childValue) throws IOException {
      renderFrom(child, Objects.requireNonNull(childValue, "value"), 0, walk.part(child).orElse(null));
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
      return SafeLinks.filter(url, context);
    }

    @Override
    public String time(Duration time) {
      return Timecodes.clock(time);
    }

    @Override
    public RenderContext renderContext() {
      return context;
    }
  }
}
