package dev.northstar.core.tactic;

/**
 * The four quadrants of the value-versus-complexity model, numbered in the order to work on them.
 */
public enum Quadrant {
  /** Quadrant 1: high value, low complexity. Do these first. */
  HIGH_VALUE_LOW_COMPLEXITY(1),
  /** Quadrant 2: high value, high complexity. Next, if resources allow. */
  HIGH_VALUE_HIGH_COMPLEXITY(2),
  /** Quadrant 3: low value, low complexity. Little focus. */
  LOW_VALUE_LOW_COMPLEXITY(3),
  /** Quadrant 4: low value, high complexity. Least focus. */
  LOW_VALUE_HIGH_COMPLEXITY(4);

  private final int number;

  Quadrant(int number) {
    this.number = number;
  }

  /**
   * Returns the quadrant's number, 1 (do first) to 4.
   *
   * @return 1 to 4
   */
  public int number() {
    return number;
  }
}
