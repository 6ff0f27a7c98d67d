package dev.northstar.progress.forecast;

/** What the values of a {@link DailySeries} are, which decides what the models are fitted on. */
public enum SeriesKind {
  /** A level or stock, such as followers: the models are fitted on the values themselves. */
  LEVEL,
  /**
   * A running total of a flow, such as leads to date: the models are fitted on the daily increases,
   * and the forecast is the last total plus the simulated increases.
   */
  CUMULATIVE
}
