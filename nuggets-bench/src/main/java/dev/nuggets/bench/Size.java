package dev.nuggets.bench;

/** The three inputs of every benchmark: one page, one large page of the same shape, many small pages. */
public enum Size {
  /** One summary page of about 8 KB. */
  PAGE,
  /** One page of the same shape at about 1 MB. */
  LARGE,
  /** 10,000 small pages, read or written one after the other in one operation. */
  BATCH;

  /** How many small pages {@link #BATCH} holds. */
  public static final int BATCH_COUNT = 10_000;

  /** How many episodes a feed of this size holds (a batch is that many feeds of one episode each). */
  int feedEpisodes() {
    return switch (this) {
      case PAGE -> 12;
      case LARGE -> 1600;
      case BATCH -> 1;
    };
  }
}
