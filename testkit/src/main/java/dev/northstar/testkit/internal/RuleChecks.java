package dev.northstar.testkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Rule;
import dev.northstar.smart.RuleContext;
import dev.northstar.smart.Severity;
import dev.northstar.smart.SmartValidator;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import dev.northstar.testkit.gen.GoalInContext;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/** The checks of one SMART rule, shared by the rule and the rule-provider contracts. */
public final class RuleChecks {

  private RuleChecks() {}

  /**
   * The id is well formed, starts with the criterion's label, and id and criterion are stable.
   *
   * @param rules a fresh instance of the rule on every call
   */
  public static void idAndCriterion(Supplier<Rule> rules) {
    Rule rule = rules.get();
    String id = rule.id();
    assertNotNull(id, () -> rule.getClass().getName() + ".id() returned null");
    assertNotNull(rule.criterion(), () -> "rule " + id + " has no criterion");
    SmartValidator.builder().add(rule).build();
    String label = rule.criterion().label();
    assertTrue(
        id.startsWith(label + "."),
        () -> "rule id " + id + " should start with its criterion's label, as in " + label + ".x");
    Rule again = rules.get();
    assertEquals(id, again.id(), "id() must be the same on every instance and call");
    assertEquals(rule.criterion(), again.criterion(), () -> "criterion() of " + id + " changes");
  }

  /**
   * On every generated goal the rule returns findings without throwing, the same findings on a
   * second call and on a fresh instance, and explains each of them.
   *
   * @param rules a fresh instance of the rule on every call
   * @param goals the goals in context to judge
   */
  public static void judges(Supplier<Rule> rules, Gen<GoalInContext> goals) {
    Rule rule = rules.get();
    Rule other = rules.get();
    Property.named(rule.id() + " is deterministic, never throws and explains every finding")
        .forAll(
            goals,
            g -> {
              List<Finding> first = evaluate(rule, g.goal(), g.context());
              assertEquals(
                  first,
                  evaluate(rule, g.goal(), g.context()),
                  () -> "rule " + rule.id() + " gave other findings the second time");
              assertEquals(
                  first,
                  evaluate(other, g.goal(), g.context()),
                  () -> "another instance of rule " + rule.id() + " gave other findings");
              for (Finding f : first) {
                explains(rule, f);
              }
            });
  }

  private static List<Finding> evaluate(Rule rule, Goal goal, RuleContext context) {
    List<Finding> findings;
    try {
      findings = rule.evaluate(goal, context);
    } catch (RuntimeException e) {
      throw new AssertionError("rule " + rule.id() + " threw " + e + " on goal " + goal, e);
    }
    assertNotNull(findings, () -> "rule " + rule.id() + " returned null findings");
    for (Finding f : findings) {
      assertNotNull(f, () -> "rule " + rule.id() + " returned a null finding");
    }
    return findings;
  }

  /**
   * A finding explains itself: it carries the rule's id and criterion, says what was found in words
   * (not a bare exception or a "null"), and a warning or error says what to change, differently
   * from what it found.
   *
   * @param rule the rule
   * @param f one of its findings
   */
  public static void explains(Rule rule, Finding f) {
    assertEquals(rule.id(), f.ruleId(), () -> "finding " + f + " does not carry its rule's id");
    assertEquals(rule.criterion(), f.criterion(), () -> "finding " + f + " has another criterion");
    String message = f.message();
    assertTrue(
        message.strip().length() >= 10 && message.contains(" "),
        () -> "finding " + f + " does not say what was found in words");
    String lower = message.toLowerCase(Locale.ROOT);
    assertFalse(
        lower.contains("exception") || lower.matches(".*\\bnull\\b.*"),
        () -> "finding " + f + " shows a bug (an exception or null), not an explanation");
    if (f.severity() != Severity.INFO) {
      String suggestion = f.suggestion().orElse("");
      assertFalse(suggestion.isBlank(), () -> "finding " + f + " does not say what to change");
      assertFalse(
          suggestion.equals(message), () -> "finding " + f + " repeats its message as suggestion");
    }
  }
}
