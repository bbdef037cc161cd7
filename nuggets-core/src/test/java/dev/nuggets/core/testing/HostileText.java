package dev.nuggets.core.testing;

import dev.nuggets.core.ContentLink;
import dev.nuggets.core.Cue;
import dev.nuggets.core.Episode;
import dev.nuggets.core.Person;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.Role;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.core.Transcript;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Random;

/**
 * A seeded generator of hostile text and of episodes made of it: the markup characters of every format, astral
 * characters and emoji sequences, right-to-left text and bidi controls, NBSP and other spaces, very long words,
 * text that looks like a heading, a list item or a table-of-contents line. The same seed always gives the same
 * values, so a failure names its seed and replays exactly.
 *
 * <p>Text is single-line (no line ends), has no space at either end and is never blank, which is what a summary's
 * text fields hold; formats that carry less (no "•" in a text-format heading, say) filter or adapt values in their
 * own tests.
 */
public final class HostileText {
  private static final String[] PIECES = {
    "*", "**", "_", "__", "#", "# ", "## ", "<", ">", "&", "&amp;", "&lt;script&gt;", "[", "]", "(", ")", "|",
    "`", "```", "~", "~~", "\\", "\"", "'", "{", "}", "{{x}}", ":", ";", "•", "- ", "+ ", "1. ", "1) ", "> ",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "![x](y)", "[a](b)",
    "---", "***", "===", "%", "$", "@", "!", "?", "=", "/", "\u00A0", "\u2003", "\u202F", "\u200B", "\u200D",
    "😀", "👩‍👩‍👧", "🏳️‍🌈", "𝔘𝔫𝔦", "🇵🇹", "\uD834\uDD1E", "مرحبا", "שלום", "\u202E", "\u200F", "é", "e\u0301",
    "Ĳ", "ß", "İ", "ǅ", "Key takeaways", "Table of contents", "PT1H", "00:12:34", "(01:02:03)", "[12:34]",
    "javascript://%0aalert(1)", "ftp://", "x3Ehttp://"
  };

  private static final String[] WORDS = {
    "coral", "reef", "heat", "model", "Reasoning", "RLHF", "AGI", "plan", "the", "and", "of", "Data", "voice",
    "Host", "guest", "listen", "chapter", "Section", "episode", "Ünïcödé", "naïve", "café"
  };

  private final Random random;

  public HostileText(long seed) {
    this.random = new Random(seed);
  }

  /** Single-line, never blank, no surrounding space; up to about {@code maxPieces} pieces long. */
  public String text(int maxPieces) {
    StringBuilder out = new StringBuilder();
    int pieces = 1 + random.nextInt(Math.max(1, maxPieces));
    for (int i = 0; i < pieces; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        out.append(WORDS[random.nextInt(WORDS.length)]);
      } else if (kind < 9) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      } else {
        out.append(longWord());
      }
      if (random.nextBoolean()) {
        out.append(' ');
      }
    }
    String text = out.toString().strip();
    return isBlank(text) ? "x" + text : trimSpaces(text);
  }

  /** A few hundred to a few thousand characters with no space at all. */
  public String longWord() {
    return "w".repeat(200 + random.nextInt(3000)) + "😀";
  }

  /**
   * An episode of hostile text with every attribute in use by chance (each optional one absent half the time, the
   * title included), and times where chapters need them.
   */
  public Episode episode() {
    Episode.Builder episode = Episode.builder();
    if (random.nextBoolean()) {
      episode.title(text(8));
    }
    if (random.nextBoolean()) {
      episode.podcastTitle(text(4));
    }
    int people = random.nextInt(3);
    for (int i = 0; i < people; i++) {
      Person.Builder person = Person.builder().name(text(3)).role(random.nextBoolean() ? Role.GUEST : Role.HOST);
      if (random.nextBoolean()) {
        person.description(text(4));
      }
      episode.addPeople(person.build());
    }
    if (random.nextBoolean()) {
      episode.publishedOn(PublicationDate.of(LocalDate.of(2000 + random.nextInt(30), 1 + random.nextInt(12), 1)));
    }
    if (random.nextBoolean()) {
      episode.duration(Duration.ofSeconds(random.nextInt(20_000)));
    }
    if (random.nextBoolean()) {
      episode.link("https://example.com/" + random.nextInt(1000));
    }
    int takeaways = random.nextInt(5);
    for (int i = 0; i < takeaways; i++) {
      Takeaway.Builder takeaway = Takeaway.builder().text(text(12));
      if (random.nextInt(3) == 0) {
        takeaway.label(text(3));
      }
      if (random.nextBoolean()) {
        takeaway.start(Duration.ofSeconds(random.nextInt(10_000)));
      }
      episode.addTakeaways(takeaway.build());
    }
    int sections = random.nextInt(5);
    long start = 0;
    for (int i = 0; i < sections; i++) {
      Section.Builder section = Section.builder().heading(text(6));
      int paragraphs = random.nextInt(3);
      for (int p = 0; p < paragraphs; p++) {
        section.addParagraphs(text(20));
      }
      long end = start + 1 + random.nextInt(600);
      section.start(Duration.ofSeconds(start)).end(Duration.ofSeconds(end));
      start = end;
      if (random.nextInt(5) == 0) {
        section.listedInToc(false);
      }
      episode.addSections(section.build());
    }
    if (random.nextInt(4) == 0) {
      episode.transcript(transcript());
    }
    int links = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0;
    for (int i = 0; i < links; i++) {
      episode.addTranscriptLinks(link("text/vtt"));
    }
    if (random.nextInt(4) == 0) {
      episode.chaptersLink(link("application/json+chapters"));
    }
    return episode.build();
  }

  /** A transcript of hostile text: a few cues in time order, some with an end and a speaker. */
  public Transcript transcript() {
    Transcript.Builder transcript = Transcript.builder();
    if (random.nextBoolean()) {
      transcript.language(random.nextBoolean() ? "en" : "pt-BR");
    }
    int cues = random.nextInt(5);
    long start = 0;
    for (int i = 0; i < cues; i++) {
      Cue.Builder cue = Cue.builder().start(Duration.ofMillis(start)).text(text(10));
      long end = start + 1 + random.nextInt(9000);
      if (random.nextBoolean()) {
        cue.end(Duration.ofMillis(end));
      }
      if (random.nextBoolean()) {
        cue.speaker(text(2));
      }
      transcript.addCues(cue.build());
      start = end;
    }
    return transcript.build();
  }

  private ContentLink link(String mediaType) {
    ContentLink.Builder link = ContentLink.builder().url("https://example.com/" + random.nextInt(1000) + "/t");
    if (random.nextBoolean()) {
      link.mediaType(mediaType);
    }
    if (random.nextBoolean()) {
      link.language("en");
    }
    if (random.nextInt(3) == 0) {
      link.rel("captions");
    }
    return link.build();
  }

  private static boolean isBlank(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == 0x200B
        || c == 0x200D || c == 0x202E || c == 0x200F || c == 0xFEFF);
  }

  private static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && Character.isSpaceChar(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isSpaceChar(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }
}
