package dev.nuggets.cli;

import dev.nuggets.core.format.Format;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Looking formats up the way the command line names them. */
final class Formats {
  private Formats() {}

  /**
   * The format an output file's extension names: the one named like the extension ({@code .json} is json, not
   * chapters), else the one whose usual extension it is ({@code .jsonld}), else the first that accepts it.
   */
  static <T> Optional<T> byExtension(List<T> formats, Function<T, Format> format, String extension) {
    List<T> accepting =
        formats.stream().filter(f -> format.apply(f).fileExtensions().contains(extension)).toList();
    return accepting.stream().filter(f -> format.apply(f).isNamed(extension)).findFirst()
        .or(() -> accepting.stream().filter(f -> format.apply(f).defaultExtension().equals(extension)).findFirst())
        .or(() -> accepting.stream().findFirst());
  }

  static String names(Stream<Format> formats) {
    return formats.map(Format::name).collect(Collectors.joining(", "));
  }
}
