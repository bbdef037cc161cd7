package dev.nuggets.bench;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Feed;
import dev.nuggets.core.Person;
import dev.nuggets.core.Podcast;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded episodes in the shape of a Podcast Nuggets summary page: a title naming the guest and the topics, a host
 * and guests, a date, a duration and a link, labelled and timed takeaways, and timed sections of a few paragraphs.
 * The words are our own; a few carry accents, curly quotes, dashes and an emoji, as real pages do. The same seed
 * always gives the same episodes, so every fork of a run (and the summary) sees the same bytes.
 */
public final class BenchContent {
  private static final String[] WORDS = {
    "reef", "coral", "water", "warming", "ocean", "algae", "colony", "survey", "season", "current", "nursery",
    "fragment", "restoration", "heatwave", "recovery", "research", "field", "station", "diver", "bleaching",
    "temperature", "degree", "decade", "species", "habitat", "fishery", "village", "coast", "lagoon", "storm",
    "sediment", "nutrient", "plankton", "larvae", "spawning", "night", "moon", "tide", "sample", "laboratory",
    "funding", "policy", "community", "volunteer", "monitoring", "satellite", "buoy", "sensor", "model", "forecast",
    "the", "a", "of", "and", "to", "in", "that", "is", "was", "for", "with", "on", "as", "but", "not", "more",
    "than", "their", "which", "when", "where", "how", "why", "she", "he", "they", "we", "it", "this", "those",
    "grows", "recovers", "explains", "argues", "describes", "measures", "compares", "expects", "warns", "hopes",
    "slowly", "quickly", "carefully", "often", "rarely", "early", "later", "together", "alone", "again",
    "café", "naïve", "Zoë", "Curaçao", "Māori", "São", "résumé", "Ångström", "—", "“tipping", "point”",
    "don’t", "it’s", "🌊", "1.5°C", "2035", "40%", "twenty", "hundreds", "thousands", "first", "last", "next",
  };
  private static final String[] NAMES = {
    "Maya Lindqvist", "Sam Okafor", "Zoë Carrasco", "Łukasz Nowak", "Aroha Ngata", "Priya Raman", "Tomás Ferreira",
    "Ingrid Solberg", "Kwame Mensah", "Hana Sato", "Lucía Beltrán", "Noah Whitfield",
  };
  private static final String[] ROLES = {
    "Marine Biologist", "Oceanographer", "Reef Ecologist", "Climate Scientist", "Fisheries Economist",
    "Science Writer",
  };

  private final SplittableRandom random;

  private BenchContent(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A summary page of about 8 KB as plain text: eight sections of two or three paragraphs. */
  public static Episode page(long seed) {
    return new BenchContent(seed).episode(5, 8, 2, 3);
  }

  /** A page of the same shape as {@link #page} at about 1 MB as plain text: a thousand sections. */
  public static Episode large(long seed) {
    return new BenchContent(seed).episode(40, 1000, 2, 3);
  }

  /** {@code count} small pages of about 700 bytes of text each: one takeaway and two short sections. */
  public static List<Episode> batch(long seed, int count) {
    BenchContent content = new BenchContent(seed);
    List<Episode> episodes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      episodes.add(content.small());
    }
    return episodes;
  }

  /** A show with {@code episodes} for the feed formats. */
  public static Feed feed(List<Episode> episodes) {
    Podcast podcast =
        Podcast.builder()
            .title("Deep Water Weekly")
            .description("Conversations about the ocean and the people who study it.")
            .link("https://deepwater.example/")
            .language("en")
            .author("Deep Water Media")
            .addHosts(Person.of("Sam Okafor", Role.HOST))
            .build();
    return Feed.of(podcast, episodes);
  }

  private Episode small() {
    String guest = pick(NAMES);
    return Episode.builder()
        .title(guest + " - " + title())
        .addPeople(Person.builder().name(guest).role(Role.GUEST).build())
        .addTakeaways(Takeaway.of(sentence(10, 20)))
        .addSections(Section.builder().heading(title()).addParagraphs(sentence(10, 25)).start(Duration.ZERO).build())
        .addSections(
            Section.builder().heading(title()).addParagraphs(sentence(10, 25)).start(Duration.ofMinutes(10)).build())
        .build();
  }

  private Episode episode(int takeaways, int sections, int minParagraphs, int maxParagraphs) {
    String guest = pick(NAMES);
    Episode.Builder episode =
        Episode.builder()
            .title(guest + " (" + pick(ROLES) + ") - " + title() + ", " + title() + ", & " + title())
            .podcastTitle("Deep Water Weekly")
            .addPeople(Person.of("Sam Okafor", Role.HOST))
            .addPeople(Person.builder().name(guest).role(Role.GUEST).description(pick(ROLES)).build())
            .publishedOn(PublicationDate.of(LocalDate.of(2020, 1, 1).plusDays(random.nextInt(2000))))
            .link("https://deepwater.example/episodes/" + random.nextInt(100_000));
    long second = 0;
    for (int i = 0; i < takeaways; i++) {
      Takeaway.Builder takeaway = Takeaway.builder().text(sentence(18, 40));
      if (random.nextInt(3) == 0) {
        takeaway.label(title());
      }
      if (random.nextBoolean()) {
        takeaway.start(Duration.ofSeconds(random.nextInt(3000)));
      }
      episode.addTakeaways(takeaway.build());
    }
    for (int i = 0; i < sections; i++) {
      Section.Builder section = Section.builder().heading(title() + (random.nextInt(4) == 0 ? "?" : ""));
      int paragraphs = minParagraphs + random.nextInt(maxParagraphs - minParagraphs + 1);
      for (int p = 0; p < paragraphs; p++) {
        section.addParagraphs(sentence(12, 30) + " " + sentence(12, 30));
      }
      long length = 60L + random.nextInt(600);
      episode.addSections(
          section.start(Duration.ofSeconds(second)).end(Duration.ofSeconds(second + length)).build());
      second += length;
    }
    return episode.duration(Duration.ofSeconds(second)).build();
  }

  private String title() {
    int words = 2 + random.nextInt(4);
    StringBuilder title = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = pick(WORDS);
      if (i > 0) {
        title.append(' ');
      }
      title.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return title.toString();
  }

  private String sentence(int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder sentence = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = pick(WORDS);
      if (i == 0) {
        sentence.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
      } else {
        sentence.append(random.nextInt(9) == 0 ? ", " : " ").append(word);
      }
    }
    return sentence.append('.').toString();
  }

  private String pick(String[] values) {
    return values[random.nextInt(values.length)];
  }
}
