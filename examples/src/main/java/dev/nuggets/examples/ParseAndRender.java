package dev.nuggets.examples;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Renderers;
import java.nio.file.Path;

/**
 * The common case: read a summary page in whatever format it is, look at the episode, write it as JSON.
 *
 * <pre>java -cp examples/target/nuggets.jar dev.nuggets.examples.ParseAndRender examples/samples/maya-lindqvist-coral-reefs.txt</pre>
 */
public final class ParseAndRender {
  private ParseAndRender() {}

  public static void main(String[] args) {
    Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/maya-lindqvist-coral-reefs.txt");

    Parsers parsers = Parsers.discover(); // build once, share: immutable and thread-safe
    ParseResult<Episode> result = parsers.readEpisode(input);
    result.diagnostics().forEach(d -> System.err.println(d.format(result.inputName())));

    Episode episode = result.value();
    System.out.println("Title:     " + episode.title().orElse("(none)"));
    episode.people().forEach(p -> System.out.println("Person:    " + p.name() + " (" + p.role().displayName() + ")"));
    for (Takeaway takeaway : episode.takeaways()) {
      System.out.println("Takeaway:  " + takeaway.text());
    }
    for (Section section : episode.tableOfContents()) {
      int paragraphs = section.paragraphs().size();
      System.out.println(
          "Section:   " + section.heading() + " [" + paragraphs + (paragraphs == 1 ? " paragraph]" : " paragraphs]"));
    }
    System.out.println();
    System.out.println(Renderers.discover().renderToString(episode, "json").text());
  }
}
