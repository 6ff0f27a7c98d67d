package dev.northstar.cli.evaluate;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.formulas.kpi.KpiRegistry;

/**
 * The metric registry the SMART rules look metrics up in, completed with the KPIs goals may name: a
 * KPI of a {@code KpiProvider} without a metric definition, or an ad-hoc KPI, is a rate metric
 * there too (its {@link dev.northstar.formulas.kpi.RatioKpi#toDefinition()}), so that the rules
 * find what {@code progress} and {@code report} measure.
 */
final class KpiMetrics {

  private KpiMetrics() {}

  /**
   * Returns the definitions of a metric registry and, for every KPI whose id it lacks, the KPI's
   * definition with the KPI's source. A definition of the registry wins over a KPI of the same id.
   */
  static MetricRegistry of(MetricRegistry metrics, KpiRegistry kpis) {
    MetricRegistry.Builder builder = MetricRegistry.builder();
    for (MetricDefinition d : metrics.definitions()) {
      builder.add(d, metrics.sourceOf(d.id()).orElse(MetricRegistry.CORE_SOURCE));
    }
    for (KpiRegistry.Entry e : kpis.entries()) {
      if (!metrics.contains(e.kpi().id())) {
        builder.add(e.kpi().toDefinition(), e.source());
      }
    }
    return builder.build();
  }
}
