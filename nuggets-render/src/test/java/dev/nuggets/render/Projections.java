package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Pieces that several formats' {@link RoundTrip} projections share: what no document format carries (the
 * transcript and the links to transcripts and chapters kept elsewhere), the link schemes the renderers write, and
 * the times the document formats show.
 */
public final class Projections {
  /** The schemes every renderer writes a link with. */
  public static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  /** The schemes of a web address: what {@code jsonld}'s {@code url} holds. */
  public static final Set<String> WEB_SCHEMES = Set.of("http", "https");

  private Projections() {}

  /**
   * The episode without its transcript, its transcript links and its chapters link: content that only the
   * canonical {@code json} format carries for now.
   */
  public static Episode withoutLinkedContent(Episode e) {
    return e.toBuilder().transcript(Optional.empty()).transcriptLinks(List.of()).chaptersLink(Optional.empty()).build();
  }

  /**
   * What the document formats ({@code markdown}, {@code html}) keep of an episode's structure: the link when it
   * has a safe scheme, no section end times, and start times only for the sections listed in the table of contents
   * (the times are shown in the table); no linked content.
   */
  public static Episode document(Episode e) {
    return withoutLinkedContent(e).toBuilder()
        .link(e.link().filter(link -> hasScheme(link, SAFE_SCHEMES)))
        .sections(
            e.sections().stream()
                .map(s -> s.toBuilder().end(Optional.empty()).start(s.listedInToc() ? s.start() : Optional.empty())
                    .build())
                .toList())
        .build();
  }

  /** Without a table of contents every section counts as listed (and so keeps its start, shown in the heading). */
  public static Episode listedWithoutTable(Episode e) {
    if (!e.tableOfContents().isEmpty()) {
      return e;
    }
    return e.toBuilder().sections(e.sections().stream().map(s -> s.toBuilder().listedInToc(true).build()).toList())
        .build();
  }

  /** A time as the documents show it: whole seconds. */
  public static Duration wholeSeconds(Duration time) {
    return time.truncatedTo(ChronoUnit.SECONDS);
  }

  /** A section without start and end. */
  public static Section untimed(Section section) {
    return section.toBuilder().start(Optional.empty()).end(Optional.empty()).build();
  }

  /** Whether the link's scheme, before its first colon, is one of {@code schemes} (in any case). */
  public static boolean hasScheme(String link, Set<String> schemes) {
    int colon = link.indexOf(':');
    return colon > 0 && schemes.contains(link.substring(0, colon).toLowerCase(Locale.ROOT));
  }
}
