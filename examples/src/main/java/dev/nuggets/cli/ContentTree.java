package dev.nuggets.cli;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Quote;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import dev.nuggets.core.diag.Diagnostic;
import dev.nuggets.parser.Detection;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Content as an indented tree for people: every field that is set, one per line, lists with their counts, long
 * paragraphs cut to one line. Every text from the input is printed with its control characters escaped.
 */
final class ContentTree implements Reading.Visitor {
  /** Paragraphs longer than this are cut, with an ellipsis: the tree shows structure, not the whole text. */
  private static final int PARAGRAPH_WIDTH = 100;

  private final PrintStream out;
  private final String inputName;

  ContentTree(PrintStream out, String inputName) {
    this.out = out;
    this.inputName = inputName;
  }

  @Override
  public void detected(Detection detection) {
    line(0, "input: " + inputName + " (" + detection.format().name() + ", " + detection.kind().label() + "; "
        + detection.reason(inputName) + ")");
  }

  @Override
  public void episode(Episode episode) {
    line(0, "episode");
    episodeFields(1, episode);
  }

  @Override
  public void podcast(Podcast podcast) {
    line(0, "podcast");
    field(1, "title", podcast.title());
    field(1, "description", podcast.description().map(ContentTree::cut));
    field(1, "link", podcast.link());
    field(1, "feed", podcast.feedUrl());
    field(1, "image", podcast.imageUrl());
    field(1, "language", podcast.language());
    field(1, "author", podcast.author());
    people(1, "hosts", podcast.hosts());
  }

  @Override
  public void feedEpisode(int number, Episode episode) {
    line(1, "episode " + number);
    episodeFields(2, episode);
  }

  @Override
  public void transcript(Transcript transcript) {
    line(0, "transcript");
    transcriptFields(1, transcript);
  }

  /** The diagnostics of the read, or a line that says there are none. */
  void diagnostics(List<Diagnostic> diagnostics) {
    line(0, "diagnostics: " + (diagnostics.isEmpty() ? "none" : diagnostics.size()));
    for (Diagnostic diagnostic : diagnostics) {
      line(1, diagnostic.toString());
    }
  }

  private void episodeFields(int depth, Episode episode) {
    field(depth, "title", episode.title());
    field(depth, "podcast", episode.podcastTitle());
    field(depth, "description", episode.description().map(ContentTree::cut));
    field(depth, "published", episode.publishedOn().map(Object::toString));
    field(depth, "duration", episode.duration().map(ContentTree::time));
    field(depth, "link", episode.link());
    people(depth, "people", episode.people());
    if (!episode.takeaways().isEmpty()) {
      line(depth, "takeaways: " + episode.takeaways().size());
      for (Takeaway takeaway : episode.takeaways()) {
        line(depth + 1, "- " + at(takeaway.start()) + takeaway.label().map(l -> l + ": ").orElse("")
            + cut(takeaway.text()));
      }
    }
    if (!episode.sections().isEmpty()) {
      line(depth, "sections: " + episode.sections().size());
      for (Section section : episode.sections()) {
        String span = section.start().map(s -> "[" + time(s) + section.end().map(e -> "-" + time(e)).orElse("")
            + "] ").orElse("");
        line(depth + 1, "- " + span + section.heading() + "  (" + count(section.paragraphs().size(), "paragraph")
            + ")");
        section.paragraphs().forEach(p -> line(depth + 2, cut(p)));
      }
    }
    if (!episode.quotes().isEmpty()) {
      line(depth, "quotes: " + episode.quotes().size());
      for (Quote quote : episode.quotes()) {
        line(depth + 1, "- " + at(quote.start()) + quote.speaker().map(s -> s + ": ").orElse("") + cut(quote.text()));
      }
    }
    episode.transcript().ifPresent(t -> {
      line(depth, "transcript");
      transcriptFields(depth + 1, t);
    });
    links(depth, "transcript links", episode.transcriptLinks());
    episode.chaptersLink().ifPresent(link -> links(depth, "chapters link", List.of(link)));
  }

  private void transcriptFields(int depth, Transcript transcript) {
    field(depth, "language", transcript.language());
    line(depth, "cues: " + transcript.cues().size());
    for (Cue cue : transcript.cues()) {
      line(depth + 1, "- [" + time(cue.start()) + cue.end().map(e -> "-" + time(e)).orElse("") + "] "
          + cue.speaker().map(s -> s + ": ").orElse("") + cut(cue.text()));
    }
  }

  private void people(int depth, String label, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    line(depth, label + ": " + people.size());
    for (Person person : people) {
      line(depth + 1, "- " + person.name() + " (" + person.role().displayName() + ")"
          + person.description().map(d -> ": " + cut(d)).orElse(""));
    }
  }

  private void links(int depth, String label, List<ContentLink> links) {
    if (!links.isEmpty()) {
      line(depth, label + ": " + links.size());
      links.forEach(link ->
          line(depth + 1, "- " + link.url() + link.mediaType().map(m -> " (" + m + ")").orElse("")));
    }
  }

  private void field(int depth, String label, Optional<String> value) {
    value.ifPresent(v -> line(depth, label + ": " + v));
  }

  private void line(int depth, String text) {
    out.println("  ".repeat(depth) + Printable.of(text));
  }

  private static String at(Optional<Duration> start) {
    return start.map(s -> "[" + time(s) + "] ").orElse("");
  }

  private static String time(Duration time) {
    long seconds = time.getSeconds();
    return String.format(java.util.Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /** One line of at most {@link #PARAGRAPH_WIDTH} code points: line breaks as spaces, the rest cut at a space. */
  private static String cut(String text) {
    String line = text.replace('\n', ' ').replace('\r', ' ');
    if (line.codePointCount(0, line.length()) <= PARAGRAPH_WIDTH) {
      return line;
    }
    int end = line.offsetByCodePoints(0, PARAGRAPH_WIDTH);
    int space = line.lastIndexOf(' ', end);
    return line.substring(0, space > PARAGRAPH_WIDTH / 2 ? space : end) + "…";
  }
}
