package dev.nuggets.render.chapters;

/** The diagnostic codes of the {@code chapters} renderer; every one is described in {@code docs/diagnostics.md}. */
public final class ChaptersCodes {
  private ChaptersCodes() {}

  /** Error: the episode has no sections, so there are no chapters to write. */
  public static final String NO_SECTIONS = "chapters.no-sections";

  /** Error: none of the episode's sections has a start time, so there are no chapters to write. */
  public static final String NO_START_TIMES = "chapters.no-start-times";

  /** Warning: a section without a start time among timed ones; it was left out of the chapters. */
  public static final String UNTIMED_SECTION = "chapters.untimed-section";

  /** Warning: the sections do not start in ascending order; the chapters were written sorted by start time. */
  public static final String REORDERED = "chapters.reordered";
}
