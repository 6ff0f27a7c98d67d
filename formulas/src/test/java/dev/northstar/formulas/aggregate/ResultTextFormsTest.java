package dev.northstar.formulas.aggregate;

import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.CLICKS_PER_ENGAGEMENT;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.POSTS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.key;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.kpi.Kpis;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The documented text forms of results (tables, rankings, comparisons, rows, values, totals), on a
 * fixture whose figures are worked out by hand in {@link MonthlyPostsFixture}.
 */
class ResultTextFormsTest {

  @Test
  void tableShowsMissingColumnsOnlyForKpisWithMissingRowsAndTotalsWithTheirMissingCount() {
    // err lacks reach in x/2026-01 and cpe lacks spend in facebook/2026-02; clicks per engagement
    // has every value, so it has no "missing" column.
    assertThat(MONTHLY.toString())
        .isEqualTo(
            """
            KPIs by platform, month (RATIO_OF_SUMS)
            platform  month    rows        err  err missing        cpe  cpe missing  \
            clicks_per_engagement   summed reach                 spend
            --------  -------  ----  ---------  -----------  ---------  -----------  \
            ---------------------  -------------  --------------------
            facebook  2026-01     1     10.00%            0   0.20 USD            0  \
                             0.40            100              2.00 USD
            facebook  2026-02     1     10.00%            0  undefined            1  \
                             0.60            100  0.00 USD (1 missing)
            x         2026-01     1  undefined            1   0.33 USD            0  \
                             0.67  0 (1 missing)              1.00 USD
            x         2026-02     1      5.00%            0   0.60 USD            0  \
                             0.00            100              3.00 USD
            """);
  }

  @Test
  void ungroupedTableHasATitleWithoutBy() {
    KpiTable all = KpiQuery.builder().kpis(CLICKS_PER_ENGAGEMENT).build().run(POSTS);
    // 12 clicks over 28 engagements = 0.428571, 0.43 to two decimals.
    assertThat(all.toString())
        .isEqualTo(
            """
            KPIs (RATIO_OF_SUMS)
            rows  clicks_per_engagement
            ----  ---------------------
               4                   0.43
            """);
  }

  @Test
  void queryTextNamesKpisTotalsGroupingZoneAndMethod() {
    assertThat(MONTHLY_QUERY.toString())
        .isEqualTo(
            "KpiQuery[err, cpe, clicks_per_engagement, total reach, total spend"
                + " by platform, month; RATIO_OF_SUMS]");
    KpiQuery byHour =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(CalendarField.HOUR_OF_DAY)
            .zone(ZoneId.of("Europe/Paris"))
            .method(Aggregation.MEAN_OF_RATIOS)
            .build();
    assertThat(byHour.toString())
        .isEqualTo("KpiQuery[err by hour_of_day in Europe/Paris; MEAN_OF_RATIOS]");
    assertThat(KpiQuery.builder().totals(CoreMetrics.CLICKS).build().toString())
        .isEqualTo("KpiQuery[total clicks; RATIO_OF_SUMS]");
  }

