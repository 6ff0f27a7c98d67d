package dev.northstar.core.tactic;

/** Where a tactic stands: still to do, done, or given up. */
public enum TacticStatus {
  /** Still to do; the default. */
  OPEN,
  /** Done. */
  DONE,
  /** Given up; never overdue. */
  DROPPED;

  /**
   * Tells whether the tactic needs no more work: done or dropped.
   *
   * @return true unless {@link #OPEN}
   */
  public boolean isClosed() {
    return this != OPEN;
  }
}
