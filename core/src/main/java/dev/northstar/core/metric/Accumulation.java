package dev.northstar.core.metric;

/**
 * How a metric accumulates over time, which decides what a goal's number means: a sum over the
 * goal's window, a level at a date, or a ratio over the window.
 *
 * <p>When a definition does not name one, it is derived from its {@link Additivity} and {@link
 * MetricUnit}: {@link Additivity#ADDITIVE} is {@link #FLOW}, {@link Additivity#SNAPSHOT} is {@link
 * #STOCK}, a {@link Additivity#NON_ADDITIVE} count is {@link #NON_ADDITIVE_FLOW} and any other
 * non-additive metric is a {@link #RATE}. See {@code docs/progress.md} for how each is measured.
 */
public enum Accumulation {
  /**
   * Additive over time: posts, clicks, leads, sales, revenue, spend. The value over a window is the
   * sum of its days.
   */
  FLOW,
  /**
   * Counted per day but not additive over days: reach and other counts of unique people. A sum of
   * days is "summed reach" and is labelled so; a figure of the platform's own for the period is
   * used where the data has one.
   */
  NON_ADDITIVE_FLOW,
  /**
   * A level: followers, members, subscribers. The value at a date is the last observation on or
   * before it; a sum over days means nothing.
   */
  STOCK,
  /**
   * A ratio of two flows: a KPI of the catalogue such as an engagement rate. The value over a
   * window is the ratio of the window's sums.
   */
  RATE;

  /**
   * Tells whether values over a window are sums of the days: {@link #FLOW} and {@link
   * #NON_ADDITIVE_FLOW}.
   *
   * @return true for the two flows
   */
  public boolean isFlow() {
    return this == FLOW || this == NON_ADDITIVE_FLOW;
  }

  /**
   * Returns the kind a definition has when it names none.
   *
   * @param additivity the additivity, not null
   * @param unit the unit, not null
   * @return the derived kind, never null
   */
  public static Accumulation defaultFor(Additivity additivity, MetricUnit unit) {
    return switch (additivity) {
      case ADDITIVE -> FLOW;
      case SNAPSHOT -> STOCK;
      case NON_ADDITIVE -> unit == MetricUnit.COUNT ? NON_ADDITIVE_FLOW : RATE;
    };
  }

  /**
   * Tells whether a metric of an additivity can accumulate this way: a flow is exactly an additive
   * metric, a snapshot is a stock, and a non-additive metric is a non-additive flow, a stock or a
   * rate.
   *
   * @param additivity the additivity, not null
   * @return true if the two agree
   */
  public boolean agreesWith(Additivity additivity) {
    return switch (additivity) {
      case ADDITIVE -> this == FLOW;
      case SNAPSHOT -> this == STOCK;
      case NON_ADDITIVE -> this != FLOW;
    };
  }
}
