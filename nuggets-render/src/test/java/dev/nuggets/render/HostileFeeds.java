package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.Role;
import dev.nuggets.core.testing.HostileText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded feeds of hostile text: a show with each optional value absent half the time (its title too) and zero to
 * {@value #MAX_EPISODES} episodes from {@link HostileText}. The same seed gives the same feed.
 */
public final class HostileFeeds {
  /** The most episodes a feed gets. */
  public static final int MAX_EPISODES = 6;

  private HostileFeeds() {}

  public static Feed feed(long seed) {
    HostileText hostile = new HostileText(seed);
    Random random = new Random(seed * 31 + 7);
    Podcast.Builder podcast = Podcast.builder();
    if (random.nextBoolean()) {
      podcast.title(hostile.text(5));
    }
    if (random.nextBoolean()) {
      podcast.description(hostile.text(20));
    }
    if (random.nextBoolean()) {
      podcast.link("https://podcast.example/" + random.nextInt(1000));
    }
    if (random.nextBoolean()) {
      podcast.feedUrl("https://podcast.example/" + random.nextInt(1000) + "/feed.xml");
    }
    if (random.nextBoolean()) {
      podcast.imageUrl("https://podcast.example/" + random.nextInt(1000) + "/cover.jpg");
    }
    if (random.nextBoolean()) {
      podcast.language(random.nextBoolean() ? "en" : "pt-BR");
    }
    if (random.nextBoolean()) {
      podcast.author(hostile.text(3));
    }
    int hosts = random.nextInt(3);
    for (int i = 0; i < hosts; i++) {
      Person.Builder host = Person.builder().name(hostile.text(3)).role(random.nextBoolean() ? Role.HOST : Role.CO_HOST);
      if (random.nextBoolean()) {
        host.description(hostile.text(4));
      }
      podcast.addHosts(host.build());
    }
    List<Episode> episodes = new ArrayList<>();
    int count = random.nextInt(MAX_EPISODES + 1);
    for (int i = 0; i < count; i++) {
      episodes.add(hostile.episode());
    }
    return Feed.of(podcast.build(), episodes);
  }
}
