package dev.nuggets.render.internal;

import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;

/**
 * An element renderer a user registered on a built-in format's builder, kept with its element until the format's
 * {@link DocumentRenderer} is built, where it goes before the built-in ones.
 */
public record UserElement<T>(Element<T> element, ElementRenderer<T> renderer) {
  /** Adds it to the document renderer being built. */
  public void addTo(DocumentRenderer.Builder builder) {
    builder.elementRenderer(element, renderer);
  }
}
