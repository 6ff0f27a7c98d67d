package dev.northstar.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.spi.MetricDefinitionProvider;
import dev.northstar.formulas.kpi.BuiltInKpis;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.testkit.contract.RatioKpiContract;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The formulas module's built-in KPIs keep the contract of plugin formulas. */
class BuiltInKpisContractTest implements RatioKpiContract {

  @Override
  public MetricDefinitionProvider provider() {
    return new BuiltInKpis();
  }

  @Override
  public List<RatioKpi> kpis() {
    return Kpis.all();
  }

  @Test
  void everyRatioKpiIsUnderTheContract() {
    assertThat(kpis()).isNotEmpty();
    assertThat(new BuiltInKpis().definitions())
        .extracting(MetricDefinition::id)
        .containsAll(kpis().stream().map(RatioKpi::id).toList());
  }
}
