package dev.nuggets.render.internal;

import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The element renderers of one configured document renderer: for each element, the users' in the order they were
 * registered, then the format's built-in one last, so a user's element renderer wins and delegates down the chain.
 * Immutable once built.
 */
public final class ElementRenderers {
  private final Map<Element<?>, List<ElementRenderer<?>>> chains;

  private ElementRenderers(Map<Element<?>, List<ElementRenderer<?>>> chains) {
    this.chains = chains;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The chain for an element: the first entry renders it, each may delegate to the next. */
  @SuppressWarnings("unchecked") // add() only puts an ElementRenderer<T> under an Element<T>
  public <T> List<ElementRenderer<T>> chain(Element<T> element) {
    List<ElementRenderer<?>> chain = chains.get(element);
    return chain == null ? List.of() : (List<ElementRenderer<T>>) (List<?>) chain;
  }

  /** Collects element renderers in order of precedence. */
  public static final class Builder {
    private final Map<Element<?>, List<ElementRenderer<?>>> chains = new LinkedHashMap<>();

    private Builder() {}

    /** Adds an element renderer after those already added for the same element. */
    public <T> Builder add(Element<T> element, ElementRenderer<T> renderer) {
      Objects.requireNonNull(element, "element");
      Objects.requireNonNull(renderer, "renderer");
      chains.computeIfAbsent(element, e -> new ArrayList<>()).add(renderer);
      return this;
    }

    /** A builder with the same element renderers, to add the built-in ones to without changing this one. */
    public Builder copy() {
      Builder copy = new Builder();
      chains.forEach((element, chain) -> copy.chains.put(element, new ArrayList<>(chain)));
      return copy;
    }

    public ElementRenderers build() {
      Map<Element<?>, List<ElementRenderer<?>>> copy = new LinkedHashMap<>();
      chains.forEach((element, chain) -> copy.put(element, List.copyOf(chain)));
      return new ElementRenderers(copy);
    }
  }
}
