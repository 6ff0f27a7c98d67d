package dev.northstar.smart;

import dev.northstar.core.goal.Goal;
import dev.northstar.smart.internal.Args;
import dev.northstar.smart.spi.RuleProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs SMART rules over goals and reports on them.
 *
 * <pre>{@code
 * SmartValidator validator = SmartValidator.create(); // built-in rules plus providers
 * SmartReport report = validator.validate(goal, RuleContext.of(LocalDate.of(2026, 1, 1)));
 * System.out.println(report);
 * }</pre>
 *
 * <p>Rules run in a fixed order (by criterion, then id), rules switched off in the context's {@link
 * SmartConfig} are skipped, and a rule that throws does not stop the others: its failure becomes an
 * {@link Severity#ERROR} finding of its criterion.
 *
 * <p>This class is immutable and thread-safe if its rules are.
 */
public final class SmartValidator {

  private static final Comparator<Rule> RULE_ORDER =
      Comparator.comparing(Rule::criterion).thenComparing(Rule::id);

  private final List<Rule> rules;

  private SmartValidator(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * Obtains a validator with the built-in rules and those of every {@link RuleProvider} that {@link
   * ServiceLoader} finds.
   *
   * @return the validator, never null
   * @throws IllegalArgumentException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static SmartValidator create() {
    return builder().addBuiltInRules().addProviders(ServiceLoader.load(RuleProvider.class)).build();
  }

  /**
   * Obtains a validator with the built-in rules and those of every {@link RuleProvider} that {@link
   * ServiceLoader} finds through a class loader, such as one that loads plugin jars.
   *
   * @param loader the class loader to find providers with, not null
   * @return the validator, never null
   * @throws NullPointerException if {@code loader} is null
   * @throws IllegalArgumentException if two rules share an id
   * @throws java.util.ServiceConfigurationError if a provider cannot be loaded
   */
  public static SmartValidator create(ClassLoader loader) {
    Args.notNull(loader, "loader");
    return builder()
        .addBuiltInRules()
        .addProviders(ServiceLoader.load(RuleProvider.class, loader))
        .build();
  }

  /**
   * Obtains a validator with only the built-in rules.
   *
   * @return the validator, never null
   */
  public static SmartValidator builtInOnly() {
    return builder().addBuiltInRules().build();
  }

  /**
   * Starts an empty builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the rules, in the order they run.
   *
   * @return an unmodifiable list, never null
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Judges a goal.
   *
   * @param goal the goal, not null
   * @param context the reference date, hierarchy, history and thresholds, not null
   * @return the report, never null
   * @throws NullPointerException if an argument is null
   */
  public SmartReport validate(Goal goal, RuleContext context) {
    Args.notNull(goal, "goal");
    Args.notNull(context, "context");
    Set<Criterion> checked = EnumSet.noneOf(Criterion.class);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      if (context.config().isEnabled(rule.id())) {
        checked.add(rule.criterion());
        findings.addAll(run(rule, goal, context));
      }
    }
    return SmartReport.of(goal.id(), goal.statement(), checked, findings);
  }

  /**
   * Judges several goals, such as every goal of a hierarchy.
   *
   * @param goals the goals, not null, no nulls
   * @param context the context, not null
   * @return the reports in the order of the goals, unmodifiable, never null
   * @throws NullPointerException if an argument or a goal is null
   */
  public List<SmartReport> validateAll(Collection<Goal> goals, RuleContext context) {
    Args.notNull(goals, "goals");
    return goals.stream().map(g -> validate(g, context)).toList();
  }

  // A plug-in rule's bug must not hide the other rules' findings, so it becomes a finding itself.
  private static List<Finding> run(Rule rule, Goal goal, RuleContext context) {
    try {
      List<Finding> found = Args.notNull(rule.evaluate(goal, context), "findings of " + rule.id());
      for (Finding f : found) {
        if (!f.ruleId().equals(rule.id()) || f.criterion() != rule.criterion()) {
          throw new IllegalStateException(
              "finding "
                  + f
                  + " does not carry the rule's id "
                  + rule.id()
                  + " and criterion "
                  + rule.criterion());
        }
      }
      return found;
    } catch (RuntimeException e) {
      return List.of(
          Finding.error(
              rule,
              "rule " + rule.id() + " failed on goal " + goal.id() + ": " + e,
              "report this to the rule's author; the goal was not judged by this rule"));
    }
  }

  /**
   * Returns the ids of the rules, in run order, such as {@code SmartValidator[specific.metric,
   * ...]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return "SmartValidator" + rules.stream().map(Rule::id).toList();
  }

  /** Builds a {@link SmartValidator}; not thread-safe. */
  public static final class Builder {
    private final Map<String, Rule> rules = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the built-in rules ({@link BuiltInRules#all()}).
     *
     * @return this builder
     * @throws IllegalArgumentException if a rule id is already taken
     */
    public Builder addBuiltInRules() {
      BuiltInRules.all().forEach(this::add);
      return this;
    }

    /**
     * Adds the rules of every provider.
     *
     * @param providers the providers, such as a {@link ServiceLoader}, not null
     * @return this builder
     * @throws NullPointerException if {@code providers} or a provider's rule is null
     * @throws IllegalArgumentException if a rule id is already taken
     */
    public Builder addProviders(Iterable<? extends RuleProvider> providers) {
      for (RuleProvider p : Args.notNull(providers, "providers")) {
        for (Rule r : Args.notNull(p.rules(), "rules of provider " + p.name())) {
          add(Args.notNull(r, "rule of provider " + p.name()));
        }
      }
      return this;
    }

    /**
     * Adds a rule.
     *
     * @param rule the rule, not null
     * @return this builder
     * @throws NullPointerException if {@code rule} is null
     * @throws IllegalArgumentException if its id is malformed or already taken
     */
    public Builder add(Rule rule) {
      Args.notNull(rule, "rule");
      String id = Args.ruleId(rule.id());
      Args.notNull(rule.criterion(), "criterion of rule " + id);
      if (rules.putIfAbsent(id, rule) != null) {
        throw new IllegalArgumentException("rule id " + id + " is already taken by another rule");
      }
      return this;
    }

    /**
     * Builds the validator.
     *
     * @return the validator, never null
     */
    public SmartValidator build() {
      List<Rule> sorted = new ArrayList<>(rules.values());
      sorted.sort(RULE_ORDER);
      return new SmartValidator(List.copyOf(sorted));
    }
  }
}
