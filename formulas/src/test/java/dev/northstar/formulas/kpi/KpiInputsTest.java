package dev.northstar.formulas.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KpiInputsTest {

  @Test
  void valuesAreKeptAndReplaced() {
    KpiInputs inputs = KpiInputs.of(CoreMetrics.REACH, 3_000).with(CoreMetrics.REACH, 4_000);

    assertThat(inputs.value(CoreMetrics.REACH))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("4000"));
    assertThat(inputs.value(CoreMetrics.CLICKS)).isEmpty();
    assertThat(inputs).hasToString("KpiInputs{reach=4000}");
  }

  @Test
  void sumsAreEvaluatedOrMissing() {
    KpiInputs inputs = KpiInputs.of(CoreMetrics.REVENUE, 15_000, CoreMetrics.SPEND, 5_000);

    assertThat(inputs.valueOf(LinearSum.parse("revenue - spend")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("10000"));
    assertThat(inputs.valueOf(LinearSum.parse("spend - 4*revenue")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("-55000"));
    assertThat(inputs.valueOf(LinearSum.parse("revenue + clicks"))).isEmpty();
  }

  @Test
  void equalityIsNumeric() {
    assertThat(KpiInputs.of(Map.of(CoreMetrics.SPEND, new BigDecimal("5.00"))))
        .isEqualTo(KpiInputs.of(CoreMetrics.SPEND, 5))
        .hasSameHashCodeAs(KpiInputs.of(CoreMetrics.SPEND, 5))
        .isNotEqualTo(KpiInputs.of(CoreMetrics.SPEND, 6))
        .isNotEqualTo(KpiInputs.empty());
  }

  @Test
  void negativeOrHugeValuesAreRefused() {
    assertThatThrownBy(() -> KpiInputs.of(CoreMetrics.REACH, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of measure reach must be zero or more, but was -1");
    assertThatThrownBy(() -> KpiInputs.empty().with(CoreMetrics.SPEND, BigDecimal.TEN.pow(41)))
        .hasMessage("value of measure spend must have at most 40 digits and decimals, but had 42");
    assertThatThrownBy(() -> KpiInputs.empty().with(CoreMetrics.SPEND, (BigDecimal) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value of measure spend must not be null");
  }
}
