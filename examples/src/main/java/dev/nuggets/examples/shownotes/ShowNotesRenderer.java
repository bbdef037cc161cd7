package dev.nuggets.examples.shownotes;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.format.Format;
import dev.nuggets.render.DocumentRenderer;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementContext;
import dev.nuggets.render.Escaper;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.RenderContext;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code shownotes} format: plain-text show notes to paste into the description field of a podcast host
 * (Apple Podcasts, Spotify, YouTube and most apps show it as the episode's notes). Blocks separated by a blank line,
 * each left out when empty:
 *
 * <pre>
 * Title
 * Podcast title · 2026-03-14 · 52 min
 *
 * With Sam Okafor (Host) and Maya Lindqvist (Guest, Marine Biologist).
 *
 * Key takeaways
 * - A takeaway.
 * - Label: a labelled takeaway.
 *
 * Chapters
 * 00:00 What Bleaching Really Is
 * 11:00 Restoration: Nurseries, Gardens, and Limits
 *
 * https://example.com/episode
 * </pre>
 *
 * <p>When every section in the table of contents has a start time, they are listed under "Chapters" with a
 * timestamp first ({@code MM:SS}, or {@code H:MM:SS} for episodes of an hour or more): the form from which apps and
 * YouTube build clickable chapters. Otherwise they are listed under "In this episode" without times, since a
 * partial list of timestamps would give wrong chapters. Sections left out of the table of contents (an ad break)
 * are left out. Line breaks inside a text are written as spaces so every entry stays on one line. The link is
 * written only when it is an {@code http} or {@code https} address; another is dropped with the warning
 * {@value #LINK_DROPPED}.
 *
 * <p>This class is the extension example: it lives in the user's own jar, not in Nuggets, and is found by
 * {@link dev.nuggets.render.Renderers#discover()} because the jar registers it as a service, both in
 * {@code module-info.java} ({@code provides dev.nuggets.render.FormatRenderer with ...}) for the module path and in
 * {@code META-INF/services/dev.nuggets.render.FormatRenderer} for the class path. It declares its identity once
 * ({@link #FORMAT}) and is built on Nuggets' {@link DocumentRenderer}: the episode walk, element renderers for the
 * parts it writes, and an escaper of its own that keeps every entry on one line.
 */
public final class ShowNotesRenderer implements FormatRenderer {

  /** The format's identity: written only, never read. */
  public static final Format FORMAT =
      Format.builder("shownotes")
          .aliases("show-notes", "notes")
          .fileExtensions("txt")
          .mediaType("text/plain")
          .writes(ContentKind.EPISODE)
          .description("Plain-text show notes for a podcast host's description field (an example format)")
          .build();

  /** Warning: the episode's link is not an {@code http} or {@code https} address and was left out. */
  public static final String LINK_DROPPED = "shownotes.link-dropped";

  /** Every entry on one line: line breaks become spaces. Nothing else in show notes is markup. */
  private static final Escaper ONE_LINE = (text, out, context) -> out.append(oneLine(text.toString()));

  private final DocumentRenderer document =
      DocumentRenderer.builder(FORMAT, ONE_LINE)
          .blocks(true)
          .elementRenderer(Element.HEADER, (episode, c) -> {
            block(heading(episode), c);
            c.render(Element.PEOPLE, episode.people());
          })
          .elementRenderer(Element.PEOPLE, (people, c) -> block(people(people), c))
          .elementRenderer(Element.TAKEAWAYS, (takeaways, c) -> block(takeaways(takeaways), c))
          .elementRenderer(Element.TABLE_OF_CONTENTS, (listed, c) -> block(sections(c.episode()), c))
          .elementRenderer(Element.SECTION, (section, c) -> {}) // show notes list chapters, not their text
          .elementRenderer(Element.FOOTER, (episode, c) -> block(link(episode, c.renderContext()), c))
          .build();

  /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public ShowNotesRenderer() {}

  @Override
  public Format format() {
    return FORMAT;
  }

  @Override
  public void renderEpisode(Episode episode, Appendable out, RenderContext context) throws IOException {
    document.renderEpisode(episode, out, context);
  }

  /** One block of lines, followed by a blank line; nothing for none. */
  private static <T> void block(List<String> lines, ElementContext<T> c) throws IOException {
    for (String line : lines) {
      c.text(line).raw("\n");
    }
    c.raw("\n");
  }

  private static List<String> heading(Episode episode) {
    List<String> lines = new ArrayList<>();
    episode.title().ifPresent(title -> lines.add(oneLine(title)));
    List<String> facts = new ArrayList<>();
    episode.podcastTitle().ifPresent(podcast -> facts.add(oneLine(podcast)));
    episode.publishedOn().ifPresent(date -> facts.add(date.date().toString()));
    episode.duration().ifPresent(duration -> facts.add(minutes(duration)));
    if (!facts.isEmpty()) {
      lines.add(String.join(" · ", facts));
    }
    return lines;
  }

  private static List<String> people(List<Person> people) {
    if (people.isEmpty()) {
      return List.of();
    }
    List<String> names = new ArrayList<>();
    for (Person person : people) {
      String about = person.role().displayName() + person.description().map(d -> ", " + d).orElse("");
      names.add(oneLine(person.name() + " (" + about + ")"));
    }
    String last = names.remove(names.size() - 1);
    return List.of("With " + (names.isEmpty() ? last : String.join(", ", names) + " and " + last) + ".");
  }

  private static List<String> takeaways(List<Takeaway> takeaways) {
    if (takeaways.isEmpty()) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add("Key takeaways");
    for (Takeaway takeaway : takeaways) {
      lines.add("- " + oneLine(takeaway.label().map(l -> l + ": ").orElse("") + takeaway.text()));
    }
    return lines;
  }

  private static List<String> sections(Episode episode) {
    List<Section> listed = episode.tableOfContents();
    if (listed.isEmpty()) {
      return List.of();
    }
    boolean timed = listed.stream().allMatch(section -> section.start().isPresent());
    boolean hours =
        episode.duration().filter(duration -> duration.toHours() > 0).isPresent()
            || listed.stream().anyMatch(section -> section.start().filter(start -> start.toHours() > 0).isPresent());
    List<String> lines = new ArrayList<>();
    lines.add(timed ? "Chapters" : "In this episode");
    for (Section section : listed) {
      String heading = oneLine(section.heading());
      lines.add(timed ? timestamp(section.start().orElseThrow(), hours) + " " + heading : "- " + heading);
    }
    return lines;
  }

  private static List<String> link(Episode episode, RenderContext context) {
    Optional<String> link = episode.link();
    if (link.isEmpty()) {
      return List.of();
    }
    String lower = link.get().toLowerCase(Locale.ROOT);
    if (lower.startsWith("https://") || lower.startsWith("http://")) {
      return List.of(oneLine(link.get()));
    }
    context.warning(LINK_DROPPED, "the link \"" + link.get() + "\" is not an http or https address; left out");
    return List.of();
  }

  /** {@code 52 min}, {@code 1 h 5 min} from an hour on, {@code 45 s} under a minute; rounded down. */
  static String minutes(Duration duration) {
    long hours = duration.toHours();
    int minutes = duration.toMinutesPart();
    if (hours > 0) {
      return hours + " h " + minutes + " min";
    }
    return minutes > 0 ? minutes + " min" : duration.toSecondsPart() + " s";
  }

  /** {@code MM:SS}, or {@code H:MM:SS} when the episode runs an hour or more; fractions of a second dropped. */
  static String timestamp(Duration start, boolean hours) {
    return hours
        ? String.format(Locale.ROOT, "%d:%02d:%02d", start.toHours(), start.toMinutesPart(), start.toSecondsPart())
        : String.format(Locale.ROOT, "%02d:%02d", start.toMinutes(), start.toSecondsPart());
  }

  /** The text with every line break written as a space, so an entry stays on its line. */
  static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue; // CRLF: the LF that follows becomes the one space
      }
      line.append(lineBreak ? ' ' : c);
    }
    return line.toString();
  }

  @Override
  public String toString() {
    return "ShowNotesRenderer";
  }
}
