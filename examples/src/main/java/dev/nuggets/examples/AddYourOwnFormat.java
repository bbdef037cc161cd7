package dev.nuggets.examples;

import dev.nuggets.core.Episode;
import dev.nuggets.examples.shownotes.ShowNotesRenderer;
import dev.nuggets.parser.ParseResult;
import dev.nuggets.parser.Parsers;
import dev.nuggets.core.format.Format;
import dev.nuggets.render.FormatRenderer;
import dev.nuggets.render.RenderedText;
import dev.nuggets.render.Renderers;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A format of your own: {@link ShowNotesRenderer} lives in this jar, not in Nuggets, and {@link Renderers#discover()}
 * finds it because the jar registers it as a service (see the README's "Adding your own format"). The same works on
 * the class path and on the module path.
 *
 * <pre>java -cp examples/target/nuggets.jar dev.nuggets.examples.AddYourOwnFormat examples/samples/maya-lindqvist-coral-reefs.txt</pre>
 */
public final class AddYourOwnFormat {
  private AddYourOwnFormat() {}

  public static void main(String[] args) {
    Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/maya-lindqvist-coral-reefs.txt");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    Renderers renderers = Renderers.discover(); // finds the built-in formats and shownotes alike
    for (FormatRenderer renderer : renderers.formats()) {
      Format format = renderer.format();
      out.println("format " + format.name() + " (" + format.mediaType() + ") from " + where(renderer));
    }

    ParseResult<Episode> parsed = Parsers.discover().readEpisode(input);
    Episode episode = parsed.value();
    RenderedText notes = renderers.renderToString(episode, ShowNotesRenderer.FORMAT.name());
    notes.diagnostics().forEach(d -> System.err.println(d.format("<shownotes>")));
    out.println();
    out.print(notes.text());

    // A format can also be registered explicitly, without ServiceLoader: it then wins over a discovered one.
    Renderers explicit = Renderers.builder().discover(false).register(new ShowNotesRenderer()).build();
    out.println();
    out.println("registered explicitly: " + explicit);
  }

  private static String where(FormatRenderer renderer) {
    Module module = renderer.getClass().getModule();
    return module.isNamed() ? "module " + module.getName() : "the class path";
  }
}
