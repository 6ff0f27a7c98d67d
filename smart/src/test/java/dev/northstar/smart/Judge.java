package dev.northstar.smart;

import dev.northstar.core.goal.Goal;
import java.util.List;

/** Runs one built-in rule on a goal, for rule tests. */
final class Judge {

  private Judge() {}

  static List<Finding> rule(String id, Goal goal, RuleContext context) {
    Rule rule =
        BuiltInRules.all().stream()
            .filter(r -> r.id().equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no built-in rule " + id));
    List<Finding> found = rule.evaluate(goal, context);
    for (Finding f : found) {
      if (!f.ruleId().equals(id) || f.criterion() != rule.criterion()) {
        throw new AssertionError("finding of another rule: " + f);
      }
    }
    return found;
  }

  static Finding single(String id, Goal goal, RuleContext context) {
    List<Finding> found = rule(id, goal, context);
    if (found.size() != 1) {
      throw new AssertionError("expected one finding of " + id + " but got " + found);
    }
    return found.get(0);
  }
}
