package dev.nuggets.render;

import dev.nuggets.core.Episode;
import dev.nuggets.core.Section;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

/**
 * What an {@link ElementRenderer} writes through: the output with the format's escaping built in, the way to the
 * default rendering of the same element, and what the format knows about the episode (anchors, safe URLs). One
 * context serves one element of one render; do not keep it.
 *
 * @param <T> the value of the element
 */
public interface ElementContext<T> {

  /** The kind of element being rendered. */
  Element<T> element();

  /** The value being rendered, as this element renderer received it. */
  T value();

  /** The whole episode being rendered. */
  Episode episode();

  /** The name of the format being written ({@code text}, {@code markdown}, {@code html}, or a user's own). */
  String format();

  /**
   * Writes text, escaped for the format so that it reads back as exactly this text and never becomes markup: HTML
   * escapes {@code & < > " '} (so it is safe in element content and in quoted attribute values), Markdown
   * backslash-escapes its markup characters and writes line breaks and edge spaces as character references, text
   * joins line breaks into spaces.
   */
  ElementContext<T> text(CharSequence text) throws IOException;

  /** Writes markup exactly as given: the caller is responsible for it. */
  ElementContext<T> raw(CharSequence markup) throws IOException;

  /**
   * Renders this element as it would have been rendered without the current element renderer: by the next
   * element renderer registered for it, and in the end by the format's built-in one.
   */
  void renderDefault() throws IOException;

  /** {@link #renderDefault()} with another value, such as metadata with one more field. */
  void renderDefault(T value) throws IOException;

  /**
   * Renders the parts the {@linkplain DocumentWalk walk} puts inside this element (the header's metadata, title
   * and people; the document's every part), each through its element renderers. Nothing for an element without
   * parts inside it.
   */
  void renderChildren() throws IOException;

  /** Renders a child element (a takeaway of the list, a paragraph of a section) through the element renderers. */
  <U> void render(Element<U> element, U value) throws IOException;

  /**
   * The anchor (HTML id) of a section's heading, unique in the document, as the table of contents links to it. It
   * is what commonmark-java's heading-anchor extension and GitHub make of the heading, numbered to stay unique.
   */
  String anchor(Section section);

  /**
   * The anchor of the heading an element writes: {@link Element#TITLE}, {@link Element#TAKEAWAYS} ("Key
   * takeaways") or {@link Element#TABLE_OF_CONTENTS}; empty for any other element and for a list that is empty
   * (its heading is not written). Anchors are made in document order, so they stay unique with the sections'.
   */
  String anchor(Element<?> element);

  /**
   * The URL, unchanged, when it is safe to write as a link: http, https or mailto, checked as a browser reads it
   * (character references decoded, tabs and line breaks dropped, controls and spaces at either end dropped). An
   * unsafe URL is reported to the render's diagnostics as {@link RenderCodes#UNSAFE_LINK} and gives an empty
   * result. Every built-in renderer checks the links it writes the same way.
   */
  Optional<String> safeUrl(String url);

  /** A time as shown in the documents: {@code 00:12:34} (hours, minutes, seconds; fractions dropped). */
  String time(Duration time);

  /** Where to report what could not be written as asked. */
  RenderContext renderContext();
}
