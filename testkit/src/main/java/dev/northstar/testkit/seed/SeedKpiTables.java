package dev.northstar.testkit.seed;

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

/**
 * A small KPI result with a defined, an undefined and a missing value: a fixture for tests of code
 * that writes or shows KPI tables (JSON, CSV, reports).
 *
 * <p>The table has three rows: facebook on 2026-03-01 (150 likes, 3000 reach, 250 clicks, 500.00
 * USD spend), facebook on 2026-03-20 (30 likes, 0 reach, 0 clicks, 0 spend: err and cpc undefined
 * on their own) and "=x" on 2026-04-02 (likes missing, 100 reach, 0 clicks, 1.50 spend). This class
 * cannot be instantiated; its constants are immutable.
 */
public final class SeedKpiTables {

  private SeedKpiTables() {}

  /** Engagement rate by reach: likes / reach. */
  public static final RatioKpi ERR =
      RatioKpi.builder(MetricId.of("err"))
          .numerator(LinearSum.of(CoreMetrics.LIKES))
          .denominator(LinearSum.of(CoreMetrics.REACH))
          .build();

  /** Cost per click in USD: spend / clicks. */
  public static final RatioKpi CPC =
      RatioKpi.builder(MetricId.of("cpc"))
          .numerator(LinearSum.of(CoreMetrics.SPEND))
          .denominator(LinearSum.of(CoreMetrics.CLICKS))
          .unit(MetricUnit.CURRENCY)
          .build();

  /** The table's schema: platform, date, likes, reach, clicks and spend in USD. */
  public static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.LIKES, CoreMetrics.REACH, CoreMetrics.CLICKS)
          .measure(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD")))
          .build();

  /**
   * Returns the three-row table described above.
   *
   * @return a new table, never null
   */
  public static MetricTable table() {
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

  /**
   * Runs err and cpc by platform and month, with totals of likes and spend, over {@link #table()}.
   *
   * @param method how ratios are aggregated, not null
   * @return the KPI result: two rows (facebook in 2026-03, "=x" in 2026-04), never null
   */
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
