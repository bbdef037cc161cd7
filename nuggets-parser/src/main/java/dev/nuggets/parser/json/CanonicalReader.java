package dev.nuggets.parser.json;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonFields;
import dev.nuggets.parser.internal.JsonReadCodes;
import dev.nuggets.parser.internal.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Reads canonical JSON objects into the model: an episode document, or the show and each episode of a feed read
 * part by part ({@link CanonicalFeedReader}). One instance per parse.
 */
final class CanonicalReader {
  static final JsonReadCodes CODES =
      new JsonReadCodes(
          JsonCodes.SYNTAX,
          JsonCodes.TOLERATED_SYNTAX,
          JsonCodes.DUPLICATE_KEY,
          JsonCodes.WRONG_TYPE,
          JsonCodes.BLANK_TEXT,
          JsonCodes.MISSING_KEY,
          JsonCodes.BAD_DURATION,
          JsonCodes.BAD_DATE);

  /** The major version this reader knows. */
  static final int MAJOR_VERSION = 1;

  private static final Set<String> EPISODE_KEYS =
      Set.of(
          "version", "title", "podcastTitle", "description", "people", "publishedOn", "duration", "link", "takeaways", "sections",
          "transcriptLinks", "chaptersLink", "transcript");
  private static final Set<String> PODCAST_KEYS =
      Set.of("title", "description", "link", "feedUrl", "imageUrl", "language", "author", "hosts");
  private static final Set<String> LINK_KEYS = Set.of("url", "mediaType", "language", "rel");
  private static final Set<String> TRANSCRIPT_KEYS = Set.of("language", "cues");
  private static final Set<String> CUE_KEYS = Set.of("start", "end", "speaker", "text");
  private static final Set<String> PERSON_KEYS = Set.of("name", "role", "description");
  private static final Set<String> TAKEAWAY_KEYS = Set.of("text", "label", "start");
  private static final Set<String> SECTION_KEYS = Set.of("heading", "paragraphs", "start", "end", "listedInToc");

  private final ParseContext context;
  private final JsonFields fields;

  CanonicalReader(SourceText source, ParseContext context) {
    this(new JsonFields(source, context, CODES));
  }

  CanonicalReader(JsonFields fields) {
    this.context = fields.context();
    this.fields = fields;
  }

  JsonFields fields() {
    return fields;
  }

  /** Reads the whole source as one episode document. */
  Episode read() {
    Optional<JsonValue.Obj> root =
        fields.readDocument(JsonCodes.NOT_AN_OBJECT, "a Nuggets JSON document is an object");
    if (root.isEmpty() || !supportedVersion(root.get())) {
      return Episode.builder().build();
    }
    return episode(root.get(), "the episode");
  }

  /** An episode object: a document's root, or an item of a feed's {@code episodes}. */
  Episode episode(JsonValue.Obj document, String where) {
    Episode.Builder episode = Episode.builder();
    Set<String> known = where.equals("the episode") ? EPISODE_KEYS : withoutVersion();
    fields.unknownKeys(document, known, where, JsonCodes.UNKNOWN_KEY);
    document.member("title").flatMap(fields::text).ifPresent(episode::title);
    document.member("podcastTitle").flatMap(fields::text).ifPresent(episode::podcastTitle);
    document.member("description").flatMap(fields::text).ifPresent(episode::description);
    document.member("people").flatMap(fields::array).ifPresent(people -> people(people, episode));
    document.member("publishedOn").flatMap(fields::date).ifPresent(episode::publishedOn);
    document.member("duration").flatMap(fields::isoDuration).ifPresent(episode::duration);
    document.member("link").flatMap(fields::text).ifPresent(episode::link);
    document.member("takeaways").flatMap(fields::array).ifPresent(takeaways -> takeaways(takeaways, episode));
    document.member("sections").flatMap(fields::array).ifPresent(sections -> sections(sections, episode));
    document.member("transcriptLinks").flatMap(fields::array).ifPresent(links -> {
      for (JsonValue item : links.items()) {
        fields.object(item, "a transcript link").flatMap(this::link).ifPresent(episode::addTranscriptLinks);
      }
    });
    document.member("chaptersLink")
        .flatMap(member -> fields.object(member.value(), "'chaptersLink'"))
        .flatMap(this::link)
        .ifPresent(episode::chaptersLink);
    document.member("transcript")
        .flatMap(member -> fields.object(member.value(), "'transcript'"))
        .map(this::transcript)
        .ifPresent(episode::transcript);
    return episode.build();
  }

