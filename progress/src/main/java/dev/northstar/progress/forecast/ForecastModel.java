package dev.northstar.progress.forecast;

/**
 * The models a {@link Projection} can use. All have additive normal errors on the scale they are
 * fitted on; the two log-scale models are fitted on the logarithms of the values, so they need
 * positive values and their errors are multiplicative on the values.
 */
public enum ForecastModel {
  /** A least-squares line with independent errors: the baseline. */
  LINEAR(5, false),
  /** A least-squares line through the logarithms: a constant daily growth rate. */
  COMPOUND_GROWTH(5, true),
  /** ETS(A,A,N): Holt's linear trend, fitted by maximum likelihood. */
  HOLT(10, false),
  /** ETS(A,Ad,N): Holt's linear trend with damping, fitted by maximum likelihood. */
  DAMPED_TREND(10, false),
  /** ETS(A,Ad,A) with a 7-day season: additive Holt-Winters with damping. */
  SEASONAL_ADDITIVE(21, false),
  /**
   * ETS(A,Ad,A) with a 7-day season on the logarithms: level, trend and weekday effects that
   * multiply, a multiplicative Holt-Winters.
   */
  SEASONAL_MULTIPLICATIVE(21, true);

  private final int minimumDays;
  private final boolean logScale;

  ForecastModel(int minimumDays, boolean logScale) {
    this.minimumDays = minimumDays;
    this.logScale = logScale;
  }

  /**
   * The fewest daily values the model is fitted on (for a cumulative series, daily increases).
   *
   * @return at least 5
   */
  public int minimumDays() {
    return minimumDays;
  }

  /**
   * Whether the model is fitted on the logarithms, so needs positive values.
   *
   * @return true for the compound-growth and multiplicative seasonal models
   */
  public boolean isLogScale() {
    return logScale;
  }
}
