package dev.nuggets.parser.markdown;

import dev.nuggets.core.text.Timecodes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.PeopleLines;
import java.time.DateTimeException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The YAML front matter of a Markdown document: lines 2 to {@code end - 1} between a first line {@code ---} and a
 * closing {@code ---} or {@code ...}. Read with Jackson's YAML module token by token, so every problem is reported
 * at its line:column in the document. The keys are documented on {@link MarkdownParser}.
 */
final class FrontMatter {
  private static final YAMLMapper YAML = YAMLMapper.builder().build();

  private enum Key {
    TITLE,
    PODCAST,
    PEOPLE,
    HOSTS,
    GUESTS,
    PUBLISHED,
    DURATION,
    LINK
  }

  private static final Map<String, Key> KEYS =
      Map.ofEntries(
          Map.entry("title", Key.TITLE),
          Map.entry("podcast", Key.PODCAST),
          Map.entry("podcasttitle", Key.PODCAST),
          Map.entry("podcast_title", Key.PODCAST),
          Map.entry("show", Key.PODCAST),
          Map.entry("series", Key.PODCAST),
          Map.entry("people", Key.PEOPLE),
          Map.entry("cast", Key.PEOPLE),
          Map.entry("host", Key.HOSTS),
          Map.entry("hosts", Key.HOSTS),
          Map.entry("guest", Key.GUESTS),
          Map.entry("guests", Key.GUESTS),
          Map.entry("published", Key.PUBLISHED),
          Map.entry("publishedon", Key.PUBLISHED),
          Map.entry("published_on", Key.PUBLISHED),
          Map.entry("datepublished", Key.PUBLISHED),
          Map.entry("date", Key.PUBLISHED),
          Map.entry("pubdate", Key.PUBLISHED),
          Map.entry("duration", Key.DURATION),
          Map.entry("link", Key.LINK),
          Map.entry("url", Key.LINK));

  /** The front matter's title and where its key stands, to compare with the {@code #} title. */
  record Title(String text, SourcePosition position) {}

  private final SourceText source;
  private final int endLine;

  private FrontMatter(SourceText source, int endLine) {
    this.source = source;
    this.endLine = endLine;
  }

  /** The front matter at the start of {@code source}, if it has one; an unclosed one is reported. */
  static Optional<FrontMatter> find(SourceText source, ParseContext context) {
    if (!isFence(source.line(1), false)) {
      return Optional.empty();
    }
    int lines = source.lineCount();
    for (int n = 2; n <= lines; n++) {
      if (source.lineLength(n) <= 8 && isFence(source.line(n), true)) {
        return Optional.of(new FrontMatter(source, n));
      }
    }
    if (lines >= 2 && looksLikeKey(source.line(2))) {
      context.warning(
          MarkdownCodes.FRONT_MATTER_UNCLOSED,
          "the document starts like YAML front matter but has no closing \"---\" line; read as Markdown",
          SourcePosition.START);
    }
    return Optional.empty();
  }

  private static boolean isFence(String line, boolean closing) {
    String s = line.stripTrailing();
    return s.equals("---") || (closing && s.equals("..."));
  }

  private static boolean looksLikeKey(String line) {
    int colon = line.indexOf(':');
    return colon > 0 && !line.startsWith(" ") && line.substring(0, colon).indexOf(' ') < 0;
  }

  /** The line of the closing fence; lines 1 to this one belong to the front matter. */
  int endLine() {
    return endLine;
  }

