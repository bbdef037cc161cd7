package dev.nuggets.parser.json;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Canonical JSON feed documents written by the test, in the shape the {@code json} renderer writes them (its keys, in
 * its order, absent values left out, lists always written): {@code {"podcast": {...}, "episodes": [...]}}. One
 * episode a line, so that a test can name the line an episode stands on. Written here rather than by the renderer,
 * which lives in another module, so that the parser's tests say exactly what they read.
 */
final class FeedDocuments {
  private FeedDocuments() {}

  /** The feed document, the podcast first: line 1 the podcast, line 2 {@code "episodes": [}, then one a line. */
  static String feed(Podcast podcast, List<Episode> episodes) {
    return "{\"podcast\": " + podcast(podcast) + ",\n\"episodes\": [\n" + episodes(episodes) + "\n]}\n";
  }

  /** The feed document with its keys in another order: a version, the episodes, then the podcast. */
  static String feedPodcastLast(Podcast podcast, List<Episode> episodes) {
    return "{\"version\": \"1.0\",\n\"episodes\": [\n" + episodes(episodes) + "\n],\n\"podcast\": " + podcast(podcast)
        + "}\n";
  }

  static String episodes(List<Episode> episodes) {
    List<String> lines = new ArrayList<>();
    for (Episode episode : episodes) {
      lines.add(episode(episode));
    }
    return String.join(",\n", lines);
  }

  static String podcast(Podcast podcast) {
    Json json = new Json();
    json.string("title", podcast.title());
    json.string("description", podcast.description());
    json.string("link", podcast.link());
    json.string("feedUrl", podcast.feedUrl());
    json.string("imageUrl", podcast.imageUrl());
    json.string("language", podcast.language());
    json.string("author", podcast.author());
    json.list("hosts", podcast.hosts(), FeedDocuments::person);
    return json.end();
  }

  static String episode(Episode episode) {
    Json json = new Json();
    json.string("title", episode.title());
    json.string("podcastTitle", episode.podcastTitle());
    json.list("people", episode.people(), FeedDocuments::person);
    json.string("publishedOn", episode.publishedOn().map(Object::toString));
    json.string("duration", episode.duration().map(Duration::toString));
    json.string("link", episode.link());
    json.list("takeaways", episode.takeaways(), FeedDocuments::takeaway);
    json.list("sections", episode.sections(), FeedDocuments::section);
    if (!episode.transcriptLinks().isEmpty()) {
      json.list("transcriptLinks", episode.transcriptLinks(), FeedDocuments::link);
    }
    episode.chaptersLink().ifPresent(link -> json.raw("chaptersLink", link(link)));
    episode.transcript().ifPresent(transcript -> json.raw("transcript", transcript(transcript)));
    return json.end();
  }

  private static String person(Person person) {
    Json json = new Json();
    json.string("name", Optional.of(person.name()));
    json.string("role", Optional.of(person.role().name()));
    json.string("description", person.description());
    return json.end();
  }

  private static String takeaway(Takeaway takeaway) {
    Json json = new Json();
    json.string("text", Optional.of(takeaway.text()));
    json.string("label", takeaway.label());
    json.string("start", takeaway.start().map(Duration::toString));
    return json.end();
  }

  private static String section(Section section) {
    Json json = new Json();
    json.string("heading", Optional.of(section.heading()));
    json.list("paragraphs", section.paragraphs(), Json::quote);
    json.string("start", section.start().map(Duration::toString));
    json.string("end", section.end().map(Duration::toString));
    if (!section.listedInToc()) {
      json.raw("listedInToc", "false");
    }
    return json.end();
  }

  private static String link(ContentLink link) {
    Json json = new Json();
    json.string("url", Optional.of(link.url()));
    json.string("mediaType", link.mediaType());
    json.string("language", link.language());
    json.string("rel", link.rel());
    return json.end();
  }

  private static String transcript(Transcript transcript) {
    Json json = new Json();
    json.string("language", transcript.language());
    json.list("cues", transcript.cues(), FeedDocuments::cue);
    return json.end();
  }

  private static String cue(Cue cue) {
    Json json = new Json();
    json.string("start", Optional.of(cue.start().toString()));
    json.string("end", cue.end().map(Duration::toString));
    json.string("speaker", cue.speaker());
    json.string("text", Optional.of(cue.text()));
    return json.end();
  }

  /** One JSON object, member by member. */
  private static final class Json {
    private final StringBuilder out = new StringBuilder("{");

    void string(String name, Optional<String> value) {
      value.ifPresent(v -> raw(name, quote(v)));
    }

    <T> void list(String name, List<T> items, java.util.function.Function<T, String> item) {
      List<String> written = new ArrayList<>();
      for (T t : items) {
        written.add(item.apply(t));
      }
      raw(name, "[" + String.join(", ", written) + "]");
    }

    void raw(String name, String value) {
      if (out.length() > 1) {
        out.append(", ");
      }
      out.append(quote(name)).append(": ").append(value);
    }

    String end() {
      return out.append('}').toString();
    }

    static String quote(String value) {
      StringBuilder q = new StringBuilder("\"");
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == '"' || c == '\\') {
          q.append('\\').append(c);
        } else if (c < 0x20) {
          q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          q.append(c);
        }
      }
      return q.append('"').toString();
    }
  }
}
