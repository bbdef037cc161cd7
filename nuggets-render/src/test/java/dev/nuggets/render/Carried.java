package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.parser.text.TextParser;
import dev.nuggets.render.text.HoldableEpisodes;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What each format carries of an episode: the precise statement behind the README's formats table. For every format
 * that has a parser and a renderer, {@code parse(render(e))} equals {@code carried(format, e)}; an empty projection
 * says the format cannot write the episode at all, and its renderer must refuse it.
 *
 * <p>One method per format, all in this class, so that a new format has to say here what it carries before
 * {@link RoundTripMatrixTest} lets it through.
 */
final class Carried {
  /**
   * A format's row: the episodes it is tried on, what of each it carries, and the warnings reading it back may
   * give by design (none but the text layout's).
   */
  record Row(
      Function<Long, Episode> episodes, Function<Episode, Optional<Episode>> projection, Set<String> expectedWarnings) {}

  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");
  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  private Carried() {}

  private static final Map<String, Row> ROWS =
      Map.of(
          "json", hostile(Carried::json),
          // Two warnings by design: the layout marks a section left out of the table of contents only by its
          // absence there, which the parser reads as such and reports (text.heading-not-in-toc); a page with neither
          // takeaways nor sections has none of the headings that mark a summary page (text.no-structure).
          "text", new Row(HoldableEpisodes::of, Carried::text, Set.of("text.heading-not-in-toc", "text.no-structure")),
          "jsonld", hostile(Carried::jsonld),
          "chapters", new Row(seed -> new HostileText(seed).episode(), Carried::chapters, Set.of()),
          "markdown", hostile(Carried::markdown),
          "html", hostile(Carried::html));

  /** The row of {@code format}, or empty when nobody has said yet what the format carries. */
  static Optional<Row> row(String format) {
    return Optional.ofNullable(ROWS.get(format));
  }

  /** The formats with a row. */
  static Set<String> formats() {
    return ROWS.keySet();
  }

  private static Row hostile(Function<Episode, Episode> projection) {
    return new Row(seed -> new HostileText(seed).episode(), e -> Optional.of(projection.apply(e)), Set.of());
  }

  /** Canonical JSON: the whole episode. */
  static Episode json(Episode e) {
    return e;
  }

  /**
   * Text: the title, the takeaways and the sections without any time, and the one guest a title shaped
   * {@code Name (Description) - Topic} names. The layout reads lines by their shape, so its row is tried on hostile
   * episodes adapted to the layout's reading rules ({@link HoldableEpisodes}); what does not fit them the renderer
   * reports as {@code text.not-read-back}.
   */
  static Optional<Episode> text(Episode e) {
    Episode.Builder carried =
        Episode.builder()
            .title(e.title())
            .takeaways(e.takeaways().stream().map(t -> t.toBuilder().start(Optional.empty()).build()).toList())
            .sections(e.sections().stream().map(Carried::untimed).toList());
    e.people(Role.GUEST).stream()
        .filter(guest -> e.title().filter(title -> isNamedBy(title, guest)).isPresent())
        .findFirst()
        .ifPresent(carried::addPeople);
    return Optional.of(carried.build());
  }

  /**
   * JSON-LD: everything but the takeaways' times, the sections left out of the table of contents, and a link that
   * is not http or https. People come back cast first (hosts, guests, ...), then contributors. Takeaways travel as
   * {@code abstract} lines ({@code Label: text}) and come back as the text format reads such a line.
   */
  static Episode jsonld(Episode e) {
    List<Person> people = new ArrayList<>();
    e.people().stream().filter(Carried::isCast).forEach(people::add);
    e.people().stream().filter(p -> !isCast(p)).forEach(people::add);
    return e.toBuilder()
        .link(e.link().filter(link -> hasScheme(link, WEB_SCHEMES)))
        .people(people)
        .takeaways(e.takeaways().stream().map(Carried::asAbstractLine).toList())
        .sections(e.tableOfContents())
        .build();
  }

  /**
   * JSON chapters: the title, the podcast title and the timed sections in order of start, headings and times and
   * {@code toc} only. No sections, or none with a start time: nothing can be written.
   */
  static Optional<Episode> chapters(Episode e) {
    List<Section> timed =
        e.sections().stream()
            .filter(s -> s.start().isPresent())
            .sorted(Comparator.comparing(s -> s.start().orElseThrow()))
            .map(s -> s.toBuilder().paragraphs(List.of()).build())
            .toList();
    if (timed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Episode.builder().title(e.title()).podcastTitle(e.podcastTitle()).sections(timed).build());
  }

