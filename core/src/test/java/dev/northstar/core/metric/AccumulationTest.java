package dev.northstar.core.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AccumulationTest {

  @Test
  void theDefaultFollowsAdditivityAndUnit() {
    assertThat(Accumulation.defaultFor(Additivity.ADDITIVE, MetricUnit.COUNT))
        .isEqualTo(Accumulation.FLOW);
    assertThat(Accumulation.defaultFor(Additivity.ADDITIVE, MetricUnit.CURRENCY))
        .isEqualTo(Accumulation.FLOW);
    assertThat(Accumulation.defaultFor(Additivity.SNAPSHOT, MetricUnit.COUNT))
        .isEqualTo(Accumulation.STOCK);
    assertThat(Accumulation.defaultFor(Additivity.NON_ADDITIVE, MetricUnit.COUNT))
        .isEqualTo(Accumulation.NON_ADDITIVE_FLOW);
    assertThat(Accumulation.defaultFor(Additivity.NON_ADDITIVE, MetricUnit.RATIO))
        .isEqualTo(Accumulation.RATE);
    assertThat(Accumulation.defaultFor(Additivity.NON_ADDITIVE, MetricUnit.SCORE))
        .isEqualTo(Accumulation.RATE);
  }

  @Test
  void aFlowIsExactlyAnAdditiveMetricAndASnapshotIsAStock() {
    assertThat(Accumulation.FLOW.agreesWith(Additivity.ADDITIVE)).isTrue();
    assertThat(Accumulation.FLOW.agreesWith(Additivity.SNAPSHOT)).isFalse();
    assertThat(Accumulation.FLOW.agreesWith(Additivity.NON_ADDITIVE)).isFalse();
    assertThat(Accumulation.STOCK.agreesWith(Additivity.SNAPSHOT)).isTrue();
    assertThat(Accumulation.STOCK.agreesWith(Additivity.ADDITIVE)).isFalse();
    assertThat(Accumulation.STOCK.agreesWith(Additivity.NON_ADDITIVE)).isTrue();
    assertThat(Accumulation.RATE.agreesWith(Additivity.NON_ADDITIVE)).isTrue();
    assertThat(Accumulation.RATE.agreesWith(Additivity.SNAPSHOT)).isFalse();
    assertThat(Accumulation.RATE.agreesWith(Additivity.ADDITIVE)).isFalse();
    assertThat(Accumulation.NON_ADDITIVE_FLOW.agreesWith(Additivity.NON_ADDITIVE)).isTrue();
    assertThat(Accumulation.NON_ADDITIVE_FLOW.agreesWith(Additivity.ADDITIVE)).isFalse();
  }

  @Test
  void onlyTheTwoFlowsAreSummedOverDays() {
    assertThat(Accumulation.FLOW.isFlow()).isTrue();
    assertThat(Accumulation.NON_ADDITIVE_FLOW.isFlow()).isTrue();
    assertThat(Accumulation.STOCK.isFlow()).isFalse();
    assertThat(Accumulation.RATE.isFlow()).isFalse();
  }

  @Test
  void aDefinitionDerivesItsAccumulationOrTakesOneThatAgrees() {
    MetricId id = MetricId.of("unique_visitors");
    MetricDefinition derived =
        MetricDefinition.builder(id).additivity(Additivity.NON_ADDITIVE).build();
    assertThat(derived.accumulation()).isEqualTo(Accumulation.NON_ADDITIVE_FLOW);
    MetricDefinition stock =
        MetricDefinition.builder(id)
            .additivity(Additivity.NON_ADDITIVE)
            .accumulation(Accumulation.STOCK)
            .build();
    assertThat(stock.accumulation()).isEqualTo(Accumulation.STOCK);
    assertThat(stock.toBuilder().build()).isEqualTo(stock).hasSameHashCodeAs(stock);
    assertThat(stock).isNotEqualTo(derived);
    assertThat(MetricDefinition.builder(id).build().accumulation()).isEqualTo(Accumulation.FLOW);
  }

  @Test
  void anAccumulationThatDisagreesWithTheAdditivityIsRefusedNamingWhatIsAllowed() {
    assertThatThrownBy(
            () ->
                MetricDefinition.builder(MetricId.of("followers_now"))
                    .additivity(Additivity.SNAPSHOT)
                    .accumulation(Accumulation.FLOW)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "accumulation of metric followers_now must agree with its additivity SNAPSHOT, but was"
                + " FLOW; allowed: STOCK");
    assertThatThrownBy(
            () ->
                MetricDefinition.builder(MetricId.of("reach_x"))
                    .additivity(Additivity.NON_ADDITIVE)
                    .accumulation(Accumulation.FLOW)
                    .build())
        .hasMessageEndingWith("allowed: NON_ADDITIVE_FLOW, STOCK, RATE");
    assertThatThrownBy(() -> MetricDefinition.builder(MetricId.of("x")).accumulation(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void everyBuiltInMetricDeclaresItsAccumulation() {
    for (MetricDefinition d : CoreMetrics.definitions()) {
      assertThat(d.accumulation().agreesWith(d.additivity())).as(d.id().value()).isTrue();
    }
    assertThat(find(CoreMetrics.REACH).accumulation()).isEqualTo(Accumulation.NON_ADDITIVE_FLOW);
    assertThat(find(CoreMetrics.FOLLOWERS).accumulation()).isEqualTo(Accumulation.STOCK);
    assertThat(find(CoreMetrics.REVENUE).accumulation()).isEqualTo(Accumulation.FLOW);
    assertThat(find(CoreMetrics.REVIEW_RATING).accumulation()).isEqualTo(Accumulation.RATE);
  }

  private static MetricDefinition find(MetricId id) {
    return CoreMetrics.definitions().stream().filter(d -> d.id().equals(id)).findFirst().get();
  }
}
