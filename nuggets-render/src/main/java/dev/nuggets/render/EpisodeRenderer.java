package dev.nuggets.render;

import dev.nuggets.core.Episode;
import java.io.IOException;

/**
 * One output format: the interface a format implements to be written by {@link Renderers}.
 *
 * <p>Implementations are immutable and thread-safe: configure them with their builders, then share one instance.
 * Formats are found through {@link java.util.ServiceLoader} ({@code provides dev.nuggets.render.EpisodeRenderer
 * with ...} in {@code module-info.java}, or a {@code META-INF/services/dev.nuggets.render.EpisodeRenderer} file on
 * the class path) and can be registered explicitly with {@link Renderers.Builder#register(EpisodeRenderer)}. A
 * service-loaded format needs a public no-argument constructor.
 */
public interface EpisodeRenderer {

  /** The format's name: short, lower case, the same as its parser's ({@code text}, {@code json}, ...). */
  String format();

  /** The usual file name extension, lower case and without the dot ({@code json}). */
  String fileExtension();

  /** The media type of the output ({@code application/json}). */
  String mediaType();

  /**
   * Writes {@code episode} to {@code out}, reporting to {@code context} anything it could not write as asked.
   *
   * @throws NuggetsRenderException if the format cannot represent the episode at all (nothing usable is written)
   * @throws IOException if {@code out} fails
   */
  void render(Episode episode, Appendable out, RenderContext context) throws IOException;
}
