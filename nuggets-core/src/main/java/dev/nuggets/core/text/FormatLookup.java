package dev.nuggets.core.text;

import dev.nuggets.core.format.Format;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The registry rules that parsers and renderers share: explicit registrations win over discovered formats of the
 * same name, discovered formats come sorted by name, and a format is found by its name or an alias in any case.
 */
public final class FormatLookup {
  private FormatLookup() {}

  /** The formats in precedence order: the registered ones (the first of each name), then the discovered ones. */
  public static <T> List<T> merge(List<T> registered, List<T> discovered, Function<T, Format> format) {
    Map<String, T> byName = new LinkedHashMap<>();
    for (T t : registered) {
      byName.putIfAbsent(format.apply(t).name(), t);
    }
    List<T> sorted = new ArrayList<>(discovered);
    sorted.sort(Comparator.comparing(t -> format.apply(t).name()));
    for (T t : sorted) {
      byName.putIfAbsent(format.apply(t).name(), t);
    }
    return List.copyOf(byName.values());
  }

  /** The format named {@code nameOrAlias} (its name first, then an alias), in any case. */
  public static <T> Optional<T> find(List<T> formats, Function<T, Format> format, String nameOrAlias) {
    String key = nameOrAlias.strip();
    for (T t : formats) {
      if (format.apply(t).name().equalsIgnoreCase(key)) {
        return Optional.of(t);
      }
    }
    for (T t : formats) {
      if (format.apply(t).isNamed(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The names of the formats, for a message: {@code text, markdown, html}. */
  public static <T> String names(List<T> formats, Function<T, Format> format) {
    List<String> names = new ArrayList<>();
    for (T t : formats) {
      names.add(format.apply(t).name());
    }
    return String.join(", ", names);
  }
}
