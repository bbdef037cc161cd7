package dev.nuggets.parser.chapters;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonFields;
import dev.nuggets.parser.internal.JsonReadCodes;
import dev.nuggets.parser.internal.JsonValue;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads one JSON chapters file into an episode; one instance per parse. */
final class ChaptersReader {
  private static final JsonReadCodes CODES =
      new JsonReadCodes(
          ChaptersCodes.SYNTAX,
          ChaptersCodes.TOLERATED_SYNTAX,
          ChaptersCodes.DUPLICATE_KEY,
          ChaptersCodes.WRONG_TYPE,
          ChaptersCodes.BLANK_TEXT,
          ChaptersCodes.MISSING_KEY,
          ChaptersCodes.BAD_TIME,
          ChaptersCodes.BAD_TIME); // chapter files hold no dates

  private static final Set<String> FILE_KEYS = Set.of("version", "chapters", "author", "title", "podcastName");
  private static final Set<String> FILE_KEYS_NOT_IN_MODEL = Set.of("description", "fileName", "waypoints");
  private static final Set<String> CHAPTER_KEYS = Set.of("startTime", "endTime", "title", "toc");
  private static final Set<String> CHAPTER_KEYS_NOT_IN_MODEL = Set.of("img", "url", "location");

  private final ParseContext context;
  private final JsonFields fields;
  /** Keys the model cannot carry: where each was first seen and how often. */
  private final Map<String, int[]> notInModel = new LinkedHashMap<>();
  /** The start of the chapter read last, to tell when chapters are out of order. */
  private @Nullable Duration previousStart;
  /** Where the chapter being read starts. */
  private int chapterOffset;

  ChaptersReader(SourceText source, ParseContext context) {
    this.context = context;
    this.fields = new JsonFields(source, context, CODES);
  }

  Episode read() {
    Episode.Builder episode = Episode.builder();
    Optional<JsonValue.Obj> root =
        fields.readDocument(ChaptersCodes.NOT_AN_OBJECT, "a chapters file is an object with a 'chapters' array");
    if (root.isEmpty()) {
      return episode.build();
    }
    JsonValue.Obj file = root.get();
    version(file);
    sortKeys(file, FILE_KEYS, FILE_KEYS_NOT_IN_MODEL, "the chapters file");
    file.member("title").flatMap(fields::text).ifPresent(title -> episode.title(title.strip()));
    file.member("podcastName").flatMap(fields::text).ifPresent(name -> episode.podcastTitle(name.strip()));
    file.member("author")
        .flatMap(fields::text)
        .ifPresent(author -> episode.addPeople(Person.of(author.strip(), Role.AUTHOR)));
    Optional<JsonValue.Member> chapters = file.member("chapters");
    if (chapters.isEmpty()) {
      context.error(ChaptersCodes.MISSING_KEY, "no 'chapters' array; no chapters were read", fields.position(file));
    }
    chapters.flatMap(fields::array).ifPresent(array -> chapters(array, episode));
    reportNotInModel();
    return episode.build();
  }

  private void version(JsonValue.Obj file) {
    Optional<JsonValue.Member> version = file.member("version");
    if (version.isEmpty()) {
      context.warning(
          ChaptersCodes.MISSING_KEY, "no 'version' (the specification requires one); read as 1.x",
          fields.position(file));
      return;
    }
    Optional<String> text = fields.text(version.get());
    if (text.isPresent() && !text.get().strip().equals("1") && !text.get().strip().startsWith("1.")) {
      context.warning(
          ChaptersCodes.UNSUPPORTED_VERSION,
          "version " + JsonFields.shorten(text.get()) + " is not 1.x, the version this reader knows; read as 1.x",
          fields.position(version.get().value()));
    }
  }

  private void chapters(JsonValue.Arr chapters, Episode.Builder episode) {
    fields.objects(
        chapters, "chapters", context.limits().maxSections(), DiagnosticCodes.LIMIT_SECTIONS, "maxSections",
        this::chapter, section -> {
          Duration start = section.start().orElseThrow();
          if (previousStart != null && start.compareTo(previousStart) < 0) {
            context.warning(
                ChaptersCodes.OUT_OF_ORDER,
                "the chapter '" + JsonFields.shorten(section.heading()) + "' starts (" + start
                    + ") before the chapter above it (" + previousStart + "); the file's order was kept",
                fields.position(chapterOffset));
          }
          previousStart = start;
          episode.addSections(section);
        });
  }

  /** The chapter as a section; empty when it has no title or no start time. */
  private Optional<Section> chapter(JsonValue.Obj chapter) {
    chapterOffset = chapter.offset();
    sortKeys(chapter, CHAPTER_KEYS, CHAPTER_KEYS_NOT_IN_MODEL, "a chapter");
    Optional<JsonValue.Member> startTime = chapter.member("startTime");
    Optional<Duration> start = startTime.flatMap(fields::seconds);
    Optional<String> title = chapter.member("title").flatMap(fields::text);
    if (title.isEmpty()) {
      context.warning(
          ChaptersCodes.UNTITLED_CHAPTER,
          "a chapter without a title" + start.map(s -> " at " + s).orElse("")
              + " was skipped: the model needs a heading",
          fields.position(chapter));
      return Optional.empty();
    }
    if (start.isEmpty()) {
      if (startTime.isEmpty()) {
        context.error(
            ChaptersCodes.MISSING_KEY,
            "the chapter '" + JsonFields.shorten(title.get()) + "' has no 'startTime'; it was skipped",
            fields.position(chapter));
      }
      return Optional.empty();
    }
    Section.Builder section = Section.builder().heading(title.get().strip()).start(start.get());
    chapter.member("endTime")
        .ifPresent(end -> fields.endNotBeforeStart(start, fields.seconds(end), end).ifPresent(section::end));
    chapter.member("toc").flatMap(fields::bool).ifPresent(section::listedInToc);
    return Optional.of(section.build());
  }

  /** Warns about keys the specification does not define; counts those it defines but the model cannot carry. */
  private void sortKeys(JsonValue.Obj object, Set<String> known, Set<String> notCarried, String where) {
    for (JsonValue.Member member : object.members().values()) {
      if (notCarried.contains(member.name())) {
        notInModel.computeIfAbsent(member.name(), name -> new int[] {member.offset(), 0})[1]++;
      } else if (!known.contains(member.name())) {
        context.warning(
            ChaptersCodes.UNKNOWN_KEY,
            "'" + JsonFields.shorten(member.name()) + "' in " + where
                + " is not defined by the JSON Chapters specification; ignored",
            fields.position(member.offset()));
      }
    }
  }

  private void reportNotInModel() {
    notInModel.forEach(
        (key, seen) ->
            context.info(
                ChaptersCodes.NOT_IN_MODEL,
                "'" + key + "' (" + (seen[1] == 1 ? "once" : seen[1] + " times")
                    + ") has no place in the model; ignored",
                fields.position(seen[0])));
  }
}
