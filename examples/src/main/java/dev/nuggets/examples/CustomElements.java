package dev.nuggets.examples;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Takeaway;
import dev.nuggets.parser.Parsers;
import dev.nuggets.render.Element;
import dev.nuggets.render.ElementRenderer;
import dev.nuggets.render.Renderers;
import dev.nuggets.render.html.HtmlRenderer;
import dev.nuggets.render.markdown.MarkdownRenderer;
import dev.nuggets.render.text.TextRenderer;
import java.nio.file.Path;

/**
 * Changing how one kind of element renders in the built-in {@code markdown}, {@code html} and {@code text}
 * renderers without copying them: takeaways as a numbered list, a CSS class on sections, an extra footer and a
 * custom front-matter field. Each element renderer writes text through {@code context.text(...)} (escaped for the
 * format) and markup through {@code context.raw(...)}, and delegates to the built-in rendering where it can.
 *
 * <pre>java -cp examples/target/nuggets.jar dev.nuggets.examples.CustomElements examples/samples/maya-lindqvist-coral-reefs.txt</pre>
 */
public final class CustomElements {
  private CustomElements() {}

  /** An extra footer after the built-in one (which writes nothing), in any format. */
  static final ElementRenderer<Episode> FOOTER =
      (episode, context) -> {
        context.renderDefault();
        boolean html = context.format().equals("html");
        context.raw(html ? "<footer>" : "").text("Summarised by Deep Water Weekly <deepwater.example>");
        context.raw(html ? "</footer>\n" : "\n");
      };

  /** Markdown with a numbered list of takeaways, a "series" front-matter field and the footer. */
  public static MarkdownRenderer markdown() {
    return MarkdownRenderer.builder()
        .elementRenderer(
            Element.METADATA, (metadata, context) -> context.renderDefault(metadata.with("series", "Oceans")))
        .elementRenderer(
            Element.TAKEAWAYS,
            (takeaways, context) -> {
              if (takeaways.isEmpty()) {
                return;
              }
              context.raw("## Key takeaways\n\n");
              int number = 1;
              for (Takeaway takeaway : takeaways) {
                context.raw(number++ + ". ").text(takeaway.text()).raw("\n");
              }
              context.raw("\n");
            })
        .elementRenderer(Element.FOOTER, FOOTER)
        .build();
  }

  /** An HTML fragment whose sections carry a CSS class, with a numbered list of takeaways and the footer. */
  public static HtmlRenderer html() {
    return HtmlRenderer.builder()
        .fragment(true)
        .elementRenderer(
            Element.SECTION,
            (section, context) -> {
              context.raw("<section class=\"chapter\">\n<h2 id=\"").text(context.anchor(section)).raw("\">");
              context.text(section.heading()).raw("</h2>\n");
              for (String paragraph : section.paragraphs()) {
                context.render(Element.PARAGRAPH, paragraph); // the built-in <p>
              }
              context.raw("</section>\n");
            })
        .elementRenderer(
            Element.TAKEAWAYS,
            (takeaways, context) -> {
              if (takeaways.isEmpty()) {
                return;
              }
              context.raw("<section class=\"takeaways\">\n<h2 id=\"").text(context.anchor(Element.TAKEAWAYS));
              context.raw("\">Key takeaways</h2>\n<ol>\n");
              for (Takeaway takeaway : takeaways) {
                context.render(Element.TAKEAWAY, takeaway); // the built-in <li>
              }
              context.raw("</ol>\n</section>\n");
            })
        .elementRenderer(Element.FOOTER, FOOTER)
        .build();
  }

  /** The text page with the footer. */
  public static TextRenderer text() {
    return TextRenderer.builder().elementRenderer(Element.FOOTER, FOOTER).build();
  }

  /** The configured renderers in place of the discovered ones of the same names; json and others stay. */
  public static Renderers renderers() {
    return Renderers.builder().register(markdown()).register(html()).register(text()).build();
  }

  public static void main(String[] args) {
    Path input = Path.of(args.length > 0 ? args[0] : "examples/samples/maya-lindqvist-coral-reefs.txt");
    Episode episode = Parsers.discover().readEpisode(input).value();
    Renderers renderers = renderers(); // build once, share: immutable and thread-safe
    for (String format : new String[] {"markdown", "html", "text"}) {
      System.out.println("==== " + format);
      System.out.print(renderers.renderToString(episode, format).text());
    }
  }
}
