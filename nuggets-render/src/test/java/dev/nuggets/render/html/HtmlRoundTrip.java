package dev.nuggets.render.html;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.render.Projections;
import dev.nuggets.render.EpisodeRoundTrip;
import java.util.List;
import java.util.Optional;

/** The {@code html} format's row: a standalone page, as the discovered renderer writes it. */
public final class HtmlRoundTrip extends EpisodeRoundTrip {
  public HtmlRoundTrip() {
    super("html");
  }

  /**
   * HTML: everything but section end times, the start of a section left out of the table of contents (times are
   * shown in the table, exact in {@code <time datetime>}), a link that is not http, https or mailto, and the
   * transcript, transcript links and chapters link (none written). Text comes back as a browser shows it: each run
   * of HTML white space (space, tab, line feed, form feed, carriage return) is one space, none at either end; other
   * spaces (no-break, em, zero-width joiners) stay. When no section is listed in the table of contents there is no
   * table of contents to write, and the sections read back as listed. An episode without a title reads back without
   * one: the page's {@code <title>} (the podcast title, or "Untitled episode") is not the episode's, and the
   * {@code <h1>} of the article the renderer wrote is the only title read back.
   */
  @Override
  public Optional<Episode> carried(Episode e) {
    Episode d = Projections.document(e);
    boolean noToc = d.sections().stream().noneMatch(Section::listedInToc);
    return Optional.of(
        d.toBuilder()
            .title(d.title().map(HtmlRoundTrip::shown))
            .podcastTitle(d.podcastTitle().map(HtmlRoundTrip::shown))
            .people(d.people().stream()
                .map(p -> p.toBuilder().name(shown(p.name())).description(p.description().map(HtmlRoundTrip::shown))
                    .build())
                .toList())
            .takeaways(d.takeaways().stream()
                .map(t -> t.toBuilder().text(shown(t.text())).label(t.label().map(HtmlRoundTrip::shown)).build())
                .toList())
            .sections(d.sections().stream()
                .map(s -> s.toBuilder()
                    .listedInToc(s.listedInToc() || noToc)
                    .heading(shown(s.heading()))
                    .paragraphs(s.paragraphs().stream().map(HtmlRoundTrip::shown).toList())
                    .build())
                .toList())
            .build());
  }

  /** Text as a browser shows it: runs of HTML white space folded to one space, none at either end. */
  static String shown(String text) {
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
}
