package dev.nuggets.parser.rss;

import dev.nuggets.core.text.HtmlText;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.feed.Category;
import dev.nuggets.core.feed.Funding;
import dev.nuggets.core.feed.ShowDetails;
import dev.nuggets.parser.ParseContext;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The children of {@code <channel>} other than its items, gathered into a {@link Podcast}: RSS, iTunes, Atom and
 * typed Podcasting 2.0 elements go to their places, every other element to {@link ShowDetails#extensions()}.
 * Elements may come before and after the items; {@link #podcast()} gives what was read so far.
 */
final class ShowReader {
  private static final Set<String> SELF_LINK = Set.of("rel", "href", "type");

  private final ParseContext context;
  private final Values values;
  private final Podcast.Builder podcast = Podcast.builder();
  private final ShowDetails.Builder details = ShowDetails.builder();
  private final Set<String> seen = new HashSet<>();
  private boolean itunesImage;
  private boolean hasImage;

  ShowReader(ParseContext context) {
    this.context = context;
    this.values = new Values(context);
  }

  Podcast podcast() {
    return podcast.feedDetails(details.build()).build();
  }

  void read(XmlNode node) {
    imageFallback(node);
    if (!typed(node)) {
      details.addExtensions(node.toElement());
    }
  }

  /** Whether the node went to a typed place; each single-valued element is typed once, repeats are kept. */
  private boolean typed(XmlNode node) {
    String key = node.space() + ":" + node.name();
    return switch (node.space()) {
      case RSS -> once(key, node) && rss(node);
      case ITUNES -> itunes(node, key);
      case ATOM -> atom(node);
      case PODCAST -> podcastTag(node, key);
      default -> false;
    };
  }

  private boolean once(String key, XmlNode node) {
    return node.value().isPresent() && seen.add(key);
  }

  private boolean rss(XmlNode node) {
    String v = node.value().orElseThrow();
    switch (node.name()) {
      case "title" -> values.title(node).ifPresent(podcast::title);
      case "description" -> {
        String plain = HtmlText.readsAsHtml(v) ? ShowNotes.plainText(v) : v;
        if (HtmlText.readsAsHtml(v) && ShowNotes.isMarkup(v, plain)) {
          details.descriptionHtml(v);
        }
        if (!Namespaces.blank(plain)) {
          podcast.description(plain);
        }
      }
      case "link" -> podcast.link(v);
      case "language" -> podcast.language(v);
      case "copyright" -> details.copyright(v);
      default -> {
        seen.remove("RSS:" + node.name());
        return false;
      }
    }
    return true;
  }

  private boolean itunes(XmlNode node, String key) {
    switch (node.name()) {
      case "image" -> {
        Optional<String> href = node.value("href").or(node::value);
        if (href.isEmpty() || itunesImage) {
          return false;
        }
        itunesImage = true;
        podcast.imageUrl(href.get());
        return true;
      }
      case "category" -> {
        Optional<Category> category = category(node, 0);
        category.ifPresent(details::addCategories);
        return category.isPresent();
      }
      case "owner" -> {
        if (!seen.add(key)) {
          return false;
        }
        for (XmlNode child : node.children()) {
          if (child.is(Namespaces.Space.ITUNES, "name")) {
            child.value().ifPresent(details::ownerName);
          } else if (child.is(Namespaces.Space.ITUNES, "email")) {
            child.value().ifPresent(details::ownerEmail);
          }
        }
        return node.children().size() <= 2;
      }
      default -> {
        if (!once(key, node)) {
          return false;
        }
        String v = node.value().orElseThrow();
        switch (node.name()) {
          case "author" -> podcast.author(v);
          case "explicit" -> values.yesNo(node).ifPresent(details::explicit);
          case "type" -> details.type(v);
          case "complete" -> details.complete(values.flag(node));
          case "block" -> details.block(values.flag(node));
          case "new-feed-url" -> details.newFeedUrl(v);
          case "keywords" -> details.keywords(Values.keywords(v));
          default -> {
            seen.remove(key);
            return false;
          }
        }
        return true;
      }
    }
  }

  private Optional<Category> category(XmlNode node, int depth) {
    Optional<String> name = node.value("text");
    if (name.isEmpty()) {
      context.warning(RssCodes.EMPTY_ELEMENT, "<itunes:category> without a text; kept as it is", node.position());
      return Optional.empty();
    }
    Category.Builder category = Category.builder().name(name.get());
    for (XmlNode child : node.children()) {
      if (!child.is(Namespaces.Space.ITUNES, "category") || depth > 4) {
        return Optional.empty();
      }
      Optional<Category> sub = category(child, depth + 1);
      if (sub.isEmpty()) {
        return Optional.empty();
      }
      category.addSubcategories(sub.get());
    }
    return Optional.of(category.build());
  }

  private boolean atom(XmlNode node) {
    if (node.name().equals("link") && node.attribute("rel").filter("self"::equals).isPresent()
        && node.value("href").isPresent()
        && node.attributes().stream().allMatch(a -> a.namespace().isEmpty() && SELF_LINK.contains(a.name()))
        && node.attribute("type").map("application/rss+xml"::equals).orElse(true) && seen.add("ATOM:self")) {
      podcast.feedUrl(node.value("href").get());
      return true;
    }
    return false;
  }

  private boolean podcastTag(XmlNode node, String key) {
    switch (node.name()) {
      case "person" -> {
        Optional<Person> person = People.person(node, context);
        person.ifPresent(podcast::addHosts);
        return person.isPresent();
      }
      case "funding" -> {
        Optional<String> url = node.value("url");
        if (url.isEmpty()) {
          return false;
        }
        Funding.Builder funding = Funding.builder().url(url.get());
        node.value().ifPresent(funding::text);
        details.addFunding(funding.build());
        return true;
      }
      case "locked" -> {
        if (!once(key, node)) {
          return false;
        }
        values.yesNo(node).ifPresent(details::locked);
        node.value("owner").ifPresent(details::lockedOwner);
        return true;
      }
      case "guid" -> {
        if (!once(key, node)) {
          return false;
        }
        details.podcastGuid(node.value().orElseThrow());
        return true;
      }
      case "medium" -> {
        if (!once(key, node)) {
          return false;
        }
        details.medium(node.value().orElseThrow());
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether the RSS {@code <image>} was seen: its URL is the show's image when there is no iTunes one. */
  private void imageFallback(XmlNode node) {
    if (!hasImage && !itunesImage && node.is(Namespaces.Space.RSS, "image")) {
      for (XmlNode child : node.children()) {
        if (child.is(Namespaces.Space.RSS, "url") && child.value().isPresent()) {
          hasImage = true;
          podcast.imageUrl(child.value().get());
        }
      }
    }
  }
}
