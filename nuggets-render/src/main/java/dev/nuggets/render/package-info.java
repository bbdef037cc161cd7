/**
 * Writing episodes: {@link dev.nuggets.render.Renderers} finds the output formats and writes an episode in one of
 * them to a {@link java.lang.Appendable}, {@link java.io.OutputStream} (UTF-8), {@link java.nio.file.Path} or
 * {@link java.lang.String}.
 *
 * <p>A format is one {@link dev.nuggets.render.EpisodeRenderer}, found through {@link java.util.ServiceLoader} or
 * registered explicitly; the same name as its parser ({@code text}, {@code json}, ...).
 */
@NullMarked
package dev.nuggets.render;

import org.jspecify.annotations.NullMarked;