  private static Set<String> withoutVersion() {
    Set<String> keys = new java.util.HashSet<>(EPISODE_KEYS);
    keys.remove("version");
    return keys;
  }

  /** A feed's {@code podcast} object. */
  Podcast podcast(JsonValue.Obj object) {
    fields.unknownKeys(object, PODCAST_KEYS, "the podcast", JsonCodes.UNKNOWN_KEY);
    Podcast.Builder podcast = Podcast.builder();
    object.member("title").flatMap(fields::text).ifPresent(podcast::title);
    object.member("description").flatMap(fields::text).ifPresent(podcast::description);
    object.member("link").flatMap(fields::text).ifPresent(podcast::link);
    object.member("feedUrl").flatMap(fields::text).ifPresent(podcast::feedUrl);
    object.member("imageUrl").flatMap(fields::text).ifPresent(podcast::imageUrl);
    object.member("language").flatMap(fields::text).ifPresent(podcast::language);
    object.member("author").flatMap(fields::text).ifPresent(podcast::author);
    object.member("hosts").flatMap(fields::array).ifPresent(hosts -> {
      for (JsonValue item : hosts.items()) {
        fields.object(item, "a host").flatMap(this::person).ifPresent(podcast::addHosts);
      }
    });
    return podcast.build();
  }

  private Optional<ContentLink> link(JsonValue.Obj object) {
    fields.unknownKeys(object, LINK_KEYS, "a link", JsonCodes.UNKNOWN_KEY);
    Optional<String> url = fields.requiredText(object, "url", "a link");
    if (url.isEmpty()) {
      return Optional.empty();
    }
    ContentLink.Builder link = ContentLink.builder().url(url.get());
    object.member("mediaType").flatMap(fields::text).ifPresent(link::mediaType);
    object.member("language").flatMap(fields::text).ifPresent(link::language);
    object.member("rel").flatMap(fields::text).ifPresent(link::rel);
    return Optional.of(link.build());
  }

  private Transcript transcript(JsonValue.Obj object) {
    fields.unknownKeys(object, TRANSCRIPT_KEYS, "the transcript", JsonCodes.UNKNOWN_KEY);
    Transcript.Builder transcript = Transcript.builder();
    object.member("language").flatMap(fields::text).ifPresent(transcript::language);
    object.member("cues").flatMap(fields::array).ifPresent(cues -> fields.objects(
        cues, "cues", context.limits().maxCues(), DiagnosticCodes.LIMIT_CUES, "maxCues", this::cue,
        transcript::addCues));
    return transcript.build();
  }

  private Optional<Cue> cue(JsonValue.Obj object) {
    fields.unknownKeys(object, CUE_KEYS, "a cue", JsonCodes.UNKNOWN_KEY);
    Optional<String> text = fields.requiredText(object, "text", "a cue");
    Optional<JsonValue.Member> startMember = object.member("start");
    if (startMember.isEmpty()) {
      context.error(JsonCodes.MISSING_KEY, "a cue has no 'start'; it was skipped", fields.position(object));
      return Optional.empty();
    }
    Optional<Duration> start = fields.isoDuration(startMember.get());
    if (text.isEmpty() || start.isEmpty()) {
      return Optional.empty();
    }
    Cue.Builder cue = Cue.builder().start(start.get()).text(text.get());
    object.member("end").ifPresent(end -> fields.endNotBeforeStart(start, fields.isoDuration(end), end).ifPresent(cue::end));
    object.member("speaker").flatMap(fields::text).ifPresent(cue::speaker);
    return Optional.of(cue.build());
  }

