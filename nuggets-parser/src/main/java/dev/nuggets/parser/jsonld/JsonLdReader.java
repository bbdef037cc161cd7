package dev.nuggets.parser.jsonld;

import dev.nuggets.core.text.TextPage;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Podcast;
import dev.nuggets.parser.FeedCursor;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.JsonFields;
import dev.nuggets.parser.internal.JsonReadCodes;
import dev.nuggets.parser.internal.JsonShape;
import dev.nuggets.parser.internal.JsonTreeReader;
import dev.nuggets.parser.internal.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a schema.org {@code PodcastEpisode} from JSON-LD into an {@link Episode.Builder}: the entry point for every
 * format that meets JSON-LD, such as an HTML page's {@code <script type="application/ld+json">} block, and the
 * heart of the {@code jsonld} format.
 *
 * <pre>{@code
 * // in an HTML parser, for the body of a JSON-LD script that starts at scriptOffset in the page
 * boolean found = JsonLdReader.read(scriptText, page, scriptOffset, episode, context);
 * }</pre>
 *
 * <h2>Where the episode is found</h2>
 * The document may be the episode itself, an array of nodes, an object with an {@code @graph} array, the
 * {@code mainEntity} of one of those (a {@code WebPage} about the episode), or a
 * {@code PodcastSeries} / {@code PodcastSeason} whose {@code episode}, {@code episodes} or {@code hasPart} holds
 * the episode. The episode is the first node typed {@code PodcastEpisode}, {@code Episode} or {@code RadioEpisode}
 * (types may be full IRIs or prefixed, {@code schema:PodcastEpisode}); a second one is reported and not read.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>{@code name} is the title; {@code url} the link; {@code datePublished} the publication date;
 *       {@code timeRequired} (or {@code duration}, or {@code associatedMedia.duration}) the duration, ISO-8601.
 *   <li>{@code partOfSeries.name} (or the name of the series or season that holds the episode) is the podcast
 *       title.
 *   <li>People, each a {@code Person} or {@code Organization} with a {@code name} (and {@code description} or
 *       {@code jobTitle} as its description), or a plain name: {@code actor} (role host), {@code contributor}
 *       (guest), {@code author} and {@code creator} (author), {@code producer}, {@code editor}, {@code musicBy}
 *       (composer). The schema.org Role pattern sets the role by name:
 *       {@code {"@type": "PerformanceRole", "roleName": "Guest", "actor": {"@type": "Person", "name": "..."}}}.
 *   <li>{@code hasPart} clips ({@code Clip}, or any part with a {@code startOffset}) are timed sections:
 *       {@code name} the heading, {@code startOffset} / {@code endOffset} in seconds (a number, or a string of
 *       seconds or {@code HH:MM:SS}), {@code description} the first paragraph and {@code text} the paragraphs after
 *       it, separated by blank lines (as the {@code jsonld} renderer writes them). A clip without a name is skipped
 *       with an error.
 *   <li>{@code abstract} holds the key takeaways, one a line, each read as the {@code text} format reads a takeaway
 *       line (the text format's rule: "Label: text" gives a label when the lead-in looks like one), which is
 *       how the {@code jsonld} renderer writes them. Blank lines are skipped; more than
 *       {@link dev.nuggets.parser.ParseLimits#maxTakeaways()} lines is the error
 *       {@value DiagnosticCodes#LIMIT_TAKEAWAYS} and the rest is not read.
 *   <li>{@code description}, which the model has no attribute for, becomes the paragraph of a first section headed
 *       {@value #DESCRIPTION_HEADING}, left out of the table of contents, so that the text a page leads with is
 *       kept (unless it repeats the {@code abstract} word for word).
 *   <li>A text may be a string, a {@code {"@value": ...}} object, or an array (its first readable text).
 *   <li>A reference, an object with only an {@code @id}, stands for the top node (or {@code @graph} node) with
 *       that {@code @id} when it is the series, a person or a clip, as pages that describe each thing once do.
 *   <li>Other properties of the episode are reported once each as information ({@link JsonLdCodes#IGNORED_PROPERTY});
 *       nodes other than the episode and its series are not looked at.
 * </ul>
 *
 * <p>Attributes found replace those already in the builder; people and sections are added after those already
 * there. Diagnostics are reported at line:column in the {@link SourceText} given. This class does not report a
 * missing episode: {@link #read} returns false and the caller decides (the {@code jsonld} format reports
 * {@link JsonLdCodes#NO_EPISODE}). Stateless and thread-safe.
 */
public final class JsonLdReader {

  /** The heading of the section that holds an episode's {@code description}. */
  public static final String DESCRIPTION_HEADING = "About this episode";

  static final JsonReadCodes CODES =
      new JsonReadCodes(
          JsonLdCodes.SYNTAX,
          JsonLdCodes.TOLERATED_SYNTAX,
          JsonLdCodes.DUPLICATE_KEY,
          JsonLdCodes.WRONG_TYPE,
          JsonLdCodes.BLANK_TEXT,
          JsonLdCodes.MISSING_KEY,
          JsonLdCodes.BAD_TIME,
          JsonLdCodes.BAD_DATE);

  private static final Set<String> EPISODE_TYPES = Set.of("PodcastEpisode", "Episode", "RadioEpisode");
  private static final Set<String> SERIES_TYPES =
      Set.of("PodcastSeries", "PodcastSeason", "CreativeWorkSeries", "CreativeWorkSeason", "RadioSeries");
  private static final Set<String> ROLE_TYPES =
      Set.of("Role", "PerformanceRole", "OrganizationRole", "EmployeeRole", "LinkRole");
  private static final List<String> SERIES_EPISODE_KEYS = List.of("episode", "episodes", "hasPart");

  /** The properties that name people, with the role each gives when the Role pattern names none. */
  private static final Map<String, Role> PEOPLE = new LinkedHashMap<>();

  static {
    PEOPLE.put("actor", Role.HOST);
    PEOPLE.put("contributor", Role.GUEST);
    PEOPLE.put("author", Role.AUTHOR);
    PEOPLE.put("creator", Role.AUTHOR);
    PEOPLE.put("producer", Role.PRODUCER);
    PEOPLE.put("editor", Role.EDITOR);
    PEOPLE.put("musicBy", Role.COMPOSER);
  }

  private static final Set<String> READ_PROPERTIES =
      Set.of(
          "@context", "@type", "@id", "name", "url", "datePublished", "timeRequired", "duration",
          "partOfSeries", "hasPart", "abstract", "description");

  private final JsonFields fields;
  /** The top nodes by {@code @id}, to follow references such as {@code "partOfSeries": {"@id": "#series"}}. */
  private final Map<String, JsonValue.Obj> byId = new HashMap<>();
  private final ParseContext context;

  private JsonLdReader(SourceText source, ParseContext context) {
    this.fields = new JsonFields(source, context, CODES);
    this.context = context;
  }

  /**
   * Reads the JSON-LD {@code jsonLd}, which stands at {@code offset} in {@code source} (0 when it is the whole
   * source), into {@code episode}, reporting diagnostics at their line:column in {@code source}.
   *
   * @return whether the text holds an episode; when false, the podcast title may still have been set from a
   *     series, and nothing was reported about the missing episode
   */
  public static boolean read(
      String jsonLd, SourceText source, int offset, Episode.Builder episode, ParseContext context) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    Objects.requireNonNull(episode, "episode");
    if (offset < 0 || offset > source.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside 0.." + source.length());
    }
    return readDocument(jsonLd, source, offset, episode, context) == Outcome.EPISODE;
  }

  /** What reading a document found. */
  enum Outcome {
    /** An episode, read into the builder. */
    EPISODE,
    /** Nodes, but no episode among them. */
    NO_EPISODE,
    /** Not even nodes: the reasons have been reported. */
    UNREADABLE
  }

  static Outcome readDocument(
      String jsonLd, SourceText source, int offset, Episode.Builder episode, ParseContext context) {
    Optional<JsonValue> root = JsonTreeReader.read(jsonLd, source, offset, context, CODES);
    return root.isEmpty() ? Outcome.UNREADABLE : new JsonLdReader(source, context).read(root.get(), episode);
  }

  private Outcome read(JsonValue root, Episode.Builder episode) {
    Optional<Found> found = find(root);
    if (found.isEmpty()) {
      return Outcome.UNREADABLE;
    }
    List<JsonValue.Obj> episodes = found.get().episodes();
    found.get().series().flatMap(this::seriesName).ifPresent(episode::podcastTitle);
    if (episodes.isEmpty()) {
      return Outcome.NO_EPISODE;
    }
    if (episodes.size() > 1) {
      context.warning(
          JsonLdCodes.MORE_THAN_ONE_EPISODE,
          episodes.size() + " episodes in one document; only the first was read (read it as a feed for all of them)",
          fields.position(episodes.get(1)));
    }
    episode(episodes.get(0), episode);
    return Outcome.EPISODE;
  }

  /** The nodes that matter: the episodes in document order, and the first series or season. */
  private record Found(List<JsonValue.Obj> episodes, Optional<JsonValue.Obj> series) {}

  private Optional<Found> find(JsonValue root) {
    List<JsonValue.Obj> nodes = topNodes(root);
    if (nodes.isEmpty()) {
      return Optional.empty();
    }
    for (JsonValue.Obj node : nodes) {
      node.member("@id")
          .filter(id -> id.value() instanceof JsonValue.Str && node.members().size() > 1)
          .ifPresent(id -> byId.putIfAbsent(((JsonValue.Str) id.value()).value(), node));
    }
    checkContext(nodes);
    List<JsonValue.Obj> episodes = new ArrayList<>();
    // A node reached twice (at the top and through a series) is read once. By identity, in constant time: a
    // list's contains compared every pair of nodes, deeply, which made a series of many episodes quadratic.
    Set<JsonValue.Obj> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    JsonValue.Obj series = null;
    for (JsonValue.Obj node : nodes) {
      Set<String> types = types(node);
      if (types.stream().anyMatch(EPISODE_TYPES::contains)) {
        if (seen.add(node)) {
          episodes.add(node);
        }
      } else if (types.stream().anyMatch(SERIES_TYPES::contains)) {
        if (series == null) {
          series = node;
        }
        for (JsonValue.Obj part : episodesOf(node)) {
          if (seen.add(part)) {
            episodes.add(part);
          }
        }
      }
    }
    return Optional.of(new Found(episodes, Optional.ofNullable(series)));
  }

  /**
   * Reads a whole document as a feed: the first {@code PodcastSeries} (or season) is the show, and every episode
   * in the document (its own, and those a series lists in {@code episode}, {@code episodes} or {@code hasPart})
   * is an episode of it, in document order, up to {@code maxEpisodes}.
   */
  static FeedCursor readFeed(SourceText source, ParseContext context) {
    Optional<JsonValue> root = JsonTreeReader.read(source, context, CODES);
    if (root.isEmpty()) {
      return FeedCursor.of(Podcast.builder().build(), List.of());
    }
    return new JsonLdReader(source, context).feed(root.get());
  }

  private FeedCursor feed(JsonValue root) {
    Optional<Found> found = find(root);
    if (found.isEmpty()) {
      return FeedCursor.of(Podcast.builder().build(), List.of());
    }
    Podcast podcast = found.get().series().map(this::podcast).orElseGet(() -> Podcast.builder().build());
    if (found.get().series().isEmpty()) {
      context.warning(
          JsonLdCodes.NO_SERIES,
          "no schema.org PodcastSeries in this document; its episodes were read as a feed of an unnamed show",
          fields.position(root));
    }
    List<Episode> episodes = new ArrayList<>();
    for (JsonValue.Obj node : found.get().episodes()) {
      Episode.Builder episode = Episode.builder();
      podcast.title().ifPresent(episode::podcastTitle);
      episode(node, episode);
      episodes.add(episode.build());
    }
    return FeedCursor.of(podcast, episodes);
  }

  /** The show: a series' name, description, url, image, web feed, language and author. */
  private Podcast podcast(JsonValue.Obj series) {
    Podcast.Builder podcast = Podcast.builder();
    seriesName(series).ifPresent(podcast::title);
    series.member("description").flatMap(this::text).ifPresent(podcast::description);
    series.member("url").flatMap(this::text).ifPresent(podcast::link);
    series.member("webFeed").flatMap(this::urlOf).ifPresent(podcast::feedUrl);
    series.member("image").flatMap(this::urlOf).ifPresent(podcast::imageUrl);
    series.member("inLanguage").flatMap(this::text).ifPresent(podcast::language);
    series.member("author").map(m -> resolve(first(m.value()))).ifPresent(author -> {
      if (author instanceof JsonValue.Obj obj) {
        obj.member("name").flatMap(this::text).ifPresent(podcast::author);
      } else if (author instanceof JsonValue.Str str && !str.value().isBlank()) {
        podcast.author(str.value().strip());
      }
    });
    return podcast.build();
  }

  /** A URL given as text or as an object with {@code url} or {@code contentUrl} (an ImageObject, a DataFeed). */
  private Optional<String> urlOf(JsonValue.Member member) {
    JsonValue value = resolve(first(member.value()));
    if (value instanceof JsonValue.Obj obj) {
      return obj.member("url").or(() -> obj.member("contentUrl")).flatMap(this::text);
    }
    return text(member);
  }

  /** The nodes at the top: the root object, the objects of a root array, and those of an {@code @graph}. */
  private List<JsonValue.Obj> topNodes(JsonValue root) {
    List<JsonValue.Obj> nodes = new ArrayList<>();
    List<JsonValue> candidates = root instanceof JsonValue.Arr arr ? arr.items() : List.of(root);
    for (JsonValue candidate : candidates) {
      if (candidate instanceof JsonValue.Obj obj) {
        nodes.add(obj);
        obj.member("@graph").ifPresent(graph -> nodes.addAll(objects(graph.value())));
      }
    }
    for (JsonValue.Obj node : List.copyOf(nodes)) {
      node.member("mainEntity").ifPresent(main -> nodes.addAll(objects(main.value())));
    }
    if (nodes.isEmpty()) {
      context.error(
          JsonLdCodes.NOT_AN_OBJECT,
          "JSON-LD is an object or an array of objects, not " + root.describe() + "; nothing was read",
          fields.position(root));
    }
    return nodes;
  }

  private void checkContext(List<JsonValue.Obj> nodes) {
    for (JsonValue.Obj node : nodes) {
      Optional<JsonValue.Member> declared = node.member("@context");
      if (declared.isPresent()) {
        if (!mentionsSchemaOrg(declared.get().value())) {
          context.warning(
              JsonLdCodes.NOT_SCHEMA_ORG,
              "the @context is not schema.org; its names were read as schema.org's",
              fields.position(declared.get().value()));
        }
        return;
      }
    }
  }

  private static boolean mentionsSchemaOrg(JsonValue context) {
    if (context instanceof JsonValue.Str str) {
      return str.value().contains("schema.org");
    }
    if (context instanceof JsonValue.Arr arr) {
      return arr.items().stream().anyMatch(JsonLdReader::mentionsSchemaOrg);
    }
    if (context instanceof JsonValue.Obj obj) {
      return obj.members().values().stream().anyMatch(m -> mentionsSchemaOrg(m.value()));
    }
    return false;
  }

  private List<JsonValue.Obj> episodesOf(JsonValue.Obj series) {
    List<JsonValue.Obj> episodes = new ArrayList<>();
    for (String key : SERIES_EPISODE_KEYS) {
      series.member(key).ifPresent(member -> {
        for (JsonValue.Obj part : objects(member.value())) {
          if (types(part).stream().anyMatch(EPISODE_TYPES::contains)) {
            episodes.add(part);
          }
        }
      });
    }
    return episodes;
  }

  /** A series' name; for a season without one, the name of the series it is part of. */
  private Optional<String> seriesName(JsonValue.Obj series) {
    Optional<String> name = series.member("name").flatMap(this::text);
    if (types(series).contains("PodcastSeason") || name.isEmpty()) {
      Optional<String> parent = partOfSeries(series);
      if (parent.isPresent()) {
        return parent;
      }
    }
    return name;
  }

  private Optional<String> partOfSeries(JsonValue.Obj node) {
    Optional<JsonValue.Member> member = node.member("partOfSeries");
    if (member.isEmpty()) {
      return Optional.empty();
    }
    JsonValue value = resolve(first(member.get().value()));
    if (value instanceof JsonValue.Obj series) {
      return series.member("name").flatMap(this::text);
    }
    Optional<String> name = text(member.get());
    return name.filter(n -> !n.startsWith("http://") && !n.startsWith("https://"));
  }

  private void episode(JsonValue.Obj node, Episode.Builder episode) {
    node.member("name").flatMap(this::text).ifPresent(episode::title);
    node.member("url").flatMap(this::text).ifPresent(episode::link);
    partOfSeries(node).ifPresent(episode::podcastTitle);
    node.member("datePublished").flatMap(this::textMember).flatMap(fields::date).ifPresent(episode::publishedOn);
    Optional<Duration> duration = duration(node);
    duration.ifPresent(episode::duration);
    for (Map.Entry<String, Role> people : PEOPLE.entrySet()) {
      node.member(people.getKey()).ifPresent(member -> people(member, people.getValue(), episode));
    }
    description(node, episode);
    node.member("hasPart").ifPresent(parts -> clips(parts, episode));
    Set<String> reported = new HashSet<>();
    for (JsonValue.Member member : node.members().values()) {
      boolean read = READ_PROPERTIES.contains(member.name()) || PEOPLE.containsKey(member.name())
          || (member.name().equals("associatedMedia") && duration.isPresent() && mediaDuration(node).isPresent());
      if (!read && reported.add(member.name())) {
        context.info(
            JsonLdCodes.IGNORED_PROPERTY,
            "'" + JsonFields.shorten(member.name()) + "' has no place in the model; ignored",
            fields.position(member.offset()));
      }
    }
  }

  private Optional<Duration> duration(JsonValue.Obj node) {
    return node.member("timeRequired")
        .or(() -> node.member("duration"))
        .or(() -> mediaDuration(node))
        .flatMap(this::textMember)
        .flatMap(fields::isoDuration);
  }

  /** The {@code duration} of the episode's {@code associatedMedia}, the audio file. */
  private static Optional<JsonValue.Member> mediaDuration(JsonValue.Obj node) {
    return node.member("associatedMedia")
        .map(media -> first(media.value()))
        .flatMap(media -> media instanceof JsonValue.Obj obj ? obj.member("duration") : Optional.empty());
  }

  private void description(JsonValue.Obj node, Episode.Builder episode) {
    Optional<JsonValue.Member> abstractMember = node.member("abstract");
    Optional<String> abstractText = abstractMember.flatMap(this::text);
    abstractText.ifPresent(text -> takeaways(text, abstractMember.get(), episode));
    node.member("description")
        .flatMap(this::text)
        .filter(description -> !abstractText.equals(Optional.of(description)))
        .ifPresent(description -> episode.addSections(
            Section.builder().heading(DESCRIPTION_HEADING).addParagraphs(description).listedInToc(false).build()));
  }

  /** The abstract's lines as takeaways, up to the limit. */
  private void takeaways(String text, JsonValue.Member member, Episode.Builder episode) {
    int max = context.limits().maxTakeaways();
    int read = 0;
    for (String line : (Iterable<String>) text.lines()::iterator) {
      Optional<Takeaway> takeaway = TextPage.takeaway(line);
      if (takeaway.isEmpty()) {
        continue;
      }
      if (read == max) {
        context.error(
            DiagnosticCodes.LIMIT_TAKEAWAYS,
            "more than " + max + " takeaways in 'abstract' (limit maxTakeaways); the rest was not read",
            fields.position(member.value()));
        return;
      }
      episode.addTakeaways(takeaway.get());
      read++;
    }
  }

  private void people(JsonValue.Member member, Role role, Episode.Builder episode) {
    for (JsonValue value : list(member.value())) {
      person(resolve(value), member.name(), role, episode);
    }
  }

  private void person(JsonValue value, String property, Role role, Episode.Builder episode) {
    if (value instanceof JsonValue.Str) {
      text(value, "'" + property + "'").ifPresent(name -> episode.addPeople(Person.of(name, role)));
      return;
    }
    Optional<JsonValue.Obj> node = fields.object(value, "'" + property + "'");
    if (node.isEmpty()) {
      return;
    }
    JsonValue.Obj obj = node.get();
    if (obj.member("roleName").isPresent() || types(obj).stream().anyMatch(ROLE_TYPES::contains)) {
      Role named = obj.member("roleName").flatMap(this::text).map(Role::of).orElse(role);
      Optional<JsonValue.Member> inner =
          obj.member(property).or(() -> PEOPLE.keySet().stream().flatMap(k -> obj.member(k).stream()).findFirst());
      if (inner.isEmpty()) {
        context.error(
            JsonLdCodes.MISSING_KEY,
            "a role in '" + property + "' names no one (no '" + property + "' inside it); it was skipped",
            fields.position(obj));
        return;
      }
      for (JsonValue listed : list(inner.get().value())) {
        JsonValue who = resolve(listed);
        if (!(who instanceof JsonValue.Obj nested && nested.member("roleName").isPresent())) {
          person(who, inner.get().name(), named, episode);
        }
      }
      return;
    }
    Optional<String> name = obj.member("name").flatMap(this::text);
    if (name.isEmpty()) {
      context.error(
          JsonLdCodes.MISSING_KEY, "a person in '" + property + "' has no readable 'name'; it was skipped",
          fields.position(obj));
      return;
    }
    Person.Builder person = Person.builder().name(name.get()).role(role);
    obj.member("description").or(() -> obj.member("jobTitle")).flatMap(this::text).ifPresent(person::description);
    episode.addPeople(person.build());
  }

  private void clips(JsonValue.Member parts, Episode.Builder episode) {
    List<JsonValue> clips = new ArrayList<>();
    for (JsonValue.Obj part : objects(resolveAll(parts.value()))) {
      if (types(part).contains("Clip") || part.member("startOffset").isPresent()) {
        clips.add(part);
      }
    }
    fields.objects(
        new JsonValue.Arr(parts.offset(), clips), "clips", context.limits().maxSections(),
        DiagnosticCodes.LIMIT_SECTIONS, "maxSections", this::clip, episode::addSections);
  }

  private Optional<Section> clip(JsonValue.Obj part) {
    Optional<String> name = part.member("name").flatMap(this::text);
    if (name.isEmpty()) {
      context.error(JsonLdCodes.MISSING_KEY, "a clip without a 'name' was skipped", fields.position(part));
      return Optional.empty();
    }
    Section.Builder section = Section.builder().heading(name.get());
    Optional<Duration> start = part.member("startOffset").flatMap(fields::seconds);
    start.ifPresent(section::start);
    part.member("endOffset").ifPresent(
        end -> fields.endNotBeforeStart(start, fields.seconds(end), end).ifPresent(section::end));
    Optional<String> description = part.member("description").flatMap(this::text);
    description.ifPresent(section::addParagraphs);
    part.member("text").flatMap(this::text).ifPresent(text -> {
      for (String paragraph : paragraphs(text)) {
        if (!description.equals(Optional.of(paragraph))) {
          section.addParagraphs(paragraph);
        }
      }
    });
    return Optional.of(section.build());
  }

  /** The paragraphs of a text: runs of non-blank lines, separated by blank lines, each stripped. */
  private static List<String> paragraphs(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String line : (Iterable<String>) text.lines()::iterator) {
      if (line.isBlank()) {
        addParagraph(paragraph, paragraphs);
      } else {
        paragraph.append(paragraph.length() == 0 ? "" : "\n").append(line);
      }
    }
    addParagraph(paragraph, paragraphs);
    return paragraphs;
  }

  private static void addParagraph(StringBuilder paragraph, List<String> paragraphs) {
    String text = paragraph.toString().strip();
    if (!text.isEmpty()) {
      paragraphs.add(text);
    }
    paragraph.setLength(0);
  }

  /**
   * The node a reference ({@code {"@id": "..."}} and nothing else) points to among the top nodes; the value itself
   * when it is not a reference or points nowhere in the document.
   */
  private JsonValue resolve(JsonValue value) {
    if (value instanceof JsonValue.Obj obj && obj.members().size() == 1
        && obj.member("@id").map(JsonValue.Member::value).orElse(null) instanceof JsonValue.Str id) {
      JsonValue.Obj node = byId.get(id.value());
      return node != null ? node : value;
    }
    return value;
  }

  private JsonValue resolveAll(JsonValue value) {
    if (value instanceof JsonValue.Arr arr) {
      List<JsonValue> resolved = new ArrayList<>();
      arr.items().forEach(item -> resolved.add(resolve(item)));
      return new JsonValue.Arr(arr.offset(), resolved);
    }
    return resolve(value);
  }

  /** The node's types, as local names ({@code PodcastEpisode} for {@code https://schema.org/PodcastEpisode}). */
  private static Set<String> types(JsonValue.Obj node) {
    Set<String> types = new HashSet<>();
    node.member("@type").ifPresent(type -> {
      for (JsonValue value : list(type.value())) {
        if (value instanceof JsonValue.Str str) {
          types.add(JsonShape.localName(str.value()));
        }
      }
    });
    return types;
  }

  private Optional<String> text(JsonValue.Member member) {
    return text(member.value(), JsonFields.quote(member));
  }

  /**
   * A text: a string, the {@code @value} of a value object, or the first readable text of an array; stripped of
   * surrounding white space.
   */
  private Optional<String> text(JsonValue value, String what) {
    JsonValue single = first(value);
    if (single instanceof JsonValue.Obj obj && obj.member("@value").isPresent()) {
      single = obj.member("@value").get().value();
    }
    return fields.text(single, what).map(String::strip);
  }

  /** The member with its value reduced to one text value, for the typed readers of {@link JsonFields}. */
  private Optional<JsonValue.Member> textMember(JsonValue.Member member) {
    JsonValue single = first(member.value());
    if (single instanceof JsonValue.Obj obj && obj.member("@value").isPresent()) {
      single = obj.member("@value").get().value();
    }
    return Optional.of(new JsonValue.Member(member.name(), member.offset(), single));
  }

  private static JsonValue first(JsonValue value) {
    return value instanceof JsonValue.Arr arr && !arr.items().isEmpty() ? arr.items().get(0) : value;
  }

  private static List<JsonValue> list(JsonValue value) {
    return value instanceof JsonValue.Arr arr ? arr.items() : List.of(value);
  }

  private static List<JsonValue.Obj> objects(JsonValue value) {
    List<JsonValue.Obj> objects = new ArrayList<>();
    for (JsonValue item : list(value)) {
      if (item instanceof JsonValue.Obj obj) {
        objects.add(obj);
      }
    }
    return objects;
  }
}
