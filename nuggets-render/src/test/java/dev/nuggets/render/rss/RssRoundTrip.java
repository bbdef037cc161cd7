package dev.nuggets.render.rss;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.feed.Category;
import dev.nuggets.core.feed.Enclosure;
import dev.nuggets.core.feed.Funding;
import dev.nuggets.core.feed.Guid;
import dev.nuggets.core.feed.ItemDetails;
import dev.nuggets.core.feed.ShowDetails;
import dev.nuggets.core.feed.Soundbite;
import dev.nuggets.core.feed.XmlAttribute;
import dev.nuggets.core.feed.XmlElement;
import dev.nuggets.core.format.ContentKind;
import dev.nuggets.core.testing.HostileText;
import dev.nuggets.render.HostileFeeds;
import dev.nuggets.render.RoundTrip;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * The {@code rss} format's feed row: a hostile feed ({@link HostileFeeds}) given feed details of hostile text, each
 * optional absent or present (typed show and item tags, kept extensions of another namespace). RSS carries the show,
 * and of each episode what a feed item holds: not its takeaways, sections, quotes, carried transcript, podcast
 * title, nor people's descriptions.
 */
public final class RssRoundTrip implements RoundTrip<Feed> {
  @Override
  public String format() {
    return "rss";
  }

  @Override
  public ContentKind kind() {
    return ContentKind.FEED;
  }

  @Override
  public List<Feed> values(long seed) {
    Feed feed = HostileFeeds.feed(seed);
    HostileText hostile = new HostileText(seed ^ 0x5DEECE66DL);
    Random random = new Random(seed * 17 + 3);
    List<Episode> episodes = new ArrayList<>();
    for (Episode e : feed.episodes()) {
      episodes.add(e.toBuilder().feedDetails(item(hostile, random)).build());
    }
    return List.of(Feed.of(feed.podcast().toBuilder().feedDetails(show(hostile, random)).build(), episodes));
  }

  @Override
  public Optional<Feed> carried(Feed feed) {
    Podcast show = feed.podcast().toBuilder().hosts(feed.podcast().hosts().stream().map(RssRoundTrip::person)
        .toList()).build();
    List<Episode> episodes = feed.episodes().stream().map(e -> Episode.builder()
        .from(e)
        .podcastTitle(Optional.empty())
        .takeaways(List.of())
        .sections(List.of())
        .quotes(List.of())
        .transcript(Optional.empty())
        .people(e.people().stream().map(RssRoundTrip::person).toList())
        .build()).toList();
    return Optional.of(Feed.of(show, episodes));
  }

  /** Items without a guid are reported by design. */
  @Override
  public Set<String> expectedWarnings() {
    return Set.of("rss.missing-guid", "rss.duplicate-guid");
  }

  private static Person person(Person p) {
    return p.toBuilder().description(Optional.empty()).build();
  }

