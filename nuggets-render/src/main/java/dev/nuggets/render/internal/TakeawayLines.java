package dev.nuggets.render.internal;

import dev.nuggets.core.text.Spaces;
import dev.nuggets.core.text.TextPage;
import dev.nuggets.core.Takeaway;
import java.util.Optional;

/**
 * Takeaways written one a line as {@code Label: text}, checked against the rule that reads such a line back
 * ({@link TextPage#takeaway}, which the parsers use too). The {@code text} renderer writes its takeaways this way
 * and so does the {@code jsonld} renderer's {@code abstract}; both use this class to say which takeaways will not
 * read back as written.
 */
public final class TakeawayLines {
  private TakeawayLines() {}

  /** {@code Label: text}, or the text alone. */
  public static String line(Takeaway takeaway) {
    return takeaway.label().map(label -> label + ": " + takeaway.text()).orElse(takeaway.text());
  }

  /**
   * Why the takeaway's line reads back as another takeaway (its time aside), or empty when it reads back equal: a
   * label that does not read as one, a lead-in that does, a leading "•", a line break, or space at the ends that
   * the reader strips.
   */
  public static Optional<String> whyNotReadBack(Takeaway takeaway) {
    String text = takeaway.text();
    if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
        || takeaway.label().filter(label -> label.indexOf('\n') >= 0 || label.indexOf('\r') >= 0).isPresent()) {
      return Optional.of("a line break splits it into more than one takeaway");
    }
    if (!Spaces.strip(text).equals(text) || takeaway.label().filter(label -> !Spaces.strip(label).equals(label)).isPresent()) {
      return Optional.of("space at the ends of its label or text is not kept");
    }
    if (takeaway.label().isPresent()) {
      return TextPage.isLabel(takeaway.label().get())
          ? Optional.empty()
          : Optional.of("its label does not read as one (at most 80 characters, three words or eight in title case,"
              + " no sentence punctuation)");
    }
    if (text.charAt(0) == '•' && !Spaces.strip(text.substring(1)).isEmpty()) {
      return Optional.of("a leading \"•\" reads as a bullet");
    }
    return TextPage.hasLabelLeadIn(text) ? Optional.of("its lead-in reads as a label") : Optional.empty();
  }
}