  /** False, with an error, for a newer major version; a malformed version is read as version 1. */
  boolean supportedVersion(JsonValue.Obj document) {
    Optional<JsonValue.Member> member = document.member("version");
    if (member.isEmpty()) {
      return true;
    }
    JsonValue value = member.get().value();
    String version = value instanceof JsonValue.Str str ? str.value().strip() : value instanceof JsonValue.Num num
        ? num.text() : "";
    int major = major(version);
    if (major == MAJOR_VERSION && value instanceof JsonValue.Str) {
      return true;
    }
    if (major > MAJOR_VERSION) {
      context.error(
          JsonCodes.UNSUPPORTED_VERSION,
          "version " + JsonFields.shorten(version) + " is newer than this reader knows (" + MAJOR_VERSION
              + ".x); nothing was read: upgrade Nuggets to read it",
          fields.position(value));
      return false;
    }
    context.warning(
        JsonCodes.BAD_VERSION,
        "'version' must be a string such as \"1\" or \"1.2\", not " + (version.isEmpty() ? value.describe()
            : JsonFields.shorten(version)) + "; read as version 1",
        fields.position(value));
    return true;
  }

  /** The major version: the digits before the first dot; -1 when there are none or the rest is not digits and dots. */
  static int major(String version) {
    int dot = version.indexOf('.');
    String head = dot < 0 ? version : version.substring(0, dot);
    if (head.isEmpty() || head.length() > 9 || !digitsAndDots(version)) {
      return -1;
    }
    return Integer.parseInt(head);
  }

  private static boolean digitsAndDots(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < '0' || c > '9') && c != '.') {
        return false;
      }
    }
    return !text.endsWith(".");
  }

  private void people(JsonValue.Arr people, Episode.Builder episode) {
    for (JsonValue item : people.items()) {
      fields.object(item, "a person").ifPresent(object -> person(object).ifPresent(episode::addPeople));
    }
  }

  private Optional<Person> person(JsonValue.Obj object) {
    fields.unknownKeys(object, PERSON_KEYS, "a person", JsonCodes.UNKNOWN_KEY);
    Optional<String> name = fields.requiredText(object, "name", "a person");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    Person.Builder person = Person.builder().name(name.get());
    Optional<JsonValue.Member> role = object.member("role");
    if (role.isEmpty()) {
      context.warning(
          JsonCodes.MISSING_KEY, "a person has no 'role'; read as a host", fields.position(object));
    }
    role.flatMap(fields::text).ifPresent(value -> person.role(Role.of(value)));
    object.member("description").flatMap(fields::text).ifPresent(person::description);
    return Optional.of(person.build());
  }

  private void takeaways(JsonValue.Arr takeaways, Episode.Builder episode) {
    fields.objects(
        takeaways, "takeaways", context.limits().maxTakeaways(), DiagnosticCodes.LIMIT_TAKEAWAYS, "maxTakeaways",
        this::takeaway, episode::addTakeaways);
  }

  private Optional<Takeaway> takeaway(JsonValue.Obj object) {
    fields.unknownKeys(object, TAKEAWAY_KEYS, "a takeaway", JsonCodes.UNKNOWN_KEY);
    Optional<String> text = fields.requiredText(object, "text", "a takeaway");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Takeaway.Builder takeaway = Takeaway.builder().text(text.get());
    object.member("label").flatMap(fields::text).ifPresent(takeaway::label);
    object.member("start").flatMap(fields::isoDuration).ifPresent(takeaway::start);
    return Optional.of(takeaway.build());
  }

  private void sections(JsonValue.Arr sections, Episode.Builder episode) {
    fields.objects(
        sections, "sections", context.limits().maxSections(), DiagnosticCodes.LIMIT_SECTIONS, "maxSections",
        this::section, episode::addSections);
  }

  private Optional<Section> section(JsonValue.Obj object) {
    fields.unknownKeys(object, SECTION_KEYS, "a section", JsonCodes.UNKNOWN_KEY);
    Optional<String> heading = fields.requiredText(object, "heading", "a section");
    if (heading.isEmpty()) {
      return Optional.empty();
    }
    Section.Builder section = Section.builder().heading(heading.get());
    object.member("paragraphs").flatMap(fields::array).ifPresent(paragraphs -> {
      for (JsonValue paragraph : paragraphs.items()) {
        fields.text(paragraph, "a paragraph").ifPresent(section::addParagraphs);
      }
    });
    Optional<Duration> start = object.member("start").flatMap(fields::isoDuration);
    start.ifPresent(section::start);
    object.member("end").ifPresent(
        end -> fields.endNotBeforeStart(start, fields.isoDuration(end), end).ifPresent(section::end));
    object.member("listedInToc").flatMap(fields::bool).ifPresent(section::listedInToc);
    return Optional.of(section.build());
  }
}
