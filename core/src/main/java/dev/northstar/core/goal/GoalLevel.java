package dev.northstar.core.goal;

/**
 * Where a goal sits in the cascade: business goals, then marketing goals, then social goals, which
 * tactics carry out. Business and marketing goals are the <em>objectives</em> that social goals
 * serve; they may have no metric.
 */
public enum GoalLevel {
  /** An annual business goal: revenue, customer acquisition, markets, products. */
  BUSINESS(0),
  /** A quarterly marketing goal derived from business goals. */
  MARKETING(1),
  /** A social-media goal, measured by a metric on one or more platforms. */
  SOCIAL(2);

  /** Position in the cascade, 0 at the top; explicit so reordering constants changes nothing. */
  private final int depth;

  GoalLevel(int depth) {
    this.depth = depth;
  }

  /**
   * Tells whether a goal of this level may have a parent of another level: a parent must be of the
   * same or a higher level (business above marketing above social).
   *
   * @param parent the parent's level, not null
   * @return whether {@code parent} may be the parent of a goal of this level
   */
  public boolean mayHaveParent(GoalLevel parent) {
    return parent.depth <= depth;
  }

  /**
   * Tells whether this level is an objective's (business or marketing).
   *
   * @return true for {@link #BUSINESS} and {@link #MARKETING}
   */
  public boolean isObjective() {
    return this != SOCIAL;
  }
}
