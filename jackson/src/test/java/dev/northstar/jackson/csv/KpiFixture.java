package dev.northstar.jackson.csv;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A small KPI result with a defined, an undefined and a missing value, for tests. */
public final class KpiFixture {

  private KpiFixture() {}

  static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("err"))
          .numerator(LinearSum.of(CoreMetrics.LIKES))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();

  static final RatioKpi CPC =
      RatioKpi.builder(MetricId.of("cpc"))
          .numerator(LinearSum.of(CoreMetrics.SPEND))
          .denominator(LinearSum.of(CoreMetrics.CLICKS))
          .unit(MetricUnit.CURRENCY)
          .build();

  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.LIKES, CoreMetrics.REACH, CoreMetrics.CLICKS)
          .measure(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD")))
          .build();

  /** facebook in March: 150/3000 and 30/0 (undefined row); x in April: likes missing; "=x". */
  static MetricTable table() {
    return MetricTable.builder(SCHEMA)
        .dimension(Dimension.PLATFORM, "facebook")
        .date(LocalDate.of(2026, 3, 1))
        .count(CoreMetrics.LIKES, 150)
        .count(CoreMetrics.REACH, 3000)
        .count(CoreMetrics.CLICKS, 250)
        .amount(CoreMetrics.SPEND, new BigDecimal("500.00"))
        .endRow()
        .dimension(Dimension.PLATFORM, "facebook")
        .date(LocalDate.of(2026, 3, 20))
        .count(CoreMetrics.LIKES, 30)
        .count(CoreMetrics.REACH, 0)
        .count(CoreMetrics.CLICKS, 0)
        .amount(CoreMetrics.SPEND, BigDecimal.ZERO)
        .endRow()
        .dimension(Dimension.PLATFORM, "=x")
        .date(LocalDate.of(2026, 4, 2))
        .count(CoreMetrics.REACH, 100)
        .count(CoreMetrics.CLICKS, 0)
        .amount(CoreMetrics.SPEND, new BigDecimal("1.50"))
        .endRow()
        .build();
  }

  /** Runs err and cpc by platform and month, with totals of likes and spend. */
  public static KpiTable run(Aggregation method) {
    return KpiQuery.builder()
        .kpis(ERR, CPC)
        .groupBy(Dimension.PLATFORM)
        .bucket(TimeBucket.MONTH)
        .totals(CoreMetrics.LIKES, CoreMetrics.SPEND)
        .method(method)
        .build()
        .run(table());
  }
}
