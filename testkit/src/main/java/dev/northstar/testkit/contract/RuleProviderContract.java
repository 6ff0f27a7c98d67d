package dev.northstar.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.smart.BuiltInRules;
import dev.northstar.smart.Rule;
import dev.northstar.smart.SmartValidator;
import dev.northstar.smart.spi.RuleProvider;
import dev.northstar.testing.property.Gen;
import dev.northstar.testkit.gen.GoalInContext;
import dev.northstar.testkit.gen.RuleContextGens;
import dev.northstar.testkit.internal.RuleChecks;
import dev.northstar.testkit.internal.ServiceRegistration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a {@link RuleProvider}: a stable name, rules with unique ids that take no id of
 * {@link #otherRuleIds()} (the built-in rules by default), registration for {@link ServiceLoader},
 * and for every rule the checks of {@link SmartRuleContract}, one group of tests per rule.
 *
 * <pre>{@code
 * class AcmeRulesTest implements RuleProviderContract {
 *   public RuleProvider provider() { return new AcmeRules(); }
 * }
 * }</pre>
 */
public interface RuleProviderContract {

  /**
   * Returns a new instance of the provider under test.
   *
   * @return the provider, never null
   */
  RuleProvider provider();

  /**
   * Returns the ids the provider's rules must not take: by default the built-in rules' ids.
   *
   * @return the ids, never null
   */
  default Collection<String> otherRuleIds() {
    return BuiltInRules.ids();
  }

  /**
   * Tells whether the provider must be found by {@link ServiceLoader}; true by default.
   *
   * @return whether to check the registration
   */
  default boolean registeredAsService() {
    return true;
  }

  /**
   * Returns the registry the generated contexts carry; by default {@link
   * MetricRegistry#loadLenient()}.
   *
   * @return the registry, never null
   */
  default MetricRegistry registry() {
    return MetricRegistry.loadLenient();
  }

  /**
   * Returns the goals and contexts the rules are judged on; by default {@link
   * RuleContextGens#goalsInContext(MetricRegistry)}.
   *
   * @return the generator, never null
   */
  default Gen<GoalInContext> goalsInContext() {
    return RuleContextGens.goalsInContext(registry());
  }

  /** A name, the same rules on every call, unique ids that take no other rule's id. */
  @Test
  default void nameIsStableAndRuleIdsAreUnique() {
    RuleProvider provider = provider();
    String name = provider.name();
    assertNotNull(name, () -> provider.getClass().getName() + ".name() returned null");
    assertFalse(name.isBlank(), () -> provider.getClass().getName() + ".name() is blank");
    List<String> ids = idsOf(provider);
    assertEquals(ids, idsOf(provider()), () -> name + " returns other rules on another call");
    Set<String> seen = new HashSet<>();
    Set<String> others = new HashSet<>(otherRuleIds());
    for (String id : ids) {
      assertTrue(seen.add(id), () -> name + " has two rules with id " + id);
      assertFalse(others.contains(id), () -> name + ": rule id " + id + " is already taken");
    }
    SmartValidator.builder().addProvider(provider);
  }

  /** {@link ServiceLoader} finds the provider, so {@link SmartValidator#create()} runs it. */
  @Test
  default void isRegisteredForTheServiceLoader() {
    if (!registeredAsService()) {
      return;
    }
    ServiceRegistration.assertFound(RuleProvider.class, provider());
  }

  /**
   * The checks of {@link SmartRuleContract} for every rule, a container per rule id.
   *
   * @return one container per rule, never null
   */
  @TestFactory
  default Stream<DynamicNode> everyRuleKeepsTheRuleContract() {
    Gen<GoalInContext> goals = goalsInContext();
    List<String> ids = idsOf(provider());
    return ids.stream()
        .map(
            id ->
                DynamicContainer.dynamicContainer(
                    id,
                    Stream.of(
                        DynamicTest.dynamicTest(
                            "id is well formed and stable",
                            () -> RuleChecks.idAndCriterion(() -> ruleOf(id))),
                        DynamicTest.dynamicTest(
                            "judges every generated goal deterministically and explains itself",
                            () -> RuleChecks.judges(() -> ruleOf(id), goals)))));
  }

  private Rule ruleOf(String id) {
    return provider().rules().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("rule " + id + " is gone on another call"));
  }

  private static List<String> idsOf(RuleProvider provider) {
    List<Rule> rules = provider.rules();
    assertNotNull(rules, () -> provider.name() + ".rules() returned null");
    List<String> ids = new ArrayList<>();
    for (Rule r : rules) {
      assertNotNull(r, () -> provider.name() + " returned a null rule");
      ids.add(r.id());
    }
    return ids;
  }
}
