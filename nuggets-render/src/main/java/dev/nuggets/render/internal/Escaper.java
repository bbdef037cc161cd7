package dev.nuggets.render.internal;

import java.io.IOException;

/** Writes text so that a format reads it back as exactly that text, never as markup. */
@FunctionalInterface
public interface Escaper {
  void escape(CharSequence text, Appendable out) throws IOException;
}
