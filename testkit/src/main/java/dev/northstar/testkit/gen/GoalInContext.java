package dev.northstar.testkit.gen;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.RuleContext;
import java.util.Objects;

/**
 * A goal and the context a rule judges it in, as {@link RuleContextGens#goalsInContext} makes them.
 *
 * @param goal the goal, not null
 * @param context the context, not null
 */
public record GoalInContext(Goal goal, RuleContext context) {

  /**
   * Creates the pair.
   *
   * @param goal the goal, not null
   * @param context the context, not null
   * @throws NullPointerException if an argument is null
   */
  public GoalInContext {
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(context, "context");
  }
}
