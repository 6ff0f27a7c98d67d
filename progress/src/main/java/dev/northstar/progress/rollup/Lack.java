package dev.northstar.progress.rollup;

import dev.northstar.core.goal.GoalId;
import java.util.Objects;

/**
 * A child left out of a {@link Rollup} because it had no progress.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param goal the child's id, not null
 * @param reason why, not null, such as {@code "NO_DATA: no observation falls within the goal's
 *     period up to the reference date"}
 */
public record Lack(GoalId goal, String reason) {

  /**
   * Validates the components.
   *
   * @param goal the child's id, not null
   * @param reason why it lacks progress, not null
   * @throws NullPointerException if a component is null
   */
  public Lack {
    Objects.requireNonNull(goal, "goal must not be null");
    Objects.requireNonNull(reason, "reason must not be null");
  }

  /**
   * Returns the readable form, such as {@code fb-reach (NO_DATA)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return goal + " (" + reason + ")";
  }
}
