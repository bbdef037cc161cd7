package dev.nuggets.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nuggets.core.Episode;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.Parsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing a feed streams: {@value #EPISODES} episodes, given one at a time to {@link Renderers#openFeed}, are
 * written by a JVM with a {@value #HEAP} heap, far less than the output (about a hundred megabytes); and what it
 * wrote, written again here to a file, reads back with the {@code json} parser as the same episodes.
 */
class FeedStreamingTest {
  static final int EPISODES = 100_000;
  static final String HEAP = "48m";

  @Test
  void aHundredThousandEpisodesInASmallHeapReadBackEqual(@TempDir Path dir) throws Exception {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx" + HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            FeedStreaming.class.getName(),
            Integer.toString(EPISODES));
    Path out = dir.resolve("child.out");
    Path err = dir.resolve("child.err");
    Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      fail("the child JVM did not finish in 5 minutes");
    }
    String printed = Files.readString(out).strip();
    String describe = "exit " + child.exitValue() + "\n" + printed + "\n" + Files.readString(err);
    assertEquals(0, child.exitValue(), describe);
    assertTrue(printed.startsWith("bytes="), describe);

    Path feed = dir.resolve("feed.json");
    Renderers renderers = Renderers.discover();
    try (FeedWriter writer = renderers.openFeed(FeedStreaming.podcast(), "json", feed)) {
      for (int i = 0; i < EPISODES; i++) {
        writer.write(FeedStreaming.episode(i));
      }
    }
    long size = Files.size(feed);
    assertTrue(size > 48L * 1024 * 1024, "the output is larger than the child's heap: " + size);
    assertEquals(printed, "bytes=" + size + " crc=" + Long.toHexString(crc(feed)), "the child wrote the same feed");

    Parsers parsers =
        Parsers.builder()
            .limits(ParseLimits.builder().maxEpisodes(EPISODES).maxInputSize(size + 1).build())
            .build();
    int read = 0;
    try (FeedStream stream = parsers.readFeed(feed)) {
      assertEquals("json", stream.format().orElseThrow());
      assertEquals(FeedStreaming.podcast(), stream.podcast());
      while (stream.hasNext()) {
        Episode episode = stream.next();
        if (!episode.equals(FeedStreaming.episode(read))) {
          assertEquals(FeedStreaming.episode(read), episode, "episode " + read);
        }
        read++;
      }
      assertFalse(stream.hasProblems(), () -> stream.diagnostics().toString());
    }
    assertEquals(EPISODES, read);
  }

  private static long crc(Path file) throws IOException {
    CRC32 crc = new CRC32();
    byte[] buffer = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    }
    return crc.getValue();
  }
}
