package dev.nuggets.parser.rss;

import dev.nuggets.core.text.HtmlText;
import dev.nuggets.core.PublicationDate;
import dev.nuggets.core.text.Dates;
import dev.nuggets.core.text.Durations;
import dev.nuggets.parser.ParseContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The typed values of feed elements, read leniently; what cannot be read is a positioned warning. */
final class Values {
  private final ParseContext context;

  Values(ParseContext context) {
    this.context = context;
  }

  /** {@code yes}/{@code true}/{@code explicit} or {@code no}/{@code false}/{@code clean}. */
  Optional<Boolean> yesNo(XmlNode node) {
    Optional<String> v = node.value().map(s -> s.toLowerCase(Locale.ROOT));
    if (v.isEmpty()) {
      context.warning(RssCodes.EMPTY_ELEMENT, "<" + node.name() + "> is empty; ignored", node.position());
      return Optional.empty();
    }
    return switch (v.get()) {
      case "yes", "true", "explicit" -> Optional.of(true);
      case "no", "false", "clean" -> Optional.of(false);
      default -> {
        bad(node, "yes or no");
        yield Optional.empty();
      }
    };
  }

  /** A flag that is on only when the text says {@code yes} (or {@code true}). */
  boolean flag(XmlNode node) {
    return yesNo(node).orElse(false);
  }

  Optional<Duration> duration(XmlNode node, String text) {
    Optional<Duration> d = Durations.read(text);
    if (d.isEmpty()) {
      bad(node, "a duration");
    }
    return d;
  }

  Optional<Duration> duration(XmlNode node) {
    return node.value().flatMap(v -> duration(node, v));
  }

  Optional<Integer> integer(XmlNode node, String text) {
    String s = text.strip();
    try {
      int n = Integer.parseInt(s.startsWith("+") ? s.substring(1) : s);
      if (n >= 0) {
        return Optional.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    bad(node, "a whole number");
    return Optional.empty();
  }

  Optional<Long> length(XmlNode node, String text) {
    try {
      long n = Long.parseLong(text.strip());
      if (n > 0) {
        return Optional.of(n);
      }
      if (n == 0) {
        return Optional.empty(); // feeds write 0 for "unknown"
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    context.warning(RssCodes.BAD_VALUE, "enclosure length " + quote(text) + " is not a number of bytes; ignored",
        node.position());
    return Optional.empty();
  }

  Optional<PublicationDate> date(XmlNode node) {
    Optional<String> text = node.value();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<Dates.Reading> reading = Dates.read(text.get());
    if (reading.isEmpty()) {
      context.warning(RssCodes.BAD_DATE, "<" + node.name() + "> " + quote(text.get()) + " is not a date; ignored",
          node.position());
      return Optional.empty();
    }
    reading.get().guess().ifPresent(guess ->
        context.warning(RssCodes.BAD_DATE, "<" + node.name() + "> " + quote(text.get()) + ": " + guess,
            node.position()));
    return Optional.of(reading.get().date());
  }

  /** Comma-separated keywords, each stripped, blanks dropped. */
  static List<String> keywords(String text) {
    List<String> out = new ArrayList<>();
    for (String part : text.split(",", -1)) {
      String k = part.strip();
      if (!Namespaces.blank(k)) {
        out.add(k);
      }
    }
    return out;
  }

  /** A title's text: HTML in it is read as its text, with a note. */
  Optional<String> title(XmlNode node) {
    Optional<String> v = node.value();
    if (v.isPresent() && HtmlText.readsAsHtml(v.get())) {
      String plain = ShowNotes.plainText(v.get());
      if (ShowNotes.isMarkup(v.get(), plain)) {
        context.info(RssCodes.HTML_IN_TITLE, "HTML in <" + node.name() + "> was read as its text", node.position());
      }
      return Namespaces.blank(plain) ? Optional.empty() : Optional.of(plain);
    }
    return v;
  }

  private void bad(XmlNode node, String what) {
    context.warning(RssCodes.BAD_VALUE, "<" + node.name() + "> " + quote(node.text().strip()) + " is not " + what
        + "; ignored", node.position());
  }

  private static String quote(String s) {
    String t = s.length() > 60 ? s.substring(0, 60) + "..." : s;
    return "\"" + t + "\"";
  }
}
