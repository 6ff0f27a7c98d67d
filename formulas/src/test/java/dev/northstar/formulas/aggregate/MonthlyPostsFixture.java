package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Four posts over two platforms and two months, small enough to work every figure out by hand:
 *
 * <pre>
 * platform  day         engagements  reach      clicks  spend
 * facebook  2026-01-10           10  100             4  2.00 USD
 * facebook  2026-02-03           10  100             6  (missing)
 * x         2026-01-05            3  (missing)       2  1.00 USD
 * x         2026-02-07            5  100             0  3.00 USD
 * </pre>
 */
final class MonthlyPostsFixture {

  static final Currency USD = Currency.getInstance("USD");

  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH, CoreMetrics.CLICKS)
          .measure(Measure.amount(CoreMetrics.SPEND, USD))
          .build();

  /** Clicks per engagement, a plain number (neither a rate nor money). */
  static final RatioKpi CLICKS_PER_ENGAGEMENT =
      RatioKpi.builder(MetricId.of("clicks_per_engagement"))
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
          .unit(MetricUnit.COUNT)
          .build();

  static final MetricTable POSTS = posts();

  static final KpiQuery MONTHLY_QUERY = monthly().build();

  /**
   * The same query with a zone, which a dated table never reads: equal results, unequal query. (Not
   * UTC: ZoneOffset.UTC hashes to 0, as a null zone does.)
   */
  static final KpiQuery MONTHLY_QUERY_IN_PARIS = monthly().zone(ZoneId.of("Europe/Paris")).build();

  static final KpiTable MONTHLY = MONTHLY_QUERY.run(POSTS);

  private MonthlyPostsFixture() {}

  /** Three KPIs and two totals by platform and month. */
  private static KpiQuery.Builder monthly() {
    return KpiQuery.builder()
        .kpis(Kpis.ERR, Kpis.CPE, CLICKS_PER_ENGAGEMENT)
        .totals(CoreMetrics.REACH, CoreMetrics.SPEND)
        .groupBy(Dimension.PLATFORM)
        .bucket(TimeBucket.MONTH);
  }

  private static MetricTable posts() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    post(b, "facebook", "2026-01-10", 10, 100L, 4, "2.00");
    post(b, "facebook", "2026-02-03", 10, 100L, 6, null);
    post(b, "x", "2026-01-05", 3, null, 2, "1.00");
    post(b, "x", "2026-02-07", 5, 100L, 0, "3.00");
    return b.build();
  }

  static void post(
      MetricTableBuilder b,
      String platform,
      String day,
      long engagements,
      @Nullable Long reach,
      long clicks,
      @Nullable String spend) {
    b.dimension(Dimension.PLATFORM, platform)
        .date(LocalDate.parse(day))
        .count(CoreMetrics.ENGAGEMENTS, engagements)
        .count(CoreMetrics.CLICKS, clicks);
    if (reach != null) {
      b.count(CoreMetrics.REACH, reach);
    }
    if (spend != null) {
      b.amount(CoreMetrics.SPEND, new BigDecimal(spend));
    }
    b.endRow();
  }

  static GroupKey key(String platform, String monthStart) {
    return GroupKey.of(
        java.util.List.of(Dimension.PLATFORM),
        java.util.List.of(platform),
        TimeBucket.MONTH,
        LocalDate.parse(monthStart));
  }

  static KpiRow row(String platform, String monthStart) {
    return MONTHLY.row(key(platform, monthStart)).orElseThrow();
  }
}
