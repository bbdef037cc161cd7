package dev.nuggets.bench;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.render.Renderers;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The content of one benchmark: the model values and the same values written by Nuggets' renderers in one format,
 * as the UTF-8 bytes a parser reads. Built once per trial from {@link #SEED}, so Nuggets and its baseline (and
 * {@link Summary}, which needs the byte counts) always see the same bytes.
 *
 * @param <T> the model value: an episode or a feed
 */
public final class Documents<T> {
  /** The seed of every run's content. */
  public static final long SEED = 20_261_203L;

  /** The system property naming the folder where a run keeps the documents it wrote once. */
  public static final String CACHE_PROPERTY = "nuggets.bench.documents";

  private final List<T> values;
  private final List<byte[]> bytes;
  private final long totalBytes;

  private Documents(List<T> values, List<byte[]> bytes) {
    this.values = List.copyOf(values);
    this.bytes = List.copyOf(bytes);
    long total = 0;
    for (byte[] document : bytes) {
      total += document.length;
    }
    this.totalBytes = total;
  }

  /** The episodes of {@code size}. */
  public static List<Episode> episodes(Size size) {
    return switch (size) {
      case PAGE -> List.of(BenchContent.page(SEED));
      case LARGE -> List.of(BenchContent.large(SEED));
      case BATCH -> BenchContent.batch(SEED, Size.BATCH_COUNT);
    };
  }

  /** The feeds of {@code size}: one show of many small episodes, or for a batch many shows of one episode. */
  public static List<Feed> feeds(Size size) {
    if (size == Size.BATCH) {
      List<Feed> feeds = new ArrayList<>(Size.BATCH_COUNT);
      for (Episode episode : BenchContent.batch(SEED, Size.BATCH_COUNT)) {
        feeds.add(BenchContent.feed(List.of(episode)));
      }
      return feeds;
    }
    return List.of(BenchContent.feed(BenchContent.batch(SEED, size.feedEpisodes())));
  }

  /** The episodes of {@code size} written by Nuggets' renderer of {@code format}. */
  public static Documents<Episode> episodes(Renderers renderers, String format, Size size) {
    return cached(
        "episode-" + format + "-" + size, episodes(size),
        episode -> renderers.renderToString(episode, format).text());
  }

  /** The feeds of {@code size} written by Nuggets' renderer of {@code format}. */
  public static Documents<Feed> feeds(Renderers renderers, String format, Size size) {
    return cached("feed-" + format + "-" + size, feeds(size), feed -> renderers.renderToString(feed, format).text());
  }

  /**
   * Documents written once per run: the first fork that needs them writes them to the folder named by the system
   * property {@value #CACHE_PROPERTY} (which {@link BenchMain} sets to a fresh folder of each run), later forks
   * read them back instead of rendering 10,000 pages again. Without the property every fork renders.
   */
  static <T> Documents<T> cached(String name, List<T> values, Function<T, String> writer) {
    String folder = System.getProperty(CACHE_PROPERTY, "");
    if (folder.isEmpty()) {
      return written(values, writer);
    }
    Path file = Path.of(folder, name + ".bin");
    try {
      if (Files.exists(file)) {
        return new Documents<>(values, read(file));
      }
      Documents<T> documents = written(values, writer);
      Files.createDirectories(file.getParent());
      Path partial = Files.createTempFile(file.getParent(), name, ".part");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
        out.writeInt(documents.bytes.size());
        for (byte[] document : documents.bytes) {
          out.writeInt(document.length);
          out.write(document);
        }
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot cache benchmark documents in " + folder, e);
    }
  }

  private static List<byte[]> read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
      int count = in.readInt();
      List<byte[]> bytes = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        byte[] document = new byte[in.readInt()];
        in.readFully(document);
        bytes.add(document);
      }
      return bytes;
    }
  }

  /** Values and documents written by {@code writer}, for content Nuggets cannot write yet (an RSS feed). */
  public static <T> Documents<T> written(List<T> values, Function<T, String> writer) {
    List<byte[]> bytes = new ArrayList<>(values.size());
    for (T value : values) {
      bytes.add(writer.apply(value).getBytes(StandardCharsets.UTF_8));
    }
    return new Documents<>(values, bytes);
  }

  /** The model values, one per document. */
  public List<T> values() {
    return values;
  }

  /** The documents as UTF-8 bytes, in the order of {@link #values()}. */
  public List<byte[]> bytes() {
    return bytes;
  }

  /** The documents as text, decoded again (for baselines whose API takes a string). */
  public List<String> texts() {
    List<String> texts = new ArrayList<>(bytes.size());
    for (byte[] document : bytes) {
      texts.add(new String(document, StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** The bytes of all documents together: what one benchmark operation reads or writes. */
  public long totalBytes() {
    return totalBytes;
  }
}
