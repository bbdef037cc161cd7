package dev.nuggets.cli;

import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.core.diag.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The files that the command line names: files as given, folders walked (every file below them whose extension a
 * format reads, hidden files and folders skipped) and globs ({@code pages/*.txt}, {@code 'pages/**.md'}) matched
 * below their fixed leading folders. Each file keeps its path relative to the folder or glob it came from, so that
 * {@code -o DIR} can mirror the input tree.
 */
final class InputFiles {
  /** One file to read, with the path it will have below an output folder. */
  record Source(Path path, Path relative) {
    String name() {
      return path.toString();
    }
  }

  /** The files found, what could not be found, and whether any argument named more than one file's worth. */
  record Found(List<Source> sources, List<String> problems, boolean tree) {}

  private InputFiles() {}

  /**
   * Expands the arguments; {@code readable} says which files below a folder or glob are inputs (by extension).
   * A file named directly is always an input, whatever its extension.
   */
  static Found expand(List<String> arguments, Predicate<Path> readable) {
    List<Source> sources = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    boolean tree = false;
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        tree = true;
        walk(path, file -> true, readable, sources, problems);
      } else if (!Files.exists(path) && isGlob(argument)) {
        tree = true;
        int fixed = fixedParts(path);
        Path base = fixed == 0 ? (path.isAbsolute() ? path.getRoot() : Path.of("")) : path.subpath(0, fixed);
        if (path.isAbsolute() && fixed > 0) {
          base = path.getRoot().resolve(base);
        }
        PathMatcher matcher =
            FileSystems.getDefault().getPathMatcher("glob:" + path.subpath(fixed, path.getNameCount()));
        int before = sources.size();
        if (Files.isDirectory(base)) {
          walk(base, matcher::matches, file -> true, sources, problems);
        }
        if (sources.size() == before) {
          problems.add(problem(argument, "no file matches this pattern"));
        }
      } else {
        Path name = path.getFileName();
        sources.add(new Source(path, name != null ? name : path));
      }
    }
    return new Found(sources, problems, tree);
  }

  private static void walk(
      Path base, Predicate<Path> matches, Predicate<Path> readable, List<Source> sources, List<String> problems) {
    try (Stream<Path> files = Files.walk(base)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> new Source(file, base.relativize(file)))
          .filter(source -> !hidden(source.relative()))
          .filter(source -> matches.test(source.relative()) && readable.test(source.path()))
          .sorted((a, b) -> a.relative().toString().compareTo(b.relative().toString()))
          .forEach(sources::add);
    } catch (IOException e) {
      problems.add(problem(base.toString(), "cannot read the folder: " + AtomicFiles.why(e)));
    } catch (UncheckedIOException e) {
      IOException cause = e.getCause();
      problems.add(problem(base.toString(), "cannot read the folder: "
          + (cause != null ? AtomicFiles.why(cause) : String.valueOf(e.getMessage()))));
    }
  }

  private static String problem(String name, String message) {
    return Diagnostic.of(Severity.ERROR, CliCodes.NO_INPUT, message).format(name);
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  /** How many leading folders of a glob hold no pattern: where to start walking. */
  private static int fixedParts(Path glob) {
    int fixed = 0;
    while (fixed < glob.getNameCount() - 1 && !isGlob(glob.getName(fixed).toString())) {
      fixed++;
    }
    return fixed;
  }
}
