package dev.northstar.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.testkit.internal.ServiceRegistration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract of a {@link MetricDefinitionProvider}: implement it in a test class and return your
 * provider from {@link #provider()}.
 *
 * <pre>{@code
 * class AcmeMetricsTest implements MetricDefinitionProviderContract {
 *   public MetricDefinitionProvider provider() { return new AcmeMetrics(); }
 *   public Optional<String> namespace() { return Optional.of("acme"); }
 * }
 * }</pre>
 *
 * <p>What it checks, each definition in a test of its own where it concerns one:
 *
 * <ul>
 *   <li><b>unique id</b>: no id twice in the provider, none taken by another source of {@link
 *       #registry()} (the core metrics, the built-in KPIs, every other plugin on the path), and
 *       every id in the {@linkplain #namespace() namespace} if one is given;
 *   <li><b>documented unit</b>: a name and a description (what is measured, how, edge cases), and a
 *       unit that agrees with the additivity: a {@link MetricUnit#RATIO} is never additive;
 *   <li><b>mergeable aggregation</b>: the default aggregation can be computed from partial results
 *       that merge exactly: never {@link Aggregation#SUM} of a snapshot or non-additive metric,
 *       never a plain {@link Aggregation#SUM} or {@link Aggregation#MEAN} of a ratio (a ratio
 *       aggregates as {@link Aggregation#RATIO_OF_SUMS}, as {@link Aggregation#MEAN_OF_RATIOS},
 *       which skips the undefined ones, or by picking one value, such as the {@link
 *       Aggregation#LAST} period-over-period growth), ratio aggregations only for non-additive
 *       metrics;
 *   <li><b>undefined on zero</b> is checked for formulas by {@link RatioKpiContract}, which extends
 *       this contract;
 *   <li><b>loading</b>: the same definitions on every call, a stable name, and registration for
 *       {@link ServiceLoader} (a missing {@code META-INF/services} entry is the commonest plugin
 *       bug, and nothing else can report it: an unregistered provider is simply never found).
 * </ul>
 */
public interface MetricDefinitionProviderContract {

  /**
   * Returns the provider under test.
   *
   * @return a provider, never null
   */
  MetricDefinitionProvider provider();

  /**
   * Returns the registry whose other sources the provider's ids must not clash with: by default
   * {@link MetricRegistry#load()}, everything on the test's class or module path.
   *
   * @return the registry, never null
   */
  default MetricRegistry registry() {
    return MetricRegistry.load();
  }

  /**
   * Returns the namespace every id must start with (followed by a dot), such as {@code acme}; empty
   * to skip the check. Plugins should use one, so that they cannot clash with future built-ins.
   *
   * @return the namespace, or empty (the default)
   */
  default Optional<String> namespace() {
    return Optional.empty();
  }

  /**
   * Tells whether the provider must be found by {@link ServiceLoader}; true by default. Override
   * with false for a provider that applications add by hand ({@code MetricRegistry.builder()}).
   *
   * @return whether to check the registration
   */
  default boolean registeredAsService() {
    return true;
  }

  /** The provider has a name and returns the same definitions on every call. */
  @Test
  default void nameIsStableAndDefinitionsAreTheSameOnEveryCall() {
    MetricDefinitionProvider provider = provider();
    String name = provider.name();
    assertNotNull(name, () -> provider.getClass().getName() + ".name() returned null");
    assertFalse(name.isBlank(), () -> provider.getClass().getName() + ".name() is blank");
    assertEquals(name, provider.name(), "name() must return the same name on every call");
    List<MetricDefinition> first = definitionsOf(provider);
    assertEquals(
        first,
        definitionsOf(provider),
        () -> name + ": definitions() must return the same definitions on every call");
    assertEquals(
        first, definitionsOf(provider()), () -> name + ": every instance must define the same");
  }

  /** No id twice in the provider, and every id in the namespace if one is given. */
  @Test
  default void idsAreUniqueWithinTheProviderAndNamespaced() {
    MetricDefinitionProvider provider = provider();
    Set<MetricId> seen = new HashSet<>();
    for (MetricDefinition d : definitionsOf(provider)) {
      assertTrue(seen.add(d.id()), () -> provider.name() + " defines id '" + d.id() + "' twice");
      namespace()
          .ifPresent(
              ns ->
                  assertTrue(
                      d.id().value().startsWith(ns + "."),
                      () ->
                          provider.name()
                              + ": id '"
                              + d.id()
                              + "' is outside the namespace '"
                              + ns
                              + ".'; prefix it, so that it cannot clash with other plugins or"
                              + " future built-ins"));
    }
  }

  /** No id is taken by another source of the registry. */
  @Test
  default void idsAreNotTakenByAnotherSource() {
    MetricDefinitionProvider provider = provider();
    MetricRegistry registry = registry();
    for (MetricDefinition d : definitionsOf(provider)) {
      Optional<String> source = registry.sourceOf(d.id());
      if (source.isPresent() && !source.get().equals(provider.name())) {
        fail(
            provider.name()
                + ": id '"
                + d.id()
                + "' is already defined by "
                + source.get()
                + "; choose another id (prefix it with a namespace)");
      }
    }
  }

  /** {@link ServiceLoader} finds the provider, so {@link MetricRegistry#load()} lists it. */
  @Test
  default void isRegisteredForTheServiceLoader() {
    if (!registeredAsService()) {
      return;
    }
    ServiceRegistration.assertFound(MetricDefinitionProvider.class, provider());
  }

  /**
   * Every definition is documented: a name other than its id and a description.
   *
   * @return one test per definition, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyDefinitionIsDocumented() {
    return perDefinition(
        d -> {
          assertFalse(
              d.name().equals(d.id().value()),
              () -> "metric " + d.id() + " has no name of its own; set one with .name(...)");
          assertTrue(
              d.description().length() >= 10,
              () ->
                  "metric "
                      + d.id()
                      + " has no description; say what is measured, how, and its edge cases");
        });
  }

  /**
   * Every unit agrees with the additivity: a ratio or a multiple is never additive, a currency or
   * count that is aggregated as a ratio is a formula, hence non-additive.
   *
   * @return one test per definition, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyUnitAgreesWithTheAdditivity() {
    return perDefinition(
        d -> {
          if (d.unit() == MetricUnit.RATIO || d.unit() == MetricUnit.MULTIPLE) {
            assertEquals(
                Additivity.NON_ADDITIVE,
                d.additivity(),
                () ->
                    "metric "
                        + d.id()
                        + " is a "
                        + d.unit()
                        + ", so it cannot be "
                        + d.additivity());
          }
        });
  }

  /**
   * Every default aggregation can be computed from partials that merge exactly.
   *
   * @return one test per definition, never null
   */
  @TestFactory
  default Stream<DynamicTest> everyDefaultAggregationIsMergeable() {
    Set<Aggregation> ratioOnly = EnumSet.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS);
    return perDefinition(
        d -> {
          Aggregation a = d.defaultAggregation();
          if (d.additivity() != Additivity.ADDITIVE) {
            assertFalse(
                a == Aggregation.SUM,
                () -> "metric " + d.id() + " is " + d.additivity() + ", so it cannot sum");
          }
          if (d.unit() == MetricUnit.RATIO) {
            assertFalse(
                a == Aggregation.MEAN,
                () ->
                    "metric "
                        + d.id()
                        + " is a ratio aggregated by MEAN, which cannot tell an undefined ratio"
                        + " from a zero; use RATIO_OF_SUMS or MEAN_OF_RATIOS");
          }
          if (ratioOnly.contains(a)) {
            assertEquals(
                Additivity.NON_ADDITIVE,
                d.additivity(),
                () -> "metric " + d.id() + " aggregates as " + a + " but is " + d.additivity());
          }
        });
  }

  /**
   * Runs a check on every definition of the provider, one dynamic test each, named by id.
   *
   * @param check the check, not null
   * @return the tests, never null
   */
  default Stream<DynamicTest> perDefinition(DefinitionCheck check) {
    return definitionsOf(provider()).stream()
        .map(d -> DynamicTest.dynamicTest(d.id().value(), () -> check.check(d)));
  }

  /**
   * Returns a provider's definitions, failing the test with its name if it returns null or throws.
   *
   * @param provider the provider, not null
   * @return the definitions, in the provider's order, never null
   */
  static List<MetricDefinition> definitionsOf(MetricDefinitionProvider provider) {
    Collection<MetricDefinition> given;
    try {
      given = provider.definitions();
    } catch (RuntimeException e) {
      throw new AssertionError(provider.getClass().getName() + ".definitions() threw " + e, e);
    }
    assertNotNull(given, () -> provider.getClass().getName() + ".definitions() returned null");
    List<MetricDefinition> list = new ArrayList<>();
    for (MetricDefinition d : given) {
      assertNotNull(d, () -> provider.getClass().getName() + " returned a null definition");
      list.add(d);
    }
    return list;
  }

  /** A check of one definition. */
  @FunctionalInterface
  interface DefinitionCheck {
    /**
     * Checks a definition.
     *
     * @param definition the definition, not null
     * @throws Throwable if the check fails
     */
    void check(MetricDefinition definition) throws Throwable;
  }
}
