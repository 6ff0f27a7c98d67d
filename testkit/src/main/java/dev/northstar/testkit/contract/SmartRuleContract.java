package dev.northstar.testkit.contract;

import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.smart.Rule;
import dev.northstar.testing.property.Gen;
import dev.northstar.testkit.gen.GoalInContext;
import dev.northstar.testkit.gen.RuleContextGens;
import dev.northstar.testkit.internal.RuleChecks;
import org.junit.jupiter.api.Test;

/**
 * The contract of a SMART {@link Rule}: implement it in a test class and return a new instance of
 * your rule from {@link #rule()}.
 *
 * <pre>{@code
 * class TaggedRuleTest implements SmartRuleContract {
 *   public Rule rule() { return new TaggedRule(); }
 * }
 * }</pre>
 *
 * <p>It checks that the rule's id is well formed ({@code [a-z0-9-]} words joined by dots) and
 * starts with its criterion's label, and, over {@link #goalsInContext()} (generated goals of every
 * shape and the seed goals, in generated contexts), that the rule:
 *
 * <ul>
 *   <li><b>is deterministic</b>: the same findings, in the same order, on a second call and from a
 *       second instance;
 *   <li><b>never throws</b> and never returns null;
 *   <li><b>explains every finding</b>: the rule's id and criterion, a message in words (no bare
 *       exception or "null"), and for a warning or an error a suggestion that differs from it.
 * </ul>
 *
 * <p>A failure prints the seed and the goal that broke it; rerun with {@code -Dnorthstar.seed=...}.
 */
public interface SmartRuleContract {

  /**
   * Returns a new instance of the rule under test.
   *
   * @return the rule, never null
   */
  Rule rule();

  /**
   * Returns the registry the generated contexts carry; by default {@link
   * MetricRegistry#loadLenient()}, everything on the test's path.
   *
   * @return the registry, never null
   */
  default MetricRegistry registry() {
    return MetricRegistry.loadLenient();
  }

  /**
   * Returns the goals and contexts the rule is judged on; by default {@link
   * RuleContextGens#goalsInContext(MetricRegistry)}. Override to add goals your rule is about.
   *
   * @return the generator, never null
   */
  default Gen<GoalInContext> goalsInContext() {
    return RuleContextGens.goalsInContext(registry());
  }

  /** The id is well formed and starts with the criterion's label; id and criterion are stable. */
  @Test
  default void idIsWellFormedAndStable() {
    RuleChecks.idAndCriterion(this::rule);
  }

  /** Deterministic, never throws, explains every finding, on every generated goal. */
  @Test
  default void judgesEveryGeneratedGoalDeterministicallyAndExplainsItsFindings() {
    RuleChecks.judges(this::rule, goalsInContext());
  }
}
