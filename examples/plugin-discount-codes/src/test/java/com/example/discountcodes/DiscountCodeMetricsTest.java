package com.example.discountcodes;

import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.testkit.contract.RatioKpiContract;
import java.util.List;
import java.util.Optional;

/**
 * The plugin's metrics keep the test kit's contract: unique, namespaced ids, documented units,
 * mergeable aggregations, formulas over known measures that are undefined on a zero denominator and
 * merge exactly, and registration for ServiceLoader.
 */
class DiscountCodeMetricsTest implements RatioKpiContract {

  @Override
  public MetricDefinitionProvider provider() {
    return new DiscountCodeMetrics();
  }

  @Override
  public List<RatioKpi> kpis() {
    return DiscountCodeMetrics.rates();
  }

  @Override
  public Optional<String> namespace() {
    return Optional.of("acme");
  }
}
