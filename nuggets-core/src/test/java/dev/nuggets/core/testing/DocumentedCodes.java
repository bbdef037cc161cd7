package dev.nuggets.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds every diagnostic code a module defines, for the test that keeps {@code docs/diagnostics.md} complete: the
 * {@code public static final String} fields of every class named {@code *Codes} (such as {@code DiagnosticCodes},
 * {@code TextCodes}) among the module's compiled classes. Scanning the classes directory, rather than listing the
 * classes, picks up the codes of every format added later.
 */
public final class DocumentedCodes {
  private DocumentedCodes() {}

  /**
   * Every code defined in the classes directory (or jar) that {@code anchor} was loaded from, by code, with the
   * field that defines it ({@code TextCodes.TOC_EMPTY}).
   */
  public static Map<String, String> definedBeside(Class<?> anchor) {
    Path root;
    try {
      root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(anchor + " was not loaded from a classes directory: " + root);
    }
    Map<String, String> codes = new TreeMap<>();
    for (String className : codesClasses(root)) {
      Class<?> type;
      try {
        type = Class.forName(className, false, anchor.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      for (Field field : type.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
            && field.getType() == String.class) {
          try {
            codes.put((String) field.get(null), type.getSimpleName() + "." + field.getName());
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
        }
      }
    }
    return codes;
  }

  private static List<String> codesClasses(Path root) {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .map(root::relativize)
          .map(Path::toString)
          .filter(name -> name.endsWith("Codes.class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes that {@code doc} lists as a table row starting {@code | `code` |}. */
  public static List<String> listedIn(Path doc) throws IOException {
    List<String> listed = new ArrayList<>();
    for (String line : Files.readAllLines(doc)) {
      String row = line.strip();
      if (row.startsWith("| `")) {
        int end = row.indexOf('`', 3);
        if (end > 3) {
          listed.add(row.substring(3, end));
        }
      }
    }
    return listed;
  }
}
