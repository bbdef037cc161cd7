package dev.nuggets.parser;

import dev.nuggets.core.Episode;
import java.util.Set;

/**
 * One input format: the interface a format implements to be read by {@link Parsers}.
 *
 * <p>Implementations are immutable and thread-safe: one instance serves every parse, concurrently. They never throw
 * for bad input; they keep what they can read and {@linkplain ParseContext#report report} the rest. Decoding,
 * size limits, strict mode and detection are done by {@link Parsers}, not by the format.
 *
 * <p>Formats are found through {@link java.util.ServiceLoader} ({@code provides dev.nuggets.parser.EpisodeParser
 * with ...} in {@code module-info.java}, or a {@code META-INF/services/dev.nuggets.parser.EpisodeParser} file on
 * the class path) and can be registered explicitly with {@link Parsers.Builder#register(EpisodeParser)}. A
 * service-loaded format needs a public no-argument constructor.
 */
public interface EpisodeParser {

  /** The format's name: short, lower case, the same as its renderer's ({@code text}, {@code markdown}, ...). */
  String format();

  /** File name extensions this format uses, lower case and without the dot ({@code txt}, {@code md}). */
  default Set<String> fileExtensions() {
    return Set.of();
  }

  /**
   * How sure this format is that {@code source} is written in it, from 0 (not at all) to 100 (certain). Called
   * during detection with the whole input; implementations look at its start and must run in time linear in what
   * they look at.
   */
  int confidence(SourceText source);

  /** Reads an episode from {@code source}, reporting anything it cannot read to {@code context}. */
  Episode parse(SourceText source, ParseContext context);
}
