package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueDefinitionsTest {

  private static final Set<MetricId> CORE_IDS =
      CoreMetrics.definitions().stream().map(MetricDefinition::id).collect(Collectors.toSet());

  @Test
  void measuresAreAdditiveAndNewToCore() {
    for (MetricDefinition m : Measures.definitions()) {
      assertThat(m.additivity()).as(m.id().value()).isEqualTo(Additivity.ADDITIVE);
      assertThat(CORE_IDS).as(m.id().value()).doesNotContain(m.id());
      assertThat(m.description()).as(m.id().value()).isNotBlank();
    }
    assertThat(Measures.definitions()).extracting(MetricDefinition::id).doesNotHaveDuplicates();
  }

  @Test
  void measuresHaveTheRightUnitAndPolarity() {
    MetricDefinition salesCost = find(Measures.SALES_COST);
    assertThat(salesCost.unit()).isEqualTo(MetricUnit.CURRENCY);
    assertThat(salesCost.polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(find(Measures.NEGATIVE_MENTIONS).polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
    assertThat(find(Measures.SESSIONS).unit()).isEqualTo(MetricUnit.COUNT);
    assertThat(find(Measures.VIDEO_STARTS).name()).isEqualTo("Video starts");
  }

  @Test
  void derivedMetricsAreNotSummed() {
    for (MetricDefinition d : DerivedMetrics.definitions()) {
      assertThat(CORE_IDS).as(d.id().value()).doesNotContain(d.id());
      assertThat(Kpis.find(d.id())).as(d.id().value()).isEmpty();
    }
    MetricDefinition daily = DerivedMetrics.definitions().get(0);
    assertThat(daily.id()).isEqualTo(DerivedMetrics.DAILY_ER);
    assertThat(daily.unit()).isEqualTo(MetricUnit.RATIO);
    assertThat(daily.additivity()).isEqualTo(Additivity.NON_ADDITIVE);
    assertThat(DerivedMetrics.definitions())
        .filteredOn(d -> d.id().equals(DerivedMetrics.NET_FOLLOWER_CHANGE))
        .singleElement()
        .satisfies(d -> assertThat(d.additivity()).isEqualTo(Additivity.ADDITIVE));
  }

  private static MetricDefinition find(MetricId id) {
    return Measures.definitions().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }
}
