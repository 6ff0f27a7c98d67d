package dev.northstar.smart;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.plugin.PluginLoadException;
import dev.northstar.core.plugin.PluginProblem;
import dev.northstar.core.plugin.ServiceProviders;
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

  private static final String WHAT = "SMART rule providers";

  private final List<Rule> rules;
  private final List<PluginProblem> problems;

  private SmartValidator(List<Rule> rules, List<PluginProblem> problems) {
    this.rules = rules;
    this.problems = List.copyOf(problems);
  }

  /**
   * Obtains a validator with the built-in rules and those of every {@link RuleProvider} that {@link
   * ServiceLoader} finds.
   *
   * <p>A provider is taken whole or not at all. It is refused, with a {@link PluginProblem} that
   * names it, when its class named in {@code META-INF/services} is missing or cannot be
   * instantiated, when it throws, returns null or a null rule, or a rule with a malformed id, or
   * when a rule id is already taken by a built-in rule or a provider loaded before it. Built-in
   * rules are always added first, so a plugin can never displace one.
   *
   * @return the validator, never null, with no {@linkplain #problems() problems}
   * @throws PluginLoadException naming every provider that was refused
   */
  public static SmartValidator create() {
    return strict(ServiceLoader.load(RuleProvider.class));
  }

  /**
   * Obtains a validator with the built-in rules and those of every {@link RuleProvider} that {@link
   * ServiceLoader} finds through a class loader, such as one that loads plugin jars.
   *
   * @param loader the class loader to find providers with, not null
   * @return the validator, never null, with no {@linkplain #problems() problems}
   * @throws NullPointerException if {@code loader} is null
   * @throws PluginLoadException naming every provider that was refused (see {@link #create()})
   */
  public static SmartValidator create(ClassLoader loader) {
    Args.notNull(loader, "loader");
    return strict(ServiceLoader.load(RuleProvider.class, loader));
  }

  /**
   * Obtains a validator like {@link #create()}, but keeps going past broken providers: it runs the
   * built-in rules and those of every provider that loaded cleanly, and {@link #problems()} names
   * the others. For hosts that must start even with a bad plugin jar; log the problems.
   *
   * @return the validator, never null
   */
  public static SmartValidator createLenient() {
    return lenient(ServiceLoader.load(RuleProvider.class));
  }

  /**
   * Obtains a validator like {@link #create(ClassLoader)}, but keeps going past broken providers
   * (see {@link #createLenient()}).
   *
   * @param loader the class loader to find providers with, not null
   * @return the validator, never null
   * @throws NullPointerException if {@code loader} is null
   */
  public static SmartValidator createLenient(ClassLoader loader) {
    Args.notNull(loader, "loader");
    return lenient(ServiceLoader.load(RuleProvider.class, loader));
  }

  private static SmartValidator strict(ServiceLoader<RuleProvider> loader) {
    SmartValidator validator = lenient(loader);
    if (!validator.problems.isEmpty()) {
      throw new PluginLoadException(WHAT, validator.problems);
    }
    return validator;
  }

  private static SmartValidator lenient(ServiceLoader<RuleProvider> loader) {
    ServiceProviders.Found<RuleProvider> found = ServiceProviders.find(loader);
    List<PluginProblem> problems = new ArrayList<>(found.problems());
    Builder builder = builder().addBuiltInRules();
    for (RuleProvider provider : found.providers()) {
      try {
        builder.addProvider(provider);
      } catch (RuntimeException e) {
        problems.add(PluginProblem.of(Builder.nameOf(provider), String.valueOf(e.getMessage()), e));
      }
    }
    return builder.build(problems);
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
   * Returns the providers that {@link #createLenient()} refused, each naming the provider and what
   * went wrong.
   *
   * @return an unmodifiable list, empty unless created leniently, never null
   */
  public List<PluginProblem> problems() {
    return problems;
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
    private static final String BUILT_IN = "the built-in rules";
    private static final String GIVEN = "a rule added by hand";

    private final Map<String, Rule> rules = new LinkedHashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds the built-in rules ({@link BuiltInRules#all()}).
     *
     * @return this builder
     * @throws IllegalArgumentException if a rule id is already taken
     */
    public Builder addBuiltInRules() {
      BuiltInRules.all().forEach(r -> add(r, BUILT_IN));
      return this;
    }

    /**
     * Adds the rules of every provider, as {@link #addProvider(RuleProvider)} does.
     *
     * @param providers the providers, such as a {@link ServiceLoader}, not null
     * @return this builder
     * @throws NullPointerException if {@code providers} or a provider is null
     * @throws IllegalStateException naming the provider if it fails or returns bad rules
     * @throws IllegalArgumentException naming the provider if a rule id is malformed or taken
     */
    public Builder addProviders(Iterable<? extends RuleProvider> providers) {
      for (RuleProvider p : Args.notNull(providers, "providers")) {
        addProvider(Args.notNull(p, "provider"));
      }
      return this;
    }

    /**
     * Adds the rules of a provider, all or none: if one of them is refused, none is added.
     *
     * @param provider the provider, not null
     * @return this builder
     * @throws NullPointerException if {@code provider} is null
     * @throws IllegalStateException naming the provider if it throws or returns null or a null rule
     * @throws IllegalArgumentException naming the provider if a rule id is malformed, given twice
     *     or already taken
     */
    public Builder addProvider(RuleProvider provider) {
      Args.notNull(provider, "provider");
      String name = nameOf(provider);
      List<Rule> given;
      try {
        given = provider.rules();
      } catch (RuntimeException e) {
        throw new IllegalStateException("rule provider " + name + " failed: " + e, e);
      }
      if (given == null) {
        throw new IllegalStateException("rule provider " + name + " returned null rules");
      }
      Map<String, Rule> own = new LinkedHashMap<>();
      for (Rule r : given) {
        if (r == null) {
          throw new IllegalStateException("rule provider " + name + " returned a null rule");
        }
        String id = checkedId(r, name);
        String taken = own.containsKey(id) ? name : sources.get(id);
        if (taken != null) {
          throw new IllegalArgumentException(
              "rule id " + id + " of " + name + " is already taken by " + taken);
        }
        own.put(id, r);
      }
      own.values().forEach(r -> add(r, name));
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
      return add(rule, GIVEN);
    }

    private Builder add(Rule rule, String source) {
      Args.notNull(rule, "rule");
      String id = checkedId(rule, source);
      String taken = sources.get(id);
      if (taken != null) {
        throw new IllegalArgumentException(
            "rule id " + id + " of " + source + " is already taken by " + taken);
      }
      rules.put(id, rule);
      sources.put(id, source);
      return this;
    }

    private static String checkedId(Rule rule, String source) {
      try {
        String id = Args.ruleId(rule.id());
        Args.notNull(rule.criterion(), "criterion of rule " + id);
        return id;
      } catch (RuntimeException e) {
        throw new IllegalArgumentException("a rule of " + source + " is malformed: " + e, e);
      }
    }

    /** The provider's declared name and its class, or only the class if the name fails. */
    static String nameOf(RuleProvider provider) {
      String type = provider.getClass().getName();
      try {
        String name = provider.name();
        return name == null || name.isBlank() || name.equals(type)
            ? type
            : name + " (" + type + ")";
      } catch (RuntimeException e) {
        return type;
      }
    }

    /**
     * Builds the validator.
     *
     * @return the validator, never null
     */
    public SmartValidator build() {
      return build(List.of());
    }

    private SmartValidator build(List<PluginProblem> problems) {
      List<Rule> sorted = new ArrayList<>(rules.values());
      sorted.sort(RULE_ORDER);
      return new SmartValidator(List.copyOf(sorted), problems);
    }
  }
}
