import org.jspecify.annotations.NullMarked;

/**
 * Northstar's KPI formulas: exact ratios, the catalogue of KPI formulas registered as metric
 * definitions, engagement sets per platform, and the columnar aggregation engine with mergeable
 * partial aggregates.
 *
 * @uses dev.northstar.formulas.spi.KpiProvider plugin KPIs with their formulas, collected by {@link
 *     dev.northstar.formulas.kpi.KpiRegistry#load()}
 * @provides dev.northstar.core.metric.spi.MetricDefinitionProvider the built-in KPI catalogue,
 *     {@link dev.northstar.formulas.kpi.BuiltInKpis}
 */
@NullMarked
module dev.northstar.formulas {
  requires transitive dev.northstar.core;
  requires static org.jspecify;

  exports dev.northstar.formulas.ratio;
  exports dev.northstar.formulas.kpi;
  exports dev.northstar.formulas.table;
  exports dev.northstar.formulas.aggregate;
  exports dev.northstar.formulas.utm;
  exports dev.northstar.formulas.spi;

  uses dev.northstar.formulas.spi.KpiProvider;

  provides dev.northstar.core.metric.spi.MetricDefinitionProvider with
      dev.northstar.formulas.kpi.BuiltInKpis;
}
