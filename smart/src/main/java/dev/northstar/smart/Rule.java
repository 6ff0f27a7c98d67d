package dev.northstar.smart;

import dev.northstar.core.goal.Goal;
import java.util.List;

/**
 * A SMART rule: judges one aspect of one criterion of a goal in a context.
 *
 * <p>Implementations must be immutable and thread-safe, and deterministic: the same goal and
 * context give the same findings in the same order. A rule that has nothing to say returns an empty
 * list; a rule that cannot judge (say, no history) returns a warning that says so.
 */
public interface Rule {

  /**
   * Returns the rule's id: lower-case words of {@code [a-z0-9-]} joined by dots, starting with its
   * criterion's label by convention, such as {@code achievable.growth}. Ids are unique within a
   * validator and are what {@link SmartConfig.Builder#disable(String)} switches off.
   *
   * @return the id, never null
   */
  String id();

  /**
   * Returns the criterion the rule judges.
   *
   * @return the criterion, never null
   */
  Criterion criterion();

  /**
   * Judges a goal.
   *
   * @param goal the goal, not null
   * @param context the reference date, hierarchy, history and thresholds, not null
   * @return the findings, never null, possibly empty; each with this rule's id and criterion
   */
  List<Finding> evaluate(Goal goal, RuleContext context);
}
