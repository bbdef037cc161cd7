/**
 * Writing episodes, feeds and transcripts: {@link dev.nuggets.render.Renderers} finds the output formats and writes
 * in one of them to a {@link java.lang.Appendable}, {@link java.io.OutputStream} (UTF-8), {@link java.nio.file.Path}
 * (atomically) or a {@link dev.nuggets.render.RenderedText} that keeps what the renderer reported; a feed can be
 * written one episode at a time ({@link dev.nuggets.render.FeedWriter}).
 *
 * <p>A format is one {@link dev.nuggets.render.FormatRenderer}, found through {@link java.util.ServiceLoader} or
 * registered explicitly, with the same identity ({@link dev.nuggets.core.format.Format}) as its parser
 * ({@code text}, {@code json}, ...). A document format of one's own is built from the walk and an escaper with
 * {@link dev.nuggets.render.DocumentRenderer}.
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
