package dev.northstar.smart.internal;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.formulas.kpi.DerivedMetrics;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.RatioKpi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every metric a statement can name: the metric registry's (built-in and plugins'), the KPI
 * catalogue's and the derived metrics', first definition of an id winning. The one place to point
 * at a combined KPI registry.
 */
final class MetricCatalogue {

  private MetricCatalogue() {}

  /** The definitions, in registry, KPI, derived order; one per id. */
  static List<MetricDefinition> definitions() {
    Map<MetricId, MetricDefinition> byId = new LinkedHashMap<>();
    for (MetricDefinition d : MetricRegistry.loadLenient().definitions()) {
      byId.putIfAbsent(d.id(), d);
    }
    for (RatioKpi k : Kpis.all()) {
      byId.putIfAbsent(k.id(), k.toDefinition());
    }
    for (MetricDefinition d : DerivedMetrics.definitions()) {
      byId.putIfAbsent(d.id(), d);
    }
    return new ArrayList<>(byId.values());
  }
}
