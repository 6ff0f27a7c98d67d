package dev.northstar.progress.rollup;

import dev.northstar.core.goal.GoalId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * How one child that had data counted in a {@link Rollup}.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param goal the child's id, not null
 * @param progress the child's progress as used, not null
 * @param weight the child's weight, greater than 0
 * @param share the child's weight divided by the total weight of the children that counted, 0 to 1,
 *     rounded to 16 significant digits
 * @param rolledUp whether the child's progress was itself rolled up from its own children
 */
public record Contribution(
    GoalId goal, BigDecimal progress, BigDecimal weight, BigDecimal share, boolean rolledUp) {

  /**
   * Validates the components.
   *
   * @param goal the child's id, not null
   * @param progress the progress as used, not null
   * @param weight the weight, not null, greater than 0
   * @param share the share of the total weight, not null, 0 to 1
   * @param rolledUp whether the progress was rolled up
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the weight or the share is out of range
   */
  public Contribution {
    Objects.requireNonNull(goal, "goal must not be null");
    Objects.requireNonNull(progress, "progress must not be null");
    if (weight.signum() <= 0) {
      throw new IllegalArgumentException(
          "weight must be greater than 0, but was " + weight.toPlainString());
    }
    if (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "share must be between 0 and 1, but was " + share.toPlainString());
    }
  }
}
