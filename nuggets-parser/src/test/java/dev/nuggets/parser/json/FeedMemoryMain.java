package dev.nuggets.parser.json;

import dev.nuggets.core.Episode;
import dev.nuggets.parser.FeedStream;
import dev.nuggets.parser.Input;
import dev.nuggets.parser.ParseLimits;
import dev.nuggets.parser.Parsers;

/**
 * Reads a generated json feed of {@code args[0]} episodes ({@link GeneratedFeedReader}) and prints how many it read,
 * for {@code JsonFeedTest}, which runs it in a JVM with a small heap. Exits 0 when every episode was read as
 * written and without a diagnostic, 1 otherwise.
 */
public final class FeedMemoryMain {
  private FeedMemoryMain() {}

  public static void main(String[] args) {
    int episodes = Integer.parseInt(args[0]);
    Parsers parsers =
        Parsers.builder()
            .limits(ParseLimits.builder().maxEpisodes(Integer.MAX_VALUE).maxInputSize(Long.MAX_VALUE).build())
            .build();
    int read = 0;
    int wrong = 0;
    try (FeedStream feed = parsers.readFeed(Input.of(new GeneratedFeedReader(episodes)).named("endless.json"))) {
      while (feed.hasNext()) {
        Episode episode = feed.next();
        if (!episode.title().orElse("").equals("Episode " + read)) {
          wrong++;
        }
        read++;
      }
      System.out.println("format: " + feed.format().orElse("none"));
      System.out.println("podcast: " + feed.podcast().title().orElse("none"));
      System.out.println("episodes: " + read);
      System.out.println("wrong: " + wrong);
      System.out.println("diagnostics: " + feed.diagnostics());
      System.out.println("max heap: " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB");
      System.exit(read == episodes && wrong == 0 && feed.diagnostics().isEmpty() ? 0 : 1);
    }
  }
}
