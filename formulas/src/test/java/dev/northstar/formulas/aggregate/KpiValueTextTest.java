package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/** How KPI values print by their unit: multiples, costs over nothing spent, quotients of counts. */
class KpiValueTextTest {
  private static final Currency USD = Currency.getInstance("USD");

  private static final TableSchema MONEY =
      TableSchema.builder()
          .measure(Measure.count(CoreMetrics.CLICKS))
          .measure(Measure.amount(CoreMetrics.REVENUE, USD))
          .measure(Measure.amount(CoreMetrics.SPEND, USD))
          .build();

  private static KpiValue value(RatioKpi kpi, long clicks, String revenue, String spend) {
    MetricTable t =
        MetricTable.builder(MONEY)
            .count(CoreMetrics.CLICKS, clicks)
            .amount(CoreMetrics.REVENUE, new BigDecimal(revenue))
            .amount(CoreMetrics.SPEND, new BigDecimal(spend))
            .endRow()
            .build();
    return KpiQuery.builder().kpis(kpi).build().run(t).rows().get(0).value(kpi.id());
  }

  @Test
  void roasIsAMultipleNotAPercent() {
    assertThat(Kpis.ROAS.unit()).isEqualTo(MetricUnit.MULTIPLE);
    // 7000 / 3000 = 2.333.. -> 2.33x
    assertThat(value(Kpis.ROAS, 1, "7000", "3000").format()).isEqualTo("2.33x");
  }

  @Test
  void aCostOverNothingSpentIsUndefinedNotZero() {
    // 0.00 USD over 40 clicks: no paid click to price.
    KpiValue free = value(Kpis.CPC, 40, "0", "0");
    assertThat(free.value()).hasValueSatisfying(v -> assertThat(v).isZero());
    assertThat(free.format()).isEqualTo("undefined");
    // 10.00 USD over 40 clicks = 0.25 USD.
    assertThat(value(Kpis.CPC, 40, "0", "10").format()).isEqualTo("0.25 USD");
    // 1234.5 USD over 1 click keeps the separator and the currency's decimals.
    assertThat(value(Kpis.CPC, 1, "0", "1234.5").format()).isEqualTo("1,234.50 USD");
  }

  @Test
  void aZeroOfMoneyThatIsNotACostStaysZero() {
    RatioKpi revenuePerClick =
        RatioKpi.builder(MetricId.of("revenue_per_click"))
            .numerator(LinearSum.of(CoreMetrics.REVENUE))
            .denominator(LinearSum.of(CoreMetrics.CLICKS))
            .unit(MetricUnit.CURRENCY)
            .polarity(Polarity.HIGHER_IS_BETTER)
            .build();
    assertThat(value(revenuePerClick, 4, "0", "5").format()).isEqualTo("0.00 USD");
    RatioKpi clicksPerDollar =
        RatioKpi.builder(MetricId.of("clicks_per_dollar"))
            .numerator(LinearSum.of(CoreMetrics.REVENUE))
            .denominator(LinearSum.of(CoreMetrics.CLICKS))
            .unit(MetricUnit.RATIO)
            .polarity(Polarity.LOWER_IS_BETTER)
            .build();
    assertThat(value(clicksPerDollar, 4, "0", "5").format()).isEqualTo("0.00%");
  }

  @Test
  void quotientsOfCountsHaveTwoDecimals() {
    RatioKpi clicksPerDollar =
        RatioKpi.builder(MetricId.of("clicks_per_spend"))
            .numerator(LinearSum.of(CoreMetrics.CLICKS))
            .denominator(LinearSum.of(CoreMetrics.SPEND))
            .unit(MetricUnit.COUNT)
            .build();
    // 3 clicks / 1 USD = 3 -> 3.00; 1 / 4 = 0.25
    assertThat(value(clicksPerDollar, 3, "0", "1").format()).isEqualTo("3.00");
    assertThat(value(clicksPerDollar, 1, "0", "4").format()).isEqualTo("0.25");
    assertThat(value(clicksPerDollar, 1, "0", "0").format()).isEqualTo("undefined");
  }
}