  /**
   * Markdown: everything but section end times, the start of a section left out of the table of contents (times
   * are shown in the table), fractions of a second in the times shown ({@code (00:12:34)}), and a link that is not
   * http, https or mailto. A document without a table of contents lists every section, so an episode that lists
   * none reads back with all of them listed.
   */
  static Episode markdown(Episode e) {
    Episode document = listedWithoutTable(document(e));
    return document.toBuilder()
        .takeaways(document.takeaways().stream()
            .map(t -> t.toBuilder().start(t.start().map(Carried::wholeSeconds)).build())
            .toList())
        .sections(document.sections().stream()
            .map(s -> s.toBuilder().start(s.start().map(Carried::wholeSeconds)).build())
            .toList())
        .build();
  }

  /**
   * HTML: everything but section end times, the start of a section left out of the table of contents (times are
   * shown in the table, exact in {@code <time datetime>}), and a link that is not http, https or mailto. Text comes
   * back as a browser shows it: each run of HTML white space (space, tab, line feed, form feed, carriage return) is
   * one space, none at either end; other spaces (no-break, em, zero-width joiners) stay. When no section is listed
   * in the table of contents there is no table of contents to write, and the sections read back as listed.
   */
  static Episode html(Episode e) {
    Episode d = document(e);
    boolean noToc = d.sections().stream().noneMatch(Section::listedInToc);
    return d.toBuilder()
        .title(d.title().map(Carried::shown))
        .podcastTitle(d.podcastTitle().map(Carried::shown))
        .people(d.people().stream()
            .map(p -> p.toBuilder().name(shown(p.name())).description(p.description().map(Carried::shown)).build())
            .toList())
        .takeaways(d.takeaways().stream()
            .map(t -> t.toBuilder().text(shown(t.text())).label(t.label().map(Carried::shown)).build())
            .toList())
        .sections(d.sections().stream()
            .map(s -> s.toBuilder()
                .listedInToc(s.listedInToc() || noToc)
                .heading(shown(s.heading()))
                .paragraphs(s.paragraphs().stream().map(Carried::shown).toList())
                .build())
            .toList())
        .build();
  }

  /** Text as a browser shows it: runs of HTML white space folded to one space, none at either end. */
  private static String shown(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        gap = true;
      } else {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(c);
      }
    }
    return out.toString();
  }

  private static Episode document(Episode e) {
    return e.toBuilder()
        .link(e.link().filter(link -> hasScheme(link, SAFE_SCHEMES)))
        .sections(
            e.sections().stream()
                .map(s -> s.toBuilder().end(Optional.empty()).start(s.listedInToc() ? s.start() : Optional.empty()).build())
                .toList())
        .build();
  }

  /** Without a table of contents every section counts as listed (and so keeps its start, shown in the heading). */
  private static Episode listedWithoutTable(Episode e) {
    if (!e.tableOfContents().isEmpty()) {
      return e;
    }
    return e.toBuilder().sections(e.sections().stream().map(s -> s.toBuilder().listedInToc(true).build()).toList())
        .build();
  }

  private static Duration wholeSeconds(Duration time) {
    return time.truncatedTo(ChronoUnit.SECONDS);
  }

  private static Section untimed(Section section) {
    return section.toBuilder().start(Optional.empty()).end(Optional.empty()).build();
  }

  private static boolean isNamedBy(String title, Person guest) {
    String head = guest.name() + guest.description().map(d -> " (" + d + ")").orElse("") + " - ";
    return title.startsWith(head);
  }

  private static boolean isCast(Person person) {
    return person.role().group().filter("Cast"::equals).isPresent();
  }

  private static Takeaway asAbstractLine(Takeaway takeaway) {
    String line = takeaway.label().map(label -> label + ": " + takeaway.text()).orElse(takeaway.text());
    return TextParser.takeaway(line).orElseThrow();
  }

  private static boolean hasScheme(String link, Set<String> schemes) {
    int colon = link.indexOf(':');
    return colon > 0 && schemes.contains(link.substring(0, colon).toLowerCase(Locale.ROOT));
  }
}
