package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * Writes a feed of {@code N} episodes, made one at a time, as {@code json} to a writer that counts and discards what
 * it is given, then prints {@code bytes=B crc=C} (of the UTF-8 bytes). Started by {@link FeedStreamingTest} in a JVM
 * with a small heap: it can finish only if writing a feed does not keep the episodes or the output.
 */
public final class FeedStreaming {
  private FeedStreaming() {}

  /** The show of the feed. */
  public static Podcast podcast() {
    return Podcast.builder().title("Deep Water Weekly").language("en").link("https://deepwater.example").build();
  }

  /** Episode {@code i}: made from its number alone, so the reader of the feed can make it again to compare. */
  public static Episode episode(int i) {
    String words = ("Corals live in partnership with algae; heat breaks it — café, naïve, 😀, <&> \"" + i + "\" ")
        .repeat(1 + i % 4);
    return Episode.builder()
        .title("Episode " + i + ": reefs after the heatwave")
        .podcastTitle("Deep Water Weekly")
        .publishedOn(PublicationDate.of(LocalDate.of(2000, 1, 1).plusDays(i % 10_000)))
        .duration(Duration.ofSeconds(600 + i % 3600))
        .link("https://deepwater.example/episodes/" + i)
        .addTakeaways(Takeaway.builder().label("Heat").text("Bleaching is a stress response " + i + ".").build())
        .addSections(
            Section.builder().heading("Part " + i).addParagraphs(words.strip()).start(Duration.ofSeconds(i % 60))
                .build())
        .build();
  }

  /** Counts bytes and forgets them. */
  static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      count += len;
    }
  }

  public static void main(String[] args) throws IOException {
    int episodes = Integer.parseInt(args[0]);
    Counting counting = new Counting();
    CRC32 crc = new CRC32();
    Writer out = new OutputStreamWriter(new CheckedOutputStream(counting, crc), StandardCharsets.UTF_8);
    try (FeedWriter feed = Renderers.discover().openFeed(podcast(), "json", out)) {
      for (int i = 0; i < episodes; i++) {
        feed.write(episode(i));
      }
      RenderResult result = feed.finish();
      if (result.hasProblems()) {
        throw new IllegalStateException("unexpected diagnostics: " + result.diagnostics());
      }
    }
    out.flush();
    System.out.println("bytes=" + counting.count + " crc=" + Long.toHexString(crc.getValue()));
  }
}