  static ShowDetails show(HostileText hostile, Random random) {
    ShowDetails.Builder d = ShowDetails.builder();
    if (random.nextBoolean()) {
      d.copyright(hostile.text(4));
    }
    if (random.nextBoolean()) {
      d.explicit(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      d.type(random.nextBoolean() ? "episodic" : "serial");
    }
    d.complete(random.nextBoolean()).block(random.nextBoolean());
    if (random.nextBoolean()) {
      d.newFeedUrl("https://moved.example/" + random.nextInt(100) + "/feed.xml");
    }
    d.keywords(keywords(random));
    if (random.nextBoolean()) {
      d.ownerName(hostile.text(3));
    }
    if (random.nextBoolean()) {
      d.ownerEmail("owner" + random.nextInt(100) + "@example.org");
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      Category.Builder c = Category.builder().name(hostile.text(2));
      if (random.nextBoolean()) {
        c.addSubcategories(Category.of(hostile.text(2)));
      }
      d.addCategories(c.build());
    }
    if (random.nextBoolean()) {
      d.podcastGuid("guid-" + random.nextInt(1000));
    }
    if (random.nextBoolean()) {
      d.medium(random.nextBoolean() ? "podcast" : "music");
    }
    if (random.nextBoolean()) {
      d.locked(random.nextBoolean());
      if (random.nextBoolean()) {
        d.lockedOwner("lock@example.org");
      }
    }
    if (random.nextBoolean()) {
      d.addFunding(random.nextBoolean() ? Funding.of("https://fund.example/", hostile.text(3))
          : Funding.builder().url("https://fund.example/x").build());
    }
    d.extensions(extensions(hostile, random));
    return d.build();
  }

  static ItemDetails item(HostileText hostile, Random random) {
    ItemDetails.Builder d = ItemDetails.builder();
    if (random.nextBoolean()) {
      Guid.Builder guid = Guid.builder().value(hostile.text(3));
      if (random.nextBoolean()) {
        guid.permaLink(random.nextBoolean());
      }
      d.guid(guid.build());
    }
    if (random.nextBoolean()) {
      Enclosure.Builder enclosure = Enclosure.builder().url("https://media.example/" + random.nextInt(1000) + ".mp3");
      if (random.nextBoolean()) {
        enclosure.length(1 + random.nextInt(1_000_000_000));
      }
      if (random.nextBoolean()) {
        enclosure.mediaType("audio/mpeg");
      }
      d.enclosure(enclosure.build());
    }
    if (random.nextBoolean()) {
      d.contentHtml("<p>" + hostile.text(10) + "</p>");
    }
    if (random.nextBoolean()) {
      d.episodeType(random.nextBoolean() ? "full" : "bonus");
    }
    if (random.nextBoolean()) {
      d.season(random.nextInt(30));
      if (random.nextBoolean()) {
        d.seasonName(hostile.text(3));
      }
    }
    if (random.nextBoolean()) {
      d.episodeNumber(random.nextBoolean() ? String.valueOf(random.nextInt(500)) : random.nextInt(500) + ".5");
      if (random.nextBoolean()) {
        d.episodeDisplay(hostile.text(2));
      }
    }
    if (random.nextBoolean()) {
      d.explicit(random.nextBoolean());
    }
    if (random.nextBoolean()) {
      d.imageUrl("https://art.example/" + random.nextInt(100) + ".jpg");
    }
    d.keywords(keywords(random));
    d.block(random.nextInt(4) == 0);
    for (int i = random.nextInt(3); i > 0; i--) {
      Soundbite.Builder bite = Soundbite.builder().start(Duration.ofMillis(random.nextInt(3_600_000)))
          .duration(Duration.ofSeconds(1 + random.nextInt(90)));
      if (random.nextBoolean()) {
        bite.title(hostile.text(4));
      }
      d.addSoundbites(bite.build());
    }
    d.extensions(extensions(hostile, random));
    return d.build();
  }

  private static List<String> keywords(Random random) {
    List<String> words = List.of("coral", "reef café", "naïve", "AGI", "😀 emoji");
    List<String> out = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      out.add(words.get(random.nextInt(words.size())));
    }
    return out;
  }

  /** Elements of other namespaces and untyped Podcasting 2.0 ones, nested, with hostile text and attributes. */
  private static List<XmlElement> extensions(HostileText hostile, Random random) {
    List<XmlElement> out = new ArrayList<>();
    for (int i = random.nextInt(3); i > 0; i--) {
      boolean podcast = random.nextBoolean();
      XmlElement.Builder e = XmlElement.builder()
          .namespace(podcast ? "https://podcastindex.org/namespace/1.0" : "urn:example:ext")
          .name(podcast ? "license" : "thing")
          .prefix(podcast ? "podcast" : "ex")
          .addAttributes(XmlAttribute.of("note", hostile.text(3)));
      if (random.nextBoolean()) {
        e.addChildren(XmlElement.builder().namespace("urn:example:ext").name("inner").prefix("ex")
            .text(hostile.text(4)).build());
      } else {
        e.text(hostile.text(5));
      }
      out.add(e.build());
    }
    return out;
  }
}
