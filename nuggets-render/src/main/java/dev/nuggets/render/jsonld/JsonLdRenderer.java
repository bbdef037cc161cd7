package dev.nuggets.render.jsonld;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.format.Format;
import dev.nuggets.core.formats.JsonLdFormat;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.RenderContext;
import dev.nuggets.render.internal.JsonOutput;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.render.internal.SafeLinks;
import dev.nuggets.render.internal.TakeawayLines;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.core.JsonGenerator;

/**
 * The {@code jsonld} format: a schema.org <a href="https://schema.org/PodcastEpisode">{@code PodcastEpisode}</a> in
 * JSON-LD, ready for a {@code <script type="application/ld+json">} element. Keys, in this order, each omitted when
 * the episode has nothing for it:
 *
 * <ul>
 *   <li>{@code @context} {@code https://schema.org} and {@code @type} {@code PodcastEpisode};
 *   <li>{@code name}: the title;
 *   <li>{@code url}: the link, only when it is an {@code http} or {@code https} address (otherwise dropped with the
 *       warning {@value dev.nuggets.render.RenderCodes#UNSAFE_LINK});
 *   <li>{@code datePublished}: an ISO-8601 date or date-time;
 *   <li>{@code timeRequired}: the duration as ISO-8601 ({@code PT52M17S});
 *   <li>{@code abstract}: the key takeaways, one a line, a labelled one as {@code Label: text}, which the
 *       {@code jsonld} parser reads back as takeaways with the {@code text} format's rule for such lines; a takeaway
 *       that rule would read otherwise (a label that does not read as one, an unlabelled lead-in that does, a
 *       leading "•", a line break, space at its ends) is written as it is, with the warning
 *       {@value JsonLdCodes#TAKEAWAY_NOT_READ_BACK};
 *   <li>{@code partOfSeries}: a {@code PodcastSeries} with the podcast title as {@code name};
 *   <li>{@code actor}: the people whose role is in the taxonomy's "Cast" group (host, co-host, guest, narrator,
 *       ...), each a {@code PerformanceRole} with {@code roleName} wrapping the {@code Person} (schema.org's Role
 *       pattern: the role's {@code actor} property holds the person);
 *   <li>{@code contributor}: everyone else (producer, editor, a role the taxonomy does not list, ...), each a
 *       {@code Role} with {@code roleName} wrapping the {@code Person} in its {@code contributor} property;
 *   <li>{@code hasPart}: the sections listed in the table of contents, each a {@code Clip} with {@code name} (the
 *       heading), {@code startOffset} and {@code endOffset} in seconds from the start of the audio when known, and
 *       {@code text} (the paragraphs, separated by blank lines). Sections left out of the table of contents (an ad
 *       break, say) are left out here too: search engines show clips as jump-to points, which such sections must
 *       not be.
 * </ul>
 *
 * <p>A person's description becomes the {@code Person}'s {@code description}. Takeaway times are not carried.
 * Strings keep every character, with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 written as
 * {@code \}{@code uXXXX} escapes so the document can sit in an HTML page as it is: a {@code </script>} in a
 * title cannot end the element. Output is pretty-printed like the {@code json} format (two-space indents,
 * {@code \n} line ends) unless {@link #compact()}.
 */
public final class JsonLdRenderer implements FormatRenderer {

  /** The taxonomy group whose people are performers ({@code actor}) rather than contributors. */
  private static final String CAST = "Cast";

  private final JsonOutput output;

  /** Pretty-printed output. */
  public JsonLdRenderer() {
    this(JsonOutput.pretty().htmlSafe());
  }

  private JsonLdRenderer(JsonOutput output) {
    this.output = output;
  }

  /** Output on one line, for embedding in a page. */
  public static JsonLdRenderer compact() {
    return new JsonLdRenderer(JsonOutput.compact().htmlSafe());
  }

  @Override
  public Format format() {
    return JsonLdFormat.FORMAT;
  }



  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    Optional<String> url =
        episode.link().flatMap(link -> SafeLinks.filter(
            link, context, scheme -> !scheme.equals("mailto") && WebLinks.isWebAddress(link),
            "a url is an http or https address"));
    for (Takeaway takeaway : episode.takeaways()) {
      TakeawayLines.whyNotReadBack(takeaway).ifPresent(why -> context.warning(
          JsonLdCodes.TAKEAWAY_NOT_READ_BACK,
          "the takeaway " + Spaces.quote(TakeawayLines.line(takeaway))
              + " will not read back from 'abstract' as written: " + why));
    }
    output.write(out, json -> write(episode, url, json));
  }

  private static void write(Episode episode, Optional<String> url, JsonGenerator json) {
    json.writeStartObject();
    json.writeStringProperty("@context", "https://schema.org");
    json.writeStringProperty("@type", "PodcastEpisode");
    JsonOutput.writeIfPresent(json, "name", episode.title());
    JsonOutput.writeIfPresent(json, "url", url);
    JsonOutput.writeIfPresent(json, "datePublished", episode.publishedOn().map(Object::toString));
    JsonOutput.writeIfPresent(json, "timeRequired", episode.duration().map(Duration::toString));
    JsonOutput.writeIfPresent(json, "abstract", abstractOf(episode.takeaways()));
    if (episode.podcastTitle().isPresent()) {
      json.writeObjectPropertyStart("partOfSeries");
      json.writeStringProperty("@type", "PodcastSeries");
      json.writeStringProperty("name", episode.podcastTitle().get());
      json.writeEndObject();
    }
    people(json, "actor", "PerformanceRole", cast(episode.people(), true));
    people(json, "contributor", "Role", cast(episode.people(), false));
    List<Section> clips = episode.tableOfContents();
    if (!clips.isEmpty()) {
      json.writeArrayPropertyStart("hasPart");
      for (Section section : clips) {
        clip(json, section);
      }
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /** The takeaways as one text, a line each: schema.org's abstract is a single text. */
  static Optional<String> abstractOf(List<Takeaway> takeaways) {
    if (takeaways.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        takeaways.stream().map(TakeawayLines::line).collect(Collectors.joining("\n")));
  }

  private static List<Person> cast(List<Person> people, boolean inCast) {
    return people.stream()
        .filter(p -> p.role().group().filter(CAST::equals).isPresent() == inCast)
        .collect(Collectors.toList());
  }

  /** {@code property: [{"@type": roleType, "roleName": ..., property: {"@type": "Person", ...}}, ...]}. */
  private static void people(JsonGenerator json, String property, String roleType, List<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    json.writeArrayPropertyStart(property);
    for (Person person : people) {
      json.writeStartObject();
      json.writeStringProperty("@type", roleType);
      json.writeStringProperty("roleName", person.role().displayName());
      json.writeObjectPropertyStart(property);
      json.writeStringProperty("@type", "Person");
      json.writeStringProperty("name", person.name());
      JsonOutput.writeIfPresent(json, "description", person.description());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private static void clip(JsonGenerator json, Section section) {
    json.writeStartObject();
    json.writeStringProperty("@type", "Clip");
    json.writeStringProperty("name", section.heading());
    if (section.start().isPresent()) {
      JsonOutput.writeSeconds(json, "startOffset", section.start().get());
    }
    if (section.end().isPresent()) {
      JsonOutput.writeSeconds(json, "endOffset", section.end().get());
    }
    if (!section.paragraphs().isEmpty()) {
      json.writeStringProperty("text", String.join("\n\n", section.paragraphs()));
    }
    json.writeEndObject();
  }

  @Override
  public String toString() {
    return output.isPretty() ? "JsonLdRenderer" : "JsonLdRenderer(compact)";
  }
}