  /** Reads the front matter into {@code episode}; returns its title, if any, for comparison with the heading. */
  Optional<Title> read(Episode.Builder episode, ParseContext context) {
    if (endLine == 2) {
      return Optional.empty();
    }
    String yaml = source.text().substring(source.lineStart(2), source.lineEnd(endLine - 1));
    Optional<Title> title = Optional.empty();
    try (JsonParser parser = YAML.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return title;
      }
      if (first != JsonToken.START_OBJECT) {
        context.warning(
            MarkdownCodes.FRONT_MATTER_INVALID,
            "the front matter is not a mapping of keys to values; it was not read",
            position(parser.currentTokenLocation()));
        return title;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String name = parser.currentName();
        SourcePosition at = position(parser.currentTokenLocation());
        parser.nextToken();
        JsonNode value = parser.readValueAsTree();
        Key key = KEYS.get(name.toLowerCase(Locale.ROOT));
        if (key == null) {
          context.info(
              MarkdownCodes.FRONT_MATTER_UNKNOWN_KEY,
              "the front-matter key \"" + name + "\" has no place in an episode and was not kept",
              at);
        } else if (key == Key.TITLE) {
          title = scalar(value).filter(s -> !Spaces.isBlank(s)).map(s -> new Title(Spaces.collapse(s), at));
          if (title.isEmpty()) {
            invalid(context, name, "a text", at);
          }
        } else {
          apply(key, name, value, episode, context, at);
        }
      }
    } catch (JacksonException e) {
      context.warning(
          MarkdownCodes.FRONT_MATTER_INVALID,
          "the front matter is not valid YAML (" + firstLine(e.getOriginalMessage()) + "); the rest of it was not"
              + " read",
          e.getLocation() != null ? position(e.getLocation()) : SourcePosition.of(2, 1));
    }
    return title;
  }

  private static void apply(
      Key key, String name, JsonNode value, Episode.Builder episode, ParseContext context, SourcePosition at) {
    switch (key) {
      case PODCAST -> scalar(value)
          .filter(s -> !Spaces.isBlank(s))
          .ifPresentOrElse(episode::podcastTitle, () -> invalid(context, name, "a text", at));
      case LINK -> scalar(value)
          .filter(s -> !Spaces.isBlank(s))
          .ifPresentOrElse(s -> episode.link(s.strip()), () -> invalid(context, name, "a link", at));
      case DURATION -> scalar(value)
          .flatMap(Timecodes::duration)
          .ifPresentOrElse(
              episode::duration, () -> invalid(context, name, "an ISO-8601 duration such as PT52M17S", at));
      case PUBLISHED -> published(value)
          .ifPresentOrElse(
              episode::publishedOn, () -> invalid(context, name, "an ISO-8601 date such as 2026-03-14", at));
      case PEOPLE -> people(value, Role.HOST, name, episode, context, at);
      case HOSTS -> people(value, Role.HOST, name, episode, context, at);
      case GUESTS -> people(value, Role.GUEST, name, episode, context, at);
      case TITLE -> throw new IllegalStateException("title is read by the caller");
    }
  }

  private static Optional<PublicationDate> published(JsonNode value) {
    Optional<String> text = scalar(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PublicationDate.parse(text.get()));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static void people(
      JsonNode value, Role role, String name, Episode.Builder episode, ParseContext context, SourcePosition at) {
    if (value.isArray()) {
      for (JsonNode element : value.values()) {
        person(element, role, name, episode, context, at);
      }
    } else {
      person(value, role, name, episode, context, at);
    }
  }

  private static void person(
      JsonNode value, Role fallback, String key, Episode.Builder episode, ParseContext context, SourcePosition at) {
    Optional<Person> person = Optional.empty();
    if (value.isObject()) {
      Optional<String> name = scalar(value.path("name")).filter(s -> !Spaces.isBlank(s));
      if (name.isPresent()) {
        Person.Builder builder = Person.builder().name(name.get()).role(fallback);
        scalar(value.path("role")).filter(s -> !Spaces.isBlank(s)).ifPresent(r -> builder.role(Role.of(r)));
        scalar(value.path("description"))
            .filter(s -> !Spaces.isBlank(s))
            .ifPresent(builder::description);
        person = Optional.of(builder.build());
      }
    } else {
      person = scalar(value).flatMap(s -> PeopleLines.person(s, fallback));
    }
    person.ifPresentOrElse(
        episode::addPeople,
        () -> invalid(context, key, "a name, or a mapping with name, role and description", at));
  }

  private static Optional<String> scalar(JsonNode value) {
    return value.isValueNode() && !value.isNull() ? Optional.of(value.asString()) : Optional.empty();
  }

  private static void invalid(ParseContext context, String key, String expected, SourcePosition at) {
    context.warning(
        MarkdownCodes.FRONT_MATTER_VALUE,
        "the front-matter key \"" + key + "\" should hold " + expected + "; its value was not kept",
        at);
  }

  private SourcePosition position(TokenStreamLocation location) {
    int line = Math.min(Math.max(1, location.getLineNr()) + 1, endLine - 1);
    return source.position(line, Math.max(0, location.getColumnNr() - 1));
  }

  private static String firstLine(String message) {
    String m = message == null ? "" : message.strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
