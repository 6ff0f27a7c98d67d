package dev.northstar.progress.rollup;

/** How an objective's progress is combined from its children's. */
public enum RollupMethod {
  /**
   * The weighted mean {@code sum(weight * progress) / sum(weight)}: the OKR convention, an
   * objective is as far as its key results are on average.
   */
  WEIGHTED_MEAN,
  /**
   * The minimum, an AND decomposition in the GRL convention: the objective is only as far as its
   * weakest child.
   */
  AND_MINIMUM,
  /**
   * The maximum, an OR decomposition in the GRL convention: any one child suffices, so the
   * objective is as far as its strongest child.
   */
  OR_MAXIMUM
}
