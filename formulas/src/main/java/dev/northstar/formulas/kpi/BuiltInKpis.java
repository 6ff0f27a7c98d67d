package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricSynonyms;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The formulas module's metric definitions, found by {@link java.util.ServiceLoader}: every KPI of
 * {@link Kpis}, the {@linkplain DerivedMetrics KPIs that are not ratios of sums}, and the raw
 * {@linkplain Measures measures} they need beyond the core metrics; with their synonyms per
 * language from {@code synonyms.properties} next to this class.
 *
 * <p>It is registered both in {@code module-info.java} and in {@code
 * META-INF/services/dev.northstar.core.metric.spi.MetricDefinitionProvider}, so that {@link
 * dev.northstar.core.metric.MetricRegistry#load()} finds it on the module path and on the class
 * path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BuiltInKpis implements MetricDefinitionProvider {

  /** The name of this source in the registry and in its error messages. */
  public static final String SOURCE = "northstar-formulas";

  private static final Map<MetricId, MetricSynonyms> SYNONYMS =
      MetricSynonyms.read(
          BuiltInKpis.class.getResourceAsStream("synonyms.properties"),
          "synonyms.properties of dev.northstar.formulas.kpi");

  private static final List<MetricDefinition> DEFINITIONS = collect();

  /** The synonyms per language of a built-in KPI or metric of this module; none if it has none. */
  static MetricSynonyms synonymsOf(MetricId id) {
    return SYNONYMS.getOrDefault(id, MetricSynonyms.none());
  }

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public BuiltInKpis() {}

  private static List<MetricDefinition> collect() {
    List<MetricDefinition> all = new ArrayList<>();
    for (RatioKpi kpi : Kpis.all()) {
      all.add(kpi.toDefinition());
    }
    all.addAll(DerivedMetrics.definitions());
    all.addAll(Measures.definitions());
    // the synonyms per language are data: synonyms.properties next to this class
    return MetricSynonyms.addTo(all, SYNONYMS);
  }

  /**
   * Returns the definitions: the ratio KPIs, then the derived KPIs, then the raw measures.
   *
   * @return an unmodifiable list, the same on every call, never null
   */
  @Override
  public Collection<MetricDefinition> definitions() {
    return DEFINITIONS;
  }

  /**
   * Returns {@value #SOURCE}.
   *
   * @return the name, never null
   */
  @Override
  public String name() {
    return SOURCE;
  }
}
