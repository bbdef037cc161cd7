package dev.nuggets.render.markdown;

/** The diagnostic codes of the {@code markdown} renderer. Stable: never renamed or reused. */
public final class MarkdownCodes {
  private MarkdownCodes() {}
}
