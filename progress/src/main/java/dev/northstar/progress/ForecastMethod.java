package dev.northstar.progress;

/** How a {@link Forecast} extends a series' trend to the deadline. */
public enum ForecastMethod {
  /** A least-squares straight line through the observations: a constant change per day. */
  LINEAR,
  /**
   * A least-squares straight line through the logarithms of the observations: a constant growth
   * rate per day, for growth-type metrics such as followers. Needs every value to be positive.
   */
  COMPOUND_GROWTH
}
