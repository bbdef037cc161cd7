package dev.nuggets.parser.rss;

import dev.nuggets.core.text.HtmlText;
import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.feed.Enclosure;
import dev.nuggets.core.feed.Guid;
import dev.nuggets.core.feed.ItemDetails;
import dev.nuggets.core.feed.Soundbite;
import dev.nuggets.parser.ParseContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code <item>} as an {@link Episode}: the RSS, iTunes, {@code content:} and typed Podcasting 2.0 elements go
 * to their places, every other element to {@link ItemDetails#extensions()}, so nothing is lost. Knows the guids seen
 * so far, to report an item that repeats one.
 */
final class ItemReader {
  private final ParseContext context;
  private final Values values;
  private final Set<String> guids = new HashSet<>();

  ItemReader(ParseContext context) {
    this.context = context;
    this.values = new Values(context);
  }

  Episode read(XmlNode item) {
    Episode.Builder episode = Episode.builder();
    ItemDetails.Builder details = ItemDetails.builder();
    Item state = new Item();
    for (XmlNode child : item.children()) {
      if (!typed(child, episode, details, state)) {
        details.addExtensions(child.toElement());
      }
    }
    if (state.title.isEmpty() && state.itunesTitle.isPresent()) {
      state.title = state.itunesTitle;
    } else {
      state.itunesTitleNode.ifPresent(n -> details.addExtensions(n.toElement()));
    }
    state.title.ifPresent(episode::title);
    identity(item, state);
    return episode.feedDetails(details.build()).build();
  }

  /** Mutable facts about the item being read, where one element's meaning depends on another. */
  private static final class Item {
    Optional<String> title = Optional.empty();
    Optional<String> itunesTitle = Optional.empty();
    Optional<XmlNode> itunesTitleNode = Optional.empty();
    Optional<String> guid = Optional.empty();
    Optional<String> enclosure = Optional.empty();
    Optional<String> link = Optional.empty();
    boolean description;
    boolean season;
    boolean number;
    boolean chapters;
  }

  private boolean typed(XmlNode node, Episode.Builder episode, ItemDetails.Builder details, Item state) {
    return switch (node.space()) {
      case RSS -> rss(node, episode, details, state);
      case ITUNES -> itunes(node, episode, details, state);
      case CONTENT -> {
        if (node.name().equals("encoded") && node.value().isPresent()) {
          details.contentHtml(node.value().get());
          yield true;
        }
        yield false;
      }
      case PODCAST -> podcast(node, episode, details, state);
      default -> false;
    };
  }

  private boolean rss(XmlNode node, Episode.Builder episode, ItemDetails.Builder details, Item state) {
    switch (node.name()) {
      case "title" -> {
        if (state.title.isPresent()) {
          return false;
        }
        state.title = values.title(node);
        return true;
      }
      case "link" -> {
        if (state.link.isPresent() || node.value().isEmpty()) {
          return false;
        }
        state.link = node.value();
        episode.link(node.value().get());
        return true;
      }
      case "description" -> {
        if (state.description) {
          return false;
        }
        state.description = true;
        description(node, episode, details);
        return true;
      }
      case "guid" -> {
        if (state.guid.isPresent() || node.value().isEmpty()) {
          return false;
        }
        Guid.Builder guid = Guid.builder().value(node.value().get());
        node.value("isPermaLink").ifPresent(p -> guid.permaLink(p.equalsIgnoreCase("true")));
        if (node.value("isPermaLink").filter(p -> !p.equalsIgnoreCase("true") && !p.equalsIgnoreCase("false"))
            .isPresent()) {
          return false;
        }
        state.guid = node.value();
        details.guid(guid.build());
        return true;
      }
      case "pubDate" -> {
        Optional<dev.nuggets.core.PublicationDate> date = values.date(node);
        date.ifPresent(episode::publishedOn);
        return date.isPresent();
      }
      case "enclosure" -> {
        return enclosure(node, details, state);
      }
      default -> {
        return false;
      }
    }
  }

  private void description(XmlNode node, Episode.Builder episode, ItemDetails.Builder details) {
    Optional<String> raw = node.value();
    if (raw.isEmpty()) {
      return;
    }
    if (HtmlText.readsAsHtml(raw.get())) {
      String plain = ShowNotes.plainText(raw.get());
      if (ShowNotes.isMarkup(raw.get(), plain)) {
        details.descriptionHtml(raw.get());
      }
      if (!Namespaces.blank(plain)) {
        episode.description(plain);
      }
    } else {
      episode.description(raw.get());
    }
  }

  private boolean enclosure(XmlNode node, ItemDetails.Builder details, Item state) {
    Optional<String> url = node.value("url");
    if (state.enclosure.isPresent()) {
      return false;
    }
    if (url.isEmpty()) {
      context.warning(RssCodes.EMPTY_ELEMENT, "<enclosure> without a url; kept as it is", node.position());
      return false;
    }
    if (node.attributes().size() > 3 || node.value().isPresent()) {
      return false; // something beyond url, length and type: kept whole
    }
    Enclosure.Builder enclosure = Enclosure.builder().url(url.get());
    node.attribute("length").flatMap(length -> values.length(node, length)).ifPresent(enclosure::length);
    node.value("type").ifPresent(enclosure::mediaType);
    state.enclosure = url;
    details.enclosure(enclosure.build());
    return true;
  }

  private boolean itunes(XmlNode node, Episode.Builder episode, ItemDetails.Builder details, Item state) {
    Optional<String> v = node.value();
    switch (node.name()) {
      case "title" -> {
        if (state.itunesTitleNode.isPresent()) {
          return false;
        }
        state.itunesTitle = values.title(node);
        state.itunesTitleNode = Optional.of(node);
        return true;
      }
      case "duration" -> {
        Optional<Duration> d = values.duration(node);
        d.ifPresent(episode::duration);
        return d.isPresent();
      }
      case "season" -> {
        return season(node, details, state);
      }
      case "episode" -> {
        if (state.number || v.isEmpty()) {
          return false;
        }
        state.number = true;
        details.episodeNumber(v.get());
        return true;
      }
      case "episodeType" -> {
        v.ifPresent(t -> details.episodeType(t.toLowerCase(Locale.ROOT)));
        return v.isPresent();
      }
      case "explicit" -> {
        Optional<Boolean> e = values.yesNo(node);
        e.ifPresent(details::explicit);
        return e.isPresent();
      }
      case "image" -> {
        Optional<String> href = node.value("href").or(node::value);
        href.ifPresent(details::imageUrl);
        return href.isPresent();
      }
      case "keywords" -> {
        v.ifPresent(k -> details.keywords(Values.keywords(k)));
        return v.isPresent();
      }
      case "block" -> {
        details.block(values.flag(node));
        return v.isPresent();
      }
      default -> {
        return false;
      }
    }
  }

  private boolean podcast(XmlNode node, Episode.Builder episode, ItemDetails.Builder details, Item state) {
    switch (node.name()) {
      case "transcript" -> {
        Optional<ContentLink> link = link(node, "type");
        link.ifPresent(episode::addTranscriptLinks);
        return link.isPresent();
      }
      case "chapters" -> {
        if (state.chapters) {
          return false;
        }
        Optional<ContentLink> link = link(node, "type");
        link.ifPresent(episode::chaptersLink);
        state.chapters = link.isPresent();
        return link.isPresent();
      }
      case "person" -> {
        Optional<Person> person = People.person(node, context);
        person.ifPresent(episode::addPeople);
        return person.isPresent();
      }
      case "soundbite" -> {
        Optional<String> start = node.value("startTime");
        Optional<String> length = node.value("duration");
        if (start.isEmpty() || length.isEmpty() || node.attributes().size() != 2) {
          return false;
        }
        Optional<Duration> s = values.duration(node, start.get());
        Optional<Duration> d = values.duration(node, length.get());
        if (s.isEmpty() || d.isEmpty()) {
          return false;
        }
        Soundbite.Builder bite = Soundbite.builder().start(s.get()).duration(d.get());
        node.value().ifPresent(bite::title);
        details.addSoundbites(bite.build());
        return true;
      }
      case "season" -> {
        if (node.attributes().size() > 1 || !season(node, details, state)) {
          return false;
        }
        node.value("name").ifPresent(details::seasonName);
        return true;
      }
      case "episode" -> {
        Optional<String> v = node.value();
        if (state.number || v.isEmpty() || node.attributes().size() > 1) {
          return false;
        }
        state.number = true;
        details.episodeNumber(v.get());
        node.value("display").ifPresent(details::episodeDisplay);
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** {@code itunes:season} or {@code podcast:season}'s number, when no season was read yet. */
  private boolean season(XmlNode node, ItemDetails.Builder details, Item state) {
    Optional<Integer> n = node.value().flatMap(v -> values.integer(node, v));
    if (state.season || n.isEmpty()) {
      return false;
    }
    state.season = true;
    details.season(n.get());
    return true;
  }

  /** A transcript or chapters link; an element with attributes the model has no place for is kept whole. */
  private Optional<ContentLink> link(XmlNode node, String typeAttribute) {
    Optional<String> url = node.value("url");
    if (url.isEmpty()) {
      context.warning(RssCodes.EMPTY_ELEMENT, "<podcast:" + node.name() + "> without a url; kept as it is",
          node.position());
      return Optional.empty();
    }
    for (var a : node.attributes()) {
      if (!a.namespace().isEmpty() || !Set.of("url", "type", "language", "rel").contains(a.name())
          || Namespaces.blank(a.value()) || !a.value().equals(a.value().strip())) {
        return Optional.empty();
      }
    }
    if (!node.children().isEmpty() || node.value().isPresent()) {
      return Optional.empty();
    }
    ContentLink.Builder link = ContentLink.builder().url(url.get());
    node.value(typeAttribute).ifPresent(link::mediaType);
    node.value("language").ifPresent(link::language);
    node.value("rel").ifPresent(link::rel);
    return Optional.of(link.build());
  }

  private void identity(XmlNode item, Item state) {
    if (state.guid.isPresent()) {
      if (guids.size() < 1_000_000 && !guids.add(state.guid.get())) {
        context.warning(RssCodes.DUPLICATE_GUID, "an item repeats the guid " + state.guid.get()
            + " of an earlier item", item.position());
      }
    } else {
      String by = state.enclosure.isPresent() ? "its enclosure URL" : "its link and title";
      context.warning(RssCodes.MISSING_GUID, "an item without a guid; it is identified by " + by, item.position());
    }
  }
}
