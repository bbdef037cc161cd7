package dev.nuggets.parser.json;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonFields;
import dev.nuggets.parser.internal.JsonReadCodes;
import dev.nuggets.parser.internal.JsonValue;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/** Reads one canonical JSON document into an episode; one instance per parse. */
final class CanonicalReader {
  private static final JsonReadCodes CODES =
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
          "version", "title", "podcastTitle", "people", "publishedOn", "duration", "link", "takeaways", "sections");
  private static final Set<String> PERSON_KEYS = Set.of("name", "role", "description");
  private static final Set<String> TAKEAWAY_KEYS = Set.of("text", "label", "start");
  private static final Set<String> SECTION_KEYS = Set.of("heading", "paragraphs", "start", "end", "listedInToc");

  private final ParseContext context;
  private final JsonFields fields;

  CanonicalReader(SourceText source, ParseContext context) {
    this.context = context;
    this.fields = new JsonFields(source, context, CODES);
  }

  Episode read() {
    Episode.Builder episode = Episode.builder();
    Optional<JsonValue.Obj> root =
        fields.readDocument(JsonCodes.NOT_AN_OBJECT, "a Nuggets JSON document is an object");
    if (root.isEmpty()) {
      return episode.build();
    }
    JsonValue.Obj document = root.get();
    if (!supportedVersion(document)) {
      return episode.build();
    }
    fields.unknownKeys(document, EPISODE_KEYS, "the episode", JsonCodes.UNKNOWN_KEY);
    document.member("title").flatMap(fields::text).ifPresent(episode::title);
    document.member("podcastTitle").flatMap(fields::text).ifPresent(episode::podcastTitle);
    document.member("people").flatMap(fields::array).ifPresent(people -> people(people, episode));
    document.member("publishedOn").flatMap(fields::date).ifPresent(episode::publishedOn);
    document.member("duration").flatMap(fields::isoDuration).ifPresent(episode::duration);
    document.member("link").flatMap(fields::text).ifPresent(episode::link);
    document.member("takeaways").flatMap(fields::array).ifPresent(takeaways -> takeaways(takeaways, episode));
    document.member("sections").flatMap(fields::array).ifPresent(sections -> sections(sections, episode));
    return episode.build();
  }

  /** False, with an error, for a newer major version; a malformed version is read as version 1. */
  private boolean supportedVersion(JsonValue.Obj document) {
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
