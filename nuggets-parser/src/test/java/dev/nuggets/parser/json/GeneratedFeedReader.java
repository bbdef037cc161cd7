package dev.nuggets.parser.json;

import java.io.Reader;

/**
 * A canonical JSON feed of any number of episodes, written as it is read and never held in memory: the podcast,
 * then {@code episodes} episodes generated one at a time, each with people, a takeaway and a section. What a test
 * reads through it shows that reading a feed does not keep what it has read.
 */
final class GeneratedFeedReader extends Reader {
  static final String SHOW = "Endless Show";

  private final int episodes;
  private int next;
  private final StringBuilder chunk = new StringBuilder();
  private int position;
  private boolean ended;

  GeneratedFeedReader(int episodes) {
    this.episodes = episodes;
    chunk.append("{\"podcast\": {\"title\": \"").append(SHOW).append("\", \"hosts\": [{\"name\": \"Sam Okafor\",")
        .append(" \"role\": \"host\"}]},\n\"episodes\": [\n");
  }

  /** The episode with this number, as the reader writes it. */
  static String episode(int n) {
    return "{\"title\": \"Episode " + n + "\", \"podcastTitle\": \"" + SHOW + "\", \"people\": [{\"name\": \"Guest "
        + n + "\", \"role\": \"guest\"}], \"duration\": \"PT" + (n % 90 + 1) + "M\", \"takeaways\": [{\"text\":"
        + " \"Takeaway of episode " + n + ".\"}], \"sections\": [{\"heading\": \"Part " + n + "\", \"paragraphs\":"
        + " [\"The guest explains why it matters, at length, in episode " + n + ".\"], \"start\": \"PT0S\"}]}";
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == chunk.length()) {
      if (!refill()) {
        return -1;
      }
    }
    int n = Math.min(length, chunk.length() - position);
    chunk.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  private boolean refill() {
    chunk.setLength(0);
    position = 0;
    if (next < episodes) {
      chunk.append(next > 0 ? ",\n" : "").append(episode(next));
      next++;
      return true;
    }
    if (!ended) {
      ended = true;
      chunk.append("\n]}\n");
      return true;
    }
    return false;
  }

  @Override
  public void close() {}
}
