package dev.northstar.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.scope.Platform;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.spi.KpiProvider;
import dev.northstar.testkit.internal.ServiceRegistration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contract of a {@link KpiProvider}: a test class of the plugin implements this interface and
 * returns its provider; JUnit runs the checks.
 *
 * <ul>
 *   <li>its name is not blank, and {@link KpiProvider#kpis()}, {@link
 *       KpiProvider#engagementSets()}, {@link KpiProvider#synonyms()} and {@link
 *       KpiProvider#synonymsByLanguage()} return no nulls;
 *   <li>it joins the built-in registry cleanly: no KPI id or platform already taken, synonyms only
 *       of its own KPIs ({@link KpiRegistry#withProvider(KpiProvider)} accepts it);
 *   <li>every KPI has a definition in {@link MetricRegistry#load()}, equal to {@link
 *       RatioKpi#toDefinition()}, so that goals and SMART rules know it;
 *   <li>{@link java.util.ServiceLoader} finds it, so that {@link KpiRegistry#load()} (and the
 *       command line's {@code --plugin-path}) lists its KPIs.
 * </ul>
 *
 * <pre>{@code
 * class DiscountCodeKpisTest implements KpiProviderContract {
 *   public KpiProvider provider() { return new DiscountCodeMetrics(); }
 * }
 * }</pre>
 */
public interface KpiProviderContract {

  /**
   * Returns the provider under test.
   *
   * @return the provider, never null
   */
  KpiProvider provider();

  /**
   * Tells whether the provider must be found by {@link java.util.ServiceLoader}; true by default.
   *
   * @return true to check the registration
   */
  default boolean registeredForServiceLoader() {
    return true;
  }

  /** The name is not blank and no method returns null. */
  @Test
  default void returnsNoNulls() {
    KpiProvider p = provider();
    assertNotNull(p.name(), "name() returned null");
    assertFalse(p.name().isBlank(), "name() is blank");
    Collection<RatioKpi> kpis = p.kpis();
    assertNotNull(kpis, () -> p.name() + ": kpis() returned null");
    kpis.forEach(k -> assertNotNull(k, () -> p.name() + ": kpis() has a null element"));
    Map<Platform, Set<MetricId>> sets = p.engagementSets();
    assertNotNull(sets, () -> p.name() + ": engagementSets() returned null");
    assertNotNull(p.synonyms(), () -> p.name() + ": synonyms() returned null");
    assertNotNull(p.synonymsByLanguage(), () -> p.name() + ": synonymsByLanguage() returned null");
    p.synonymsByLanguage()
        .forEach(
            (id, s) ->
                assertNotNull(
                    s, () -> p.name() + ": synonymsByLanguage() has null synonyms of " + id));
  }

  /** The built-in registry takes the provider: no id or platform taken twice. */
  @Test
  default void joinsTheBuiltInsWithoutAClash() {
    KpiProvider p = provider();
    KpiRegistry registry =
        assertDoesNotThrow(
            () -> KpiRegistry.builtIn().withProvider(p), () -> p.name() + " clashes");
    for (RatioKpi kpi : p.kpis()) {
      assertEquals(Optional.of(p.name()), registry.sourceOf(kpi.id()));
    }
  }

  /** Every KPI has its definition in the metric registry, equal to its formula's. */
  @Test
  default void everyKpiIsAMetricDefinition() {
    MetricRegistry metrics = MetricRegistry.load();
    for (RatioKpi kpi : provider().kpis()) {
      Optional<MetricDefinition> d = metrics.find(kpi.id());
      assertTrue(
          d.isPresent(),
          () ->
              "KPI "
                  + kpi.id()
                  + " is not in MetricRegistry.load(): return kpi.toDefinition() from a"
                  + " MetricDefinitionProvider too, so that goals and SMART rules know it");
      assertEquals(
          kpi.toDefinition(),
          d.get(),
          () -> "the definition of " + kpi.id() + " differs from its formula's");
    }
  }

  /** {@link java.util.ServiceLoader} finds the provider, so {@link KpiRegistry#load()} lists it. */
  @Test
  default void isRegisteredForTheServiceLoader() {
    if (!registeredForServiceLoader()) {
      return;
    }
    ServiceRegistration.assertFound(KpiProvider.class, provider());
    List<String> ids = KpiRegistry.load().ids();
    for (RatioKpi kpi : provider().kpis()) {
      assertTrue(ids.contains(kpi.id().value()), () -> "KpiRegistry.load() lacks " + kpi.id());
    }
  }
}
