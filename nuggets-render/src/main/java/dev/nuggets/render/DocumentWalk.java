package dev.nuggets.render;

import dev.nuggets.core.Episode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The order in which a document renderer visits an episode: a tree of {@linkplain Part parts}, each an
 * {@link Element} with the values it takes from the episode and the parts inside it. The built-in document
 * formats walk {@link #standard()}; a format or a user adds parts ({@link #insertAfter}, {@link #insertBefore},
 * {@link #append}) without editing any list of ours, and registers an element renderer for each new element.
 *
 * <pre>{@code
 * Element<List<String>> SPONSORS = Element.of("sponsors");
 * DocumentWalk walk = DocumentWalk.standard()
 *     .insertBefore(Element.FOOTER, DocumentWalk.Part.one(SPONSORS, episode -> sponsorsOf(episode)));
 * HtmlRenderer html = HtmlRenderer.builder()
 *     .walk(walk)
 *     .elementRenderer(SPONSORS, (sponsors, context) -> ...)
 *     .build();
 * }</pre>
 *
 * <p>Immutable.
 */
public final class DocumentWalk {
  private static final DocumentWalk STANDARD =
      new DocumentWalk(
          Part.one(Element.DOCUMENT, Function.identity())
              .withChildren(
                  Part.one(Element.HEADER, Function.<Episode>identity())
                      .withChildren(
                          Part.one(Element.METADATA, Metadata::of),
                          Part.optional(Element.TITLE, Episode::title),
                          Part.one(Element.PEOPLE, Episode::people)),
                  Part.one(Element.TAKEAWAYS, Episode::takeaways),
                  Part.one(Element.TABLE_OF_CONTENTS, Episode::tableOfContents),
                  Part.each(Element.SECTION, Episode::sections),
                  Part.one(Element.FOOTER, Function.identity())));

  private final Part<Episode> root;

  private DocumentWalk(Part<Episode> root) {
    this.root = root;
  }

  /** The walk of the built-in document formats (see {@link Element} for its order). */
  public static DocumentWalk standard() {
    return STANDARD;
  }

  /** The whole walk: the {@link Element#DOCUMENT} part. */
  public Part<Episode> root() {
    return root;
  }

  /** Every element in the order the walk meets it (depth first). */
  public List<Element<?>> elements() {
    List<Element<?>> elements = new ArrayList<>();
    collect(root, elements);
    return elements;
  }

  private static void collect(Part<?> part, List<Element<?>> into) {
    into.add(part.element());
    for (Part<?> child : part.children()) {
      collect(child, into);
    }
  }

  /** The part of this element, if the walk has one. */
  public Optional<Part<?>> part(Element<?> element) {
    return Optional.ofNullable(find(root, element));
  }

  private static @Nullable Part<?> find(Part<?> part, Element<?> element) {
    if (part.element() == element) {
      return part;
    }
    for (Part<?> child : part.children()) {
      Part<?> found = find(child, element);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * This walk with {@code part} just after the part of {@code existing}, beside it.
   *
   * @throws IllegalArgumentException if the walk has no part of {@code existing}, or it is the root
   */
  public DocumentWalk insertAfter(Element<?> existing, Part<?> part) {
    return insert(existing, part, 1);
  }

  /**
   * This walk with {@code part} just before the part of {@code existing}, beside it.
   *
   * @throws IllegalArgumentException if the walk has no part of {@code existing}, or it is the root
   */
  public DocumentWalk insertBefore(Element<?> existing, Part<?> part) {
    return insert(existing, part, 0);
  }

  /**
   * This walk with {@code part} as the last child of the part of {@code parent}.
   *
   * @throws IllegalArgumentException if the walk has no part of {@code parent}
   */
  public DocumentWalk append(Element<?> parent, Part<?> part) {
    Objects.requireNonNull(part, "part");
    if (find(root, parent) == null) {
      throw new IllegalArgumentException("the walk has no part of the element " + parent);
    }
    return new DocumentWalk(appended(root, parent, part));
  }

  private DocumentWalk insert(Element<?> existing, Part<?> part, int offset) {
    Objects.requireNonNull(part, "part");
    if (root.element() == existing) {
      throw new IllegalArgumentException("nothing can stand beside the root of the walk");
    }
    if (find(root, existing) == null) {
      throw new IllegalArgumentException("the walk has no part of the element " + existing);
    }
    return new DocumentWalk(inserted(root, existing, part, offset));
  }

  private static <T> Part<T> inserted(Part<T> at, Element<?> existing, Part<?> part, int offset) {
    List<Part<?>> children = new ArrayList<>();
    for (Part<?> child : at.children()) {
      if (child.element() == existing && offset == 0) {
        children.add(part);
      }
      children.add(inserted(child, existing, part, offset));
      if (child.element() == existing && offset == 1) {
        children.add(part);
      }
    }
    return at.withChildren(children);
  }

  private static <T> Part<T> appended(Part<T> at, Element<?> parent, Part<?> part) {
    List<Part<?>> children = new ArrayList<>();
    for (Part<?> child : at.children()) {
      children.add(appended(child, parent, part));
    }
    if (at.element() == parent) {
      children.add(part);
    }
    return at.withChildren(children);
  }

  @Override
  public String toString() {
    return "DocumentWalk" + elements();
  }

  /**
   * One part of the walk: an element, the values it takes from the episode (rendered one after another; none, and
   * the part is skipped), and the parts inside it, which an element renderer renders with
   * {@link ElementContext#renderChildren()}. Immutable.
   *
   * @param <T> the value of the element
   */
  public static final class Part<T> {
    private final Element<T> element;
    private final Function<Episode, List<T>> values;
    private final List<Part<?>> children;

    private Part(Element<T> element, Function<Episode, List<T>> values, List<Part<?>> children) {
      this.element = Objects.requireNonNull(element, "element");
      this.values = Objects.requireNonNull(values, "values");
      this.children = List.copyOf(children);
    }

    /** A part rendered once for every value (a section, a quote). */
    public static <T> Part<T> each(Element<T> element, Function<Episode, List<T>> values) {
      return new Part<>(element, values, List.of());
    }

    /** A part rendered once, with one value (the takeaways as a list, the footer). */
    public static <T> Part<T> one(Element<T> element, Function<Episode, T> value) {
      return new Part<>(element, episode -> List.of(value.apply(episode)), List.of());
    }

    /** A part rendered once when the episode has a value (a title), else skipped. */
    public static <T> Part<T> optional(Element<T> element, Function<Episode, Optional<T>> value) {
      return new Part<>(element, episode -> value.apply(episode).map(List::of).orElse(List.of()), List.of());
    }

    /** This part with these parts inside it, in order. */
    public Part<T> withChildren(Part<?>... children) {
      return withChildren(List.of(children));
    }

    /** This part with these parts inside it, in order. */
    public Part<T> withChildren(List<Part<?>> children) {
      return new Part<>(element, values, children);
    }

    public Element<T> element() {
      return element;
    }

    /** The values of this part in the episode, in order. */
    public List<T> values(Episode episode) {
      return values.apply(episode);
    }

    /** The parts inside this one. */
    public List<Part<?>> children() {
      return children;
    }

    @Override
    public String toString() {
      return element.name() + (children.isEmpty() ? "" : children.toString());
    }
  }
}
