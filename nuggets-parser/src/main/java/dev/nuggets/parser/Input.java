package dev.nuggets.parser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a parse reads from: a file, a text in memory, bytes, or a stream, with the name that diagnostics use and
 * whose extension helps detection. Text and paths cannot be confused: {@code Input.of(path)} reads the file,
 * {@code Input.ofText(markdown)} reads the characters.
 *
 * <pre>{@code
 * parsers.readEpisode(Input.ofText(markdown).named("episode.md"));   // ".md": detected as markdown
 * parsers.readFeed(Input.of(inputStream).named("feed.xml"));          // bytes: UTF-8, or as a byte order mark says
 * }</pre>
 *
 * <p>Bytes are decoded as UTF-8 unless a byte order mark says UTF-16 or UTF-32; invalid sequences become U+FFFD with
 * a warning. A stream or reader is read once and never closed; an input of a path, text or bytes can be read any
 * number of times. Immutable.
 */
public final class Input {
  private final String name;
  private final Source source;

  private Input(String name, Source source) {
    this.name = name;
    this.source = source;
  }

  /** The file at {@code path}, named by its path. */
  public static Input of(Path path) {
    Objects.requireNonNull(path, "path");
    return new Input(path.toString(), new PathSource(path));
  }

  /** Characters in memory, named {@code <string>}. */
  public static Input ofText(String text) {
    Objects.requireNonNull(text, "text");
    return new Input("<string>", new TextSource(text));
  }

  /** Bytes in memory, named {@code <bytes>}. The array is not copied: do not change it while it is read. */
  public static Input of(byte[] bytes) {
    Objects.requireNonNull(bytes, "bytes");
    return new Input("<bytes>", new BytesSource(bytes));
  }

  /** The bytes of a stream, named {@code <stream>}; read once, to its end, and not closed. */
  public static Input of(InputStream in) {
    Objects.requireNonNull(in, "in");
    return new Input("<stream>", new StreamSource(in));
  }

  /** The characters of a reader, named {@code <reader>}; read once, to its end, and not closed. */
  public static Input of(Reader in) {
    Objects.requireNonNull(in, "in");
    return new Input("<reader>", new ReaderSource(in));
  }

  /** This input under another name: the one diagnostics use, whose extension ({@code .md}) helps detection. */
  public Input named(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("Input name must not be blank");
    }
    return new Input(name, source);
  }

  /** The name diagnostics use: a path, {@code <string>}, or what {@link #named} gave. */
  public String name() {
    return name;
  }

  /** The file this input reads, when it reads one. */
  public Optional<Path> path() {
    return source instanceof PathSource p ? Optional.of(p.path) : Optional.empty();
  }

  /** Whether this input can be read more than once (a path, a text or bytes; not a stream or a reader). */
  public boolean isRepeatable() {
    return !(source instanceof StreamSource) && !(source instanceof ReaderSource);
  }

  Source source() {
    return source;
  }

  @Override
  public String toString() {
    return "Input[" + name + "]";
  }

  /** What an input reads from: bytes or characters, opened for one read. */
  sealed interface Source permits PathSource, TextSource, BytesSource, StreamSource, ReaderSource {}

  record PathSource(Path path) implements Source {
    InputStream open() throws IOException {
      return Files.newInputStream(path);
    }
  }

  record TextSource(String text) implements Source {
    Reader open() {
      return new StringReader(text);
    }
  }

  record BytesSource(byte[] bytes) implements Source {
    InputStream open() {
      return new ByteArrayInputStream(bytes);
    }
  }

  record StreamSource(InputStream in) implements Source {}

  record ReaderSource(Reader in) implements Source {}
}
