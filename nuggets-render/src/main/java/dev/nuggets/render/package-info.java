/**
 * Writing episodes: {@link dev.nuggets.render.Renderers} finds the output formats and writes an episode in one of
 * them to a {@link java.lang.Appendable}, {@link java.io.OutputStream} (UTF-8), {@link java.nio.file.Path} or
 * {@link java.lang.String}.
 *
 * <p>A format is one {@link dev.nuggets.render.EpisodeRenderer}, found through {@link java.util.ServiceLoader} or
 * registered explicitly; the same name as its parser ({@code text}, {@code json}, ...).
 *
 * <p>The document formats ({@code text}, {@code markdown}, {@code html}) are extended without copying them: an
 * {@link dev.nuggets.render.ElementRenderer} registered on a format's builder renders one kind of
 * {@link dev.nuggets.render.Element} (the takeaways, a section, the footer, ...) through an
 * {@link dev.nuggets.render.ElementContext} that escapes text for the format and can delegate to the built-in
 * rendering. Register the configured renderer with {@link dev.nuggets.render.Renderers.Builder#register} to use it
 * in place of the discovered one.
 */
@NullMarked
package dev.nuggets.render;

import org.jspecify.annotations.NullMarked;
