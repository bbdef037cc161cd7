package dev.nuggets.parser.html;

import dev.nuggets.core.formats.HtmlFormat;

import dev.nuggets.core.text.Landmarks;
import dev.nuggets.core.text.Timecodes;
import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.diag.SourcePosition;
import dev.nuggets.parser.DiagnosticCodes;
import dev.nuggets.parser.ParseContext;
import dev.nuggets.parser.SourceText;
import dev.nuggets.parser.internal.Anchors;
import dev.nuggets.parser.internal.EpisodeDraft;
import dev.nuggets.parser.internal.Outline;
import dev.nuggets.parser.internal.PeopleLines;
import dev.nuggets.parser.jsonld.JsonLdReader;
import java.time.DateTimeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jspecify.annotations.Nullable;

/**
 * Reads one HTML page: jsoup's tree with source positions, walked without recursion from the episode's root
 * ({@code <article>}, else {@code <main>}, else {@code <body>}), page chrome skipped. One reader serves one parse.
 */
final class HtmlReader {
  /** Never content: scripts, styles, forms and embedded objects. */
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script", "style", "noscript", "template", "form", "button", "select", "textarea", "input", "iframe",
          "object", "embed", "svg", "canvas", "dialog", "math", "head", "title", "meta", "link");

  /** Page chrome around the content: skipped unless it holds the title ({@code header}) or is a table of contents. */
  private static final Set<String> CHROME = Set.of("header", "footer", "aside", "nav", "menu");

  private static final Set<String> CHROME_ROLES = Set.of("banner", "contentinfo", "complementary", "navigation");

  /** Elements whose whole text is one paragraph. */
  private static final Set<String> PARAGRAPHS =
      Set.of("p", "pre", "dt", "dd", "figcaption", "caption", "address", "summary", "tr");

  /** The class of the line of metadata the {@code html} renderer writes above the title. */
  private static final String METADATA_LINE = "episode-meta";

  private static final Set<String> PEOPLE_CLASSES = Set.of("people", "persons", "cast", "hosts", "guests", "credits");

  private final SourceText source;
  private final ParseContext context;
  private final EpisodeDraft draft;
  private final Outline outline;

  HtmlReader(SourceText source, ParseContext context) {
    this.source = source;
    this.context = context;
    this.draft = new EpisodeDraft(context, EpisodeDraft.Codes.of(HtmlFormat.FORMAT.name()));
    this.outline = new Outline(source, context, draft, HtmlCodes.TOC_EMPTY);
  }

  Episode read() {
    Parser parser =
        Parser.htmlParser().setTrackPosition(true).setMaxDepth(Math.max(512, context.limits().maxDepth() + 16));
    Document document = Jsoup.parse(source.text(), "", parser);
    Optional<JsonLd> jsonLd = jsonLd(document);
    jsonLd.ifPresent(this::metadata);
    Element root = root(document);
    outline.timesInText(!isRendered(root));
    NodeTraversor.filter(new Walker(root), root);
    outline.finish();
    Episode episode = draft.finish();
    // The page's <title> stands in for a missing <h1>, but not in an article the html renderer wrote: there the
    // <h1> is the title, and a <title> without one is the podcast's or "Untitled episode", never the episode's.
    if (episode.title().isEmpty() && jsonLd.flatMap(j -> j.episode().title()).isEmpty() && !isRendered(root)) {
      String title = fold(document.title()).replace('\n', ' ');
      if (!title.isEmpty()) {
        episode = episode.toBuilder().title(title).build();
      }
    }
    if (episode.people().isEmpty() && jsonLd.isPresent() && !jsonLd.get().episode().people().isEmpty()) {
      episode = episode.toBuilder().people(jsonLd.get().episode().people()).build(); // the page names no one
    }
    jsonLd.ifPresent(j -> reportNotKept(j, document));
    return episode;
  }

  /** The episode a page's JSON-LD block describes, as the {@code jsonld} format reads it, and where the block starts. */
  private record JsonLd(Episode episode, SourcePosition position) {}

  /**
   * The first JSON-LD block that describes an episode, read by the {@code jsonld} format's reader into a scratch
   * episode; its diagnostics carry the page's line:column.
   */
  private Optional<JsonLd> jsonLd(Document document) {
    for (Element script : document.select("script[type]")) {
      if (!script.attr("type").strip().toLowerCase(Locale.ROOT).startsWith("application/ld+json")) {
        continue;
      }
      int offset = script.endSourceRange().isTracked() ? script.sourceRange().endPos() : 0;
      for (Node child : script.childNodes()) {
        if (child instanceof DataNode && child.sourceRange().isTracked()) {
          offset = child.sourceRange().startPos();
        }
      }
      String json = script.data();
      int blank = 0;
      while (blank < json.length() && Character.isWhitespace(json.charAt(blank))) {
        blank++;
      }
      int at = Math.min(offset + blank, source.length());
      Episode.Builder scratch = Episode.builder();
      if (JsonLdReader.read(json.substring(blank), source, at, scratch, context)) {
        return Optional.of(new JsonLd(scratch.build(), source.position(at)));
      }
    }
    return Optional.empty();
  }

  /** What the page takes from its JSON-LD: the title (the {@code <h1>} wins), podcast, date, duration and link. */
  private void metadata(JsonLd jsonLd) {
    Episode.Builder metadata = draft.metadata();
    Episode episode = jsonLd.episode();
    episode.title().ifPresent(metadata::title);
    episode.podcastTitle().ifPresent(metadata::podcastTitle);
    episode.publishedOn().ifPresent(metadata::publishedOn);
    episode.duration().ifPresent(metadata::duration);
    episode.link().ifPresent(metadata::link);
  }

  /**
   * Names what the JSON-LD says that the page does not take from it: its description, takeaways and clips (the
   * page's own text is the episode's), a name other than the page's title.
   */
  private void reportNotKept(JsonLd jsonLd, Document document) {
    Episode ld = jsonLd.episode();
    for (Section section : ld.sections()) {
      String what =
          section.heading().equals(JsonLdReader.DESCRIPTION_HEADING) && !section.paragraphs().isEmpty()
              ? "description " + Spaces.quote(String.join("\n\n", section.paragraphs()))
              : "clip " + Spaces.quote(section.heading());
      context.info(
          HtmlCodes.JSONLD_NOT_KEPT,
          "the JSON-LD " + what + " was not kept: the page's own text is the episode's",
          jsonLd.position());
    }
    if (!ld.takeaways().isEmpty()) {
      context.info(
          HtmlCodes.JSONLD_NOT_KEPT,
          "the JSON-LD abstract (" + ld.takeaways().size() + " takeaways) was not kept: the page's own text is the"
              + " episode's",
          jsonLd.position());
    }
    Element h1 = document.selectFirst("h1");
    if (ld.title().isPresent() && h1 != null && outline.titleRead()
        && !Spaces.landmarkKey(ld.title().get()).equals(Spaces.landmarkKey(text(h1, false)))) {
      context.info(
          HtmlCodes.JSONLD_NOT_KEPT,
          "the JSON-LD name " + Spaces.quote(ld.title().get()) + " differs from the page's title, which was kept",
          jsonLd.position());
    }
  }

  /** Whether the html renderer wrote the page: its article is {@code <article class="episode">}. */
  private static boolean isRendered(Element root) {
    return root.normalName().equals("article") && root.hasClass("episode");
  }

  /** The element that holds the episode: the first article with a title, else the first article, main or body. */
  private static Element root(Document document) {
    Element first = null;
    for (Element article : document.select("article")) {
      if (article.selectFirst("h1") != null) {
        return article;
      }
      if (first == null) {
        first = article;
      }
    }
    if (first != null) {
      return first;
    }
    Element main = document.selectFirst("main, [role=main]");
    return main != null ? main : document.body();
  }

  /**
   * Walks the root in document order; text is read at paragraphs, list items, headings and loose runs. jsoup's
   * nodes compare by identity, so {@code equals} is the same node.
   */
  private final class Walker implements NodeFilter {
    private final Element root;
    private final StringBuilder run = new StringBuilder();
    private @Nullable Node runStart;
    private boolean depthReported;

    Walker(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (draft.stopped()) {
        return FilterResult.STOP;
      }
      if (node instanceof TextNode text) {
        addToRun(text, spaces(text.getWholeText()));
        return FilterResult.CONTINUE;
      }
      if (!(node instanceof Element element)) {
        return FilterResult.SKIP_ENTIRELY; // comments, doctype, data: nothing a reader sees
      }
      String tag = element.normalName();
      boolean isRoot = element.equals(root);
      if (!isRoot && isChrome(element, tag) && !isRenderedHeader(element, root)) {
        if (tag.equals("nav") && isTableOfContents(element)) {
          flush();
          tableOfContents(element);
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (!isRoot && !element.tag().isBlock() && !isHeading(tag) && !isPeopleList(element)) {
        addToRun(element, tag.equals("br") ? "\n" : text(element, false));
        return FilterResult.SKIP_ENTIRELY;
      }
      flush();
      if (depth > context.limits().maxDepth()) {
        if (!depthReported) {
          depthReported = true;
          context.error(
              DiagnosticCodes.LIMIT_DEPTH,
              "elements nested deeper than the limit maxDepth = " + context.limits().maxDepth()
                  + "; the deeper content was skipped",
              position(element));
        }
        return FilterResult.SKIP_ENTIRELY;
      }
      if (element.hasClass(METADATA_LINE)) {
        metadataLine(element);
      } else if (isHeading(tag)) {
        heading(element, tag.charAt(1) - '0');
      } else if (isPeopleList(element)) {
        people(element);
      } else if (tag.equals("ul") || tag.equals("ol")) {
        list(element, depth);
      } else if (PARAGRAPHS.contains(tag) || (tag.equals("blockquote") && !hasBlockChild(element))) {
        paragraph(element);
      } else {
        return FilterResult.CONTINUE; // a container: its children are read in turn
      }
      return FilterResult.SKIP_ENTIRELY;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && (element.tag().isBlock() || element.equals(root))) {
        flush(); // the loose text of a container ends with it
      }
      return FilterResult.CONTINUE;
    }

    private void addToRun(Node node, String text) {
      if (runStart == null && !Spaces.isBlank(text)) {
        runStart = node;
      }
      run.append(text);
    }

    /** Loose text (words and inline elements between blocks) is one paragraph. */
    private void flush() {
      Node start = runStart;
      String text = fold(run);
      run.setLength(0);
      runStart = null;
      if (start != null && !text.isEmpty()) {
        SourcePosition at = position(start);
        outline.unit(
            new Outline.Unit(
                text, at, at.line(), false, Optional.empty(), Optional.empty(), Optional.empty()));
      }
    }
  }

  /**
   * The header of an article the html renderer wrote: the episode's own (metadata line, title, people) even when it
   * holds no {@code <h1>}, as for an episode without a title.
   */
  private static boolean isRenderedHeader(Element element, Element root) {
    return element.normalName().equals("header") && root.equals(element.parent()) && isRendered(root);
  }

  private static boolean isChrome(Element element, String tag) {
    if (isNeverShown(element)) {
      return true;
    }
    boolean chrome = CHROME.contains(tag) || CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT));
    if (chrome && tag.equals("header")) {
      return element.selectFirst("h1") == null; // an article's own header holds its title
    }
    return chrome;
  }

  /**
   * Whether a reader never sees the element's text: scripts, forms, embedded objects and hidden elements. The one
   * rule for what text is content, so that a value and the check that it is not blank look at the same text.
   */
  private static boolean isNeverShown(Element element) {
    return NEVER_CONTENT.contains(element.normalName()) || element.hasAttr("hidden")
        || element.attr("aria-hidden").equalsIgnoreCase("true");
  }

  private static boolean isHeading(String tag) {
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (child.tag().isBlock()) {
        return true;
      }
    }
    return false;
  }

  /**
   * A {@code <nav>} is a table of contents when it says so (an id, class, label or heading with "toc" or
   * "contents") or when most of its links stay on the page.
   */
  private static boolean isTableOfContents(Element nav) {
    String named = (nav.id() + " " + nav.className() + " " + nav.attr("aria-label")).toLowerCase(Locale.ROOT);
    if (named.contains("toc") || named.contains("contents") || named.contains("chapters")) {
      return true;
    }
    for (Element heading : nav.select("h1, h2, h3, h4, h5, h6")) {
      if (Landmarks.isTableOfContents(Spaces.landmarkKey(text(heading, false)))) {
        return true;
      }
    }
    int links = 0;
    int inPage = 0;
    for (Element a : nav.select("a[href]")) {
      links++;
      if (Anchors.fragment(a.attr("href")).isPresent()) {
        inPage++;
      }
    }
    return links > 0 && inPage * 2 > links;
  }

  private void tableOfContents(Element nav) {
    List<Element> items = nav.select("li");
    if (items.isEmpty()) {
      items = nav.select("a[href]");
    }
    draft.tableOfContents();
    for (Element item : items) {
      outline.tocEntry(text(item, true, timeElement(item).orElse(null)), anchor(item), time(item), position(item));
    }
  }

  private void heading(Element heading, int level) {
    List<String> ids = new ArrayList<>();
    if (!heading.id().isEmpty()) {
      ids.add(heading.id());
    }
    for (Element withId : heading.select("[id]")) {
      ids.add(withId.id());
    }
    Element parent = heading.parent();
    if (parent != null && parent.normalName().equals("section") && !parent.id().isEmpty()
        && heading.equals(parent.selectFirst("h1, h2, h3, h4, h5, h6"))) {
      ids.add(parent.id());
    }
    outline.heading(text(heading, false, timeElement(heading).orElse(null)), level, ids, time(heading), position(heading));
  }

  private void list(Element list, int depth) {
    boolean reported = false;
    for (Element item : list.select("li")) {
      int nesting = 0;
      for (Element e = item.parent(); e != null && !e.equals(list); e = e.parent()) {
        nesting++;
      }
      if (depth + nesting + 1 > context.limits().maxDepth()) {
        if (!reported) {
          reported = true;
          context.error(
              DiagnosticCodes.LIMIT_DEPTH,
              "lists nested deeper than the limit maxDepth = " + context.limits().maxDepth()
                  + "; the deeper items were skipped",
              position(item));
        }
        continue;
      }
      unit(item, text(item, true, timeElement(item).orElse(null)), true);
      if (draft.stopped()) {
        return;
      }
    }
  }

  private void paragraph(Element element) {
    String text;
    if (element.normalName().equals("pre")) {
      text = element.wholeText().strip();
    } else if (element.normalName().equals("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : element.children()) {
        String t = text(cell, false);
        if (!t.isEmpty()) {
          cells.add(t);
        }
      }
      text = String.join(" | ", cells);
    } else {
      text = text(element, false, timeElement(element).orElse(null));
    }
    unit(element, text, false);
  }

  private void unit(Element element, String text, boolean listItem) {
    if (Spaces.isBlank(text)) {
      return;
    }
    outline.unit(
        new Outline.Unit(
            text, position(element), lastLine(element), listItem, lead(element), anchor(element), time(element)));
  }

  /**
   * The metadata line ({@code class="episode-meta"}): the podcast ({@code class="podcast"}), the date and the
   * duration ({@code <time datetime>}, told apart by their ISO-8601 shape) and the episode's page (the first link
   * that leaves the page). What it says wins over the JSON-LD block, as the page's {@code <h1>} does.
   */
  private void metadataLine(Element line) {
    Episode.Builder metadata = draft.metadata();
    visibleText(line.selectFirst(".podcast")).ifPresent(metadata::podcastTitle);
    for (Element time : line.select("time[datetime]")) {
      String value = time.attr("datetime").strip();
      Optional<Duration> duration =
          value.startsWith("P") || value.startsWith("p") ? Timecodes.duration(value) : Optional.empty();
      if (duration.isPresent()) {
        metadata.duration(duration.get());
        continue;
      }
      try {
        metadata.publishedOn(PublicationDate.parse(value));
      } catch (DateTimeException e) {
        context.warning(
            HtmlCodes.METADATA_VALUE,
            "the metadata line's time " + Spaces.quote(value) + " is neither an ISO-8601 date nor a duration; it was"
                + " not kept",
            position(time));
      }
    }
    for (Element a : line.select("a[href]")) {
      String href = a.attr("href").strip();
      if (!href.isEmpty() && !href.startsWith("#")) {
        metadata.link(href);
        break;
      }
    }
  }

  /** The text of the {@code <strong>} or {@code <b>} an element opens with: a takeaway's label. */
  private Optional<String> lead(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode t && (t.isBlank() || Timecodes.isTimeOrSpace(t.text()))) {
        continue;
      }
      if (child instanceof Element e && e.normalName().equals("time")) {
        continue;
      }
      if (child instanceof Element e && (e.normalName().equals("strong") || e.normalName().equals("b"))) {
        return Optional.of(text(e, false));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The fragment of the first in-page link that belongs to this element (not to a list nested in it). */
  private static Optional<String> anchor(Element element) {
    return first(element, "a[href]", a -> Anchors.fragment(a.attr("href")));
  }

  /** The start a {@code <time datetime="PT12M34S">} of this element (not of a nested list) gives. */
  private static Optional<Duration> time(Element element) {
    return timeElement(element).flatMap(time -> Timecodes.duration(time.attr("datetime")));
  }

  /** The {@code <time>} that gives this element's start; its text is the start shown, not part of the text. */
  private static Optional<Element> timeElement(Element element) {
    return first(
        element, "time[datetime]", time -> Timecodes.duration(time.attr("datetime")).map(d -> time));
  }

  /**
   * The first value {@code read} gives for the elements matching {@code query} in {@code element}, leaving out, in a
   * list item, those of the lists nested in it.
   */
  private static <T> Optional<T> first(Element element, String query, Function<Element, Optional<T>> read) {
    boolean item = element.normalName().equals("li");
    for (Element found : element.select(query)) {
      if (item && !element.equals(found.closest("li"))) {
        continue;
      }
      Optional<T> value = read.apply(found);
      if (value.isPresent()) {
        return value;
      }
    }
    return Optional.empty();
  }

  private boolean isPeopleList(Element element) {
    for (String name : element.classNames()) {
      if (PEOPLE_CLASSES.contains(name.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A people list: each item (or line) one person, either marked up ({@code class} or {@code itemprop}
   * {@code name}, {@code role}, {@code description}) or written "Name (Role, Description)" or "Role: Name".
   */
  private void people(Element list) {
    List<Element> items = list.select("li");
    if (items.isEmpty()) {
      items = List.of(list);
    }
    for (Element item : items) {
      Element nameElement = item.selectFirst(".name, [itemprop=name]");
      List<Person> people = new ArrayList<>();
      if (nameElement != null) {
        Optional<String> name = visibleText(nameElement);
        if (name.isEmpty()) {
          context.warning(
              HtmlCodes.UNRECOGNISED_PERSON,
              "a person in a people list whose name shows no text a reader sees; that person was not kept",
              position(item));
          continue;
        }
        Person.Builder person = Person.builder().name(name.get()).role(Role.HOST);
        visibleText(item.selectFirst(".role, [itemprop=roleName]")).map(Role::of).ifPresent(person::role);
        visibleText(item.selectFirst(".description, [itemprop=description]")).ifPresent(person::description);
        people.add(person.build());
      } else {
        for (String line : text(item, true).split("\n", -1)) {
          List<Person> named = new ArrayList<>(PeopleLines.read(line));
          if (named.isEmpty()) {
            PeopleLines.person(line, Role.HOST).ifPresent(named::add);
          }
          if (named.isEmpty() && !Spaces.isBlank(line)) {
            context.warning(
                HtmlCodes.UNRECOGNISED_PERSON,
                Spaces.quote(line) + " in a people list names no one that could be read; it was not kept",
                position(item));
          }
          people.addAll(named);
        }
      }
      people.forEach(draft.metadata()::addPeople);
    }
  }

  /** The text a reader sees in {@code element} (see {@link #text}), when there is an element and it shows some. */
  private static Optional<String> visibleText(@Nullable Element element) {
    if (element == null || isNeverShown(element)) {
      return Optional.empty();
    }
    String text = text(element, false);
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /**
   * The text a reader sees in an element: white space folded, {@code <br>} and block boundaries as line feeds,
   * images as their alt text, scripts and other non-content skipped; nested lists skipped when
   * {@code skipNestedLists}. Iterative (jsoup's traversor), so any nesting is safe.
   */
  static String text(Element element, boolean skipNestedLists) {
    return text(element, skipNestedLists, null);
  }

  /** As {@link #text(Element, boolean)}, leaving out {@code skip} (the {@code <time>} that gave a start). */
  static String text(Element element, boolean skipNestedLists, @Nullable Element skip) {
    if (element.normalName().equals("img")) {
      return fold(element.attr("alt")).replace('\n', ' ');
    }
    StringBuilder out = new StringBuilder();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
              out.append(spaces(t.getWholeText()));
              return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node.equals(element)) {
              return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (isNeverShown(e) || e.equals(skip)
                || (skipNestedLists && (tag.equals("ul") || tag.equals("ol")))) {
              return FilterResult.SKIP_ENTIRELY;
            }
            if (tag.equals("br") || e.tag().isBlock()) {
              out.append('\n');
            } else if (tag.equals("img")) {
              out.append(' ').append(e.attr("alt")).append(' ');
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (!node.equals(element) && node instanceof Element e && e.tag().isBlock()) {
              out.append('\n');
            }
            return FilterResult.CONTINUE;
          }
        },
        element);
    return fold(out);
  }

  /**
   * Runs of HTML white space (space, tab, line feed, form feed, carriage return) folded to one space and both ends
   * stripped, as a browser shows text; line feeds (from {@code <br>} and block boundaries, see {@link #spaces})
   * survive, folded with the white space around them. Other spaces (no-break, em, zero-width joiners) are text a
   * reader sees and stay as they are.
   */
  static String fold(CharSequence s) {
    return Spaces.collapse(s, true, c -> c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r');
  }

  /** Source white space (line ends included) is a space in HTML; only {@code <br>} and blocks break lines. */
  private static String spaces(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ').replace('\f', ' ');
  }

  /** Where a node starts in the input; for text, where its first visible character stands. */
  private SourcePosition position(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      Range range = n.sourceRange();
      if (range.isTracked() && !range.isImplicit()) {
        int offset = range.startPos();
        if (n instanceof TextNode text) {
          String whole = text.getWholeText();
          int blank = 0;
          while (blank < whole.length() && Spaces.isSpace(whole.charAt(blank))) {
            blank++;
          }
          offset += blank < whole.length() ? blank : 0;
        }
        return source.position(Math.min(offset, source.length()));
      }
    }
    return SourcePosition.START;
  }

  private int lastLine(Element element) {
    Range end = element.endSourceRange();
    if (end.isTracked() && !end.isImplicit()) {
      return source.lineOf(Math.min(end.endPos(), source.length()));
    }
    return position(element).line();
  }
}