  @Test
  void rankingNumbersTheRanksBreaksTiesByKeyAndCountsTheExcluded() {
    // 10% and 10% tie: facebook/2026-01 sorts before facebook/2026-02.
    assertThat(Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 3).toString())
        .isEqualTo(
            """
            Top 3 by err (RATIO_OF_SUMS)
            rank  platform  month    rows     err
            ----  --------  -------  ----  ------
            1     facebook  2026-01     1  10.00%
            2     facebook  2026-02     1  10.00%
            3     x         2026-02     1   5.00%
            1 group(s) excluded: err undefined
            """);
  }

  @Test
  void rankingOfUnbucketedGroupsNamesTooSmallGroups() {
    KpiTable byPlatform =
        KpiQuery.builder()
            .kpis(CLICKS_PER_ENGAGEMENT)
            .groupBy(dev.northstar.formulas.table.Dimension.PLATFORM)
            .build()
            .run(POSTS);
    // facebook 10/20 = 0.5, x 2/8 = 0.25; both groups have 2 rows.
    assertThat(Ranking.of(byPlatform, CLICKS_PER_ENGAGEMENT.id(), RankOrder.BOTTOM, 5).toString())
        .isEqualTo(
            """
            Bottom 5 by clicks_per_engagement (RATIO_OF_SUMS)
            rank  platform  rows  clicks_per_engagement
            ----  --------  ----  ---------------------
            1     x            2                   0.25
            2     facebook     2                   0.50
            """);
    Ranking none = Ranking.of(byPlatform, CLICKS_PER_ENGAGEMENT.id(), RankOrder.TOP, 1, 3);
    assertThat(none.limit()).isEqualTo(1);
    assertThat(none.minRows()).isEqualTo(3);
    assertThat(none.ranked()).isEmpty();
    assertThat(none.toString()).endsWith("-----\n2 group(s) of fewer than 3 rows not ranked\n");
  }

  @Test
  void comparisonTextShowsPreviousDifferenceAndChange() {
    assertThat(MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.PREVIOUS).toString())
        .isEqualTo(
            """
            err month against the previous month (RATIO_OF_SUMS)
            platform  month          err   previous  difference     change
            --------  -------  ---------  ---------  ----------  ---------
            facebook  2026-01     10.00%  (no rows)   undefined  undefined
            facebook  2026-02     10.00%     10.00%     0.00 pp      0.00%
            x         2026-01  undefined  (no rows)   undefined  undefined
            x         2026-02      5.00%  undefined   undefined  undefined
            """);
    assertThat(MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.YEAR_AGO).toString())
        .startsWith("err month against a year ago (RATIO_OF_SUMS)\n");
  }

  @Test
  void changesFormatTheirDifferenceInTheKpisUnitWithASignOnlyWhenPositive() {
    PeriodComparison cpe = MONTHLY.compare(Kpis.CPE.id(), PeriodOffset.PREVIOUS);
    // 0.60 - 1/3 = 0.2667 USD, +80% of 1/3.
    assertThat(cpe.change(key("x", "2026-02-01")).orElseThrow().toString())
        .isEqualTo("[platform=x, month=2026-02] cpe 0.60 USD against 0.33 USD: +0.27 USD, +80.00%");
    PeriodComparison plain = MONTHLY.compare(CLICKS_PER_ENGAGEMENT.id(), PeriodOffset.PREVIOUS);
    assertThat(plain.change(key("facebook", "2026-02-01")).orElseThrow().toString())
        .isEqualTo(
            "[platform=facebook, month=2026-02] clicks_per_engagement 0.60 against 0.40: +0.20,"
                + " +50.00%");
    assertThat(plain.change(key("x", "2026-02-01")).orElseThrow().toString())
        .isEqualTo(
            "[platform=x, month=2026-02] clicks_per_engagement 0.00 against 0.67: -0.67,"
                + " -100.00%");
    PeriodComparison err = MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.PREVIOUS);
    // An unchanged rate is 0.00 pp, not +0.00 pp.
    assertThat(err.change(key("facebook", "2026-02-01")).orElseThrow().formatDifference())
        .isEqualTo("0.00 pp");
    assertThat(err.change(key("x", "2026-01-01")).orElseThrow().toString())
        .isEqualTo(
            "[platform=x, month=2026-01] err undefined against (no rows): undefined, undefined");
  }

  @Test
  void rowsValuesAndTotalsSummariseThemselves() {
    assertThat(row("x", "2026-01-01").toString())
        .isEqualTo(
            "[platform=x, month=2026-01] 1 rows: [err = undefined (0/0, RATIO_OF_SUMS over 0 rows,"
                + " 1 missing), cpe = 0.33 USD (1/3, RATIO_OF_SUMS over 1 rows),"
                + " clicks_per_engagement = 0.67 (2/3, RATIO_OF_SUMS over 1 rows)]"
                + " [summed reach = 0 (0 rows, 1 missing), spend = 1.00 USD (1 rows)]");
    KpiRow withoutTotals = KpiQuery.builder().kpis(Kpis.ERR).build().run(POSTS).rows().get(0);
    // 25 engagements over a reach of 300: the row without reach is left out.
    assertThat(withoutTotals.toString())
        .isEqualTo("[] 4 rows: [err = 8.33% (25/300, RATIO_OF_SUMS over 3 rows, 1 missing)]");
  }
}
