package dev.nuggets.render.text;

/**
 * The diagnostic codes of the {@code text} renderer: what the Podcast Nuggets page layout has no place for. Stable:
 * never renamed or reused. (The {@code text} parser's codes are in {@code dev.nuggets.parser.text.TextCodes}.)
 */
public final class TextRenderCodes {
  private TextRenderCodes() {}

  /**
   * Warning: the podcast title, publication date, duration or link, the transcript, the transcript links or the
   * chapters link was not written; the message names which.
   */
  public static final String METADATA_DROPPED = "text.metadata-dropped";

  /**
   * Warning: a person was not written. The layout names people only through the title: a guest whose name and
   * description begin the title as "Name (Description) - Topic" is kept, anyone else is dropped.
   */
  public static final String PERSON_DROPPED = "text.person-dropped";

  /** Warning: the start time of a takeaway, or the start or end time of a section, was not written. */
  public static final String TIME_DROPPED = "text.time-dropped";

  /**
   * Warning: a text field held line breaks, which the layout reads as separate lines; each run of them was written
   * as one space. Reported for each text that holds them; the message quotes it.
   */
  public static final String LINE_BREAK_JOINED = "text.line-break-joined";

  /**
   * Warning: a line of the page will not read back as written: a paragraph shaped like a heading, a label that does
   * not read as one, a heading that repeats another, space at either end of a text, and so on; the message quotes
   * the text and says why. An episode rendered without this or any other warning reads back equal.
   */
  public static final String NOT_READ_BACK = "text.not-read-back";
}
