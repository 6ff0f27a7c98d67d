package dev.northstar.formulas.aggregate;

import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.POSTS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.key;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Limits of arguments, lookups of what a result lacks, and the messages that name them. */
class QueryLimitsAndLookupErrorsTest {

  @Test
  void threadsRangeFromOneTo256() {
    assertThat(MONTHLY_QUERY.run(POSTS, 256)).isEqualTo(MONTHLY);
    assertThat(MONTHLY_QUERY.run(POSTS, 1)).isEqualTo(MONTHLY);
    for (int threads : new int[] {0, 257}) {
      assertThatThrownBy(() -> MONTHLY_QUERY.run(POSTS, threads))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("threads must be 1 to 256, but was " + threads);
    }
  }

  @Test
  void aTotalOrKpiAppearsOnce() {
    assertThatThrownBy(() -> KpiQuery.builder().totals(CoreMetrics.REACH, CoreMetrics.REACH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("total 'reach' is already in the query; each KPI, total or level appears once");
    RatioKpi reachKpi =
        RatioKpi.builder(MetricId.of("reach"))
            .numerator(LinearSum.of(CoreMetrics.REACH))
            .denominator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
            .build();
    assertThatThrownBy(() -> KpiQuery.builder().totals(CoreMetrics.REACH).kpis(reachKpi))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("KPI 'reach' is already in the query; each KPI, total or level appears once");
  }

  @Test
  void lookupsOfAbsentKpisTotalsAndGroupsNameWhatThereIs() {
    KpiRow r = row("facebook", "2026-01-01");
    assertThatThrownBy(() -> r.value(Kpis.CTR.id()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the query has no KPI 'ctr'; it has [err, cpe, clicks_per_engagement]");
    assertThatThrownBy(() -> r.total(CoreMetrics.CLICKS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the query has no total of 'clicks'; it has [reach, spend]");
    assertThatThrownBy(() -> Ranking.of(MONTHLY, Kpis.CTR.id(), RankOrder.TOP, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the table has no KPI 'ctr'; it has [err, cpe, clicks_per_engagement]");
    assertThat(MONTHLY.row(key("facebook", "2026-01-01"))).containsSame(MONTHLY.rows().get(0));
    assertThat(MONTHLY.row(key("x", "2026-02-01"))).containsSame(MONTHLY.rows().get(3));
    assertThat(MONTHLY.row(key("x", "2026-03-01"))).isEmpty();
  }

  @Test
  void aKeysBucketStartMustBeTheFirstDayOfItsBucket() {
    assertThatThrownBy(
            () ->
                GroupKey.of(
                    List.of(Dimension.PLATFORM),
                    List.of("x"),
                    TimeBucket.MONTH,
                    LocalDate.of(2026, 3, 5)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bucket start 2026-03-05 is not the first day of a month");
  }

  @Test
  void keysOfEqualValuesSortByBucketStart() {
    GroupKey march = key("x", "2026-03-01");
    GroupKey april = key("x", "2026-04-01");
    assertThat(march.compareTo(april)).isNegative();
    assertThat(april.compareTo(march)).isPositive();
    assertThat(march.compareTo(key("x", "2026-03-01"))).isZero();
    GroupKey missing =
        GroupKey.of(
            List.of(Dimension.PLATFORM),
            Arrays.asList((String) null),
            TimeBucket.MONTH,
            LocalDate.of(2026, 1, 1));
    // A missing value sorts last, whatever the bucket.
    assertThat(missing.compareTo(april)).isPositive();
  }

  @Test
  void aKeyOfFewerDimensionsSortsFirstWhenItsValuesArePrefixes() {
    GroupKey platform = GroupKey.of(List.of(Dimension.PLATFORM), List.of("x"), null, null);
    GroupKey platformAndType =
        GroupKey.of(
            List.of(Dimension.PLATFORM, Dimension.of("type")), List.of("x", "a"), null, null);
    assertThat(platform.compareTo(platformAndType)).isNegative();
    assertThat(platformAndType.compareTo(platform)).isPositive();
  }

  @Test
  void totalsCountTheRowsWithAValue() {
    KpiTable byPlatform =
        KpiQuery.builder()
            .totals(CoreMetrics.REACH, CoreMetrics.SPEND, CoreMetrics.CLICKS)
            .groupBy(Dimension.PLATFORM)
            .build()
            .run(POSTS);
    KpiRow x = byPlatform.rows().get(1);
    assertThat(x.rows()).isEqualTo(2);
    MeasureTotal reach = x.total(CoreMetrics.REACH);
    assertThat(reach.rowsCounted()).isEqualTo(1);
    assertThat(reach.rowsMissing()).isEqualTo(1);
    assertThat(reach.sum()).isEqualByComparingTo("100");
    assertThat(reach.currency()).isEmpty();
    assertThat(reach.format()).isEqualTo("100");
    MeasureTotal spend = x.total(CoreMetrics.SPEND);
    assertThat(spend.currency()).contains(MonthlyPostsFixture.USD);
    assertThat(spend.sum()).isEqualByComparingTo(new BigDecimal("4.00"));
    assertThat(spend.format()).isEqualTo("4.00 USD");
    assertThat(spend.toString()).isEqualTo("spend = 4.00 USD (2 rows)");
    assertThat(reach.toString()).isEqualTo("summed reach = 100 (1 rows, 1 missing)");
  }

  @Test
  void onlyNonAdditiveCoreMeasuresAreLabelledSummed() {
    MetricId custom = MetricId.of("custom_count");
    TableSchema schema =
        TableSchema.builder().counts(CoreMetrics.REACH, CoreMetrics.CLICKS, custom).build();
    MetricTable table =
        MetricTable.builder(schema)
            .count(CoreMetrics.REACH, 5)
            .count(CoreMetrics.CLICKS, 6)
            .count(custom, 7)
            .endRow()
            .build();
    KpiRow only =
        KpiQuery.builder()
            .totals(CoreMetrics.REACH, CoreMetrics.CLICKS, custom)
            .build()
            .run(table)
            .rows()
            .get(0);
    Function<MetricId, MeasureTotal> total = only::total;
    assertThat(total.apply(CoreMetrics.REACH).isSummedNonAdditive()).isTrue();
    assertThat(total.apply(CoreMetrics.REACH).label()).isEqualTo("summed reach");
    assertThat(total.apply(CoreMetrics.CLICKS).isSummedNonAdditive()).isFalse();
    assertThat(total.apply(CoreMetrics.CLICKS).label()).isEqualTo("clicks");
    assertThat(total.apply(custom).isSummedNonAdditive()).isFalse();
    assertThat(total.apply(custom).label()).isEqualTo("custom_count");
    assertThat(total.apply(custom).toString()).isEqualTo("custom_count = 7 (1 rows)");
  }

  @Test
  void valuesGiveTheirExactValueAndNameUndefinedRowsOfAMean() {
    assertThat(row("x", "2026-02-01").value(Kpis.ERR.id()).value())
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.05"));
    assertThat(row("x", "2026-01-01").value(Kpis.ERR.id()).value()).isEmpty();
    // facebook: 10/100 and 10/100; x: 3 over a missing reach (left out) and 5/100.
    KpiTable mean =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(Dimension.PLATFORM)
            .method(Aggregation.MEAN_OF_RATIOS)
            .build()
            .run(zeroReachTable());
    KpiValue x = mean.rows().get(1).value(Kpis.ERR.id());
    assertThat(x.rowsUndefined()).isEqualTo(1);
    assertThat(x.toString())
        .isEqualTo("err = 5.00% (0.05/1, MEAN_OF_RATIOS over 1 rows, 1 undefined)");
  }

  /** Two x posts, one with a reach of zero: its own ratio is undefined. */
  private static MetricTable zeroReachTable() {
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .counts(CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH)
            .build();
    return MetricTable.builder(schema)
        .dimension(Dimension.PLATFORM, "facebook")
        .count(CoreMetrics.ENGAGEMENTS, 1)
        .count(CoreMetrics.REACH, 10)
        .endRow()
        .dimension(Dimension.PLATFORM, "x")
        .count(CoreMetrics.ENGAGEMENTS, 4)
        .count(CoreMetrics.REACH, 0)
        .endRow()
        .dimension(Dimension.PLATFORM, "x")
        .count(CoreMetrics.ENGAGEMENTS, 5)
        .count(CoreMetrics.REACH, 100)
        .endRow()
        .build();
  }

  @Test
  void theEmptyPartialIsThePartialOfNoRowsForEitherMethod() {
    MetricTable noRows =
        MetricTable.builder(
                TableSchema.builder()
                    .dimensions(Dimension.PLATFORM)
                    .counts(CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH)
                    .build())
            .build();
    for (Aggregation method : List.of(Aggregation.RATIO_OF_SUMS, Aggregation.MEAN_OF_RATIOS)) {
      KpiQuery query =
          KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM).method(method).build();
      assertThat(PartialAggregate.empty(query)).isEqualTo(query.aggregate(noRows));
      assertThat(query.aggregate(noRows)).isEqualTo(PartialAggregate.empty(query));
    }
  }

  @Test
  void anEmptyPartialOfAMeanOfRatiosMergesWithoutChangingAnything() {
    KpiQuery mean =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(Dimension.PLATFORM)
            .method(Aggregation.MEAN_OF_RATIOS)
            .build();
    PartialAggregate whole = mean.aggregate(zeroReachTable());
    assertThat(PartialAggregate.empty(mean).merge(whole)).isEqualTo(whole);
    assertThat(whole.merge(PartialAggregate.empty(mean))).isEqualTo(whole);
    assertThat(PartialAggregate.empty(mean).merge(whole).toTable()).isEqualTo(whole.toTable());
  }

  @Test
  void calendarFieldsOfADateTime() {
    LocalDateTime wednesdayEvening = LocalDateTime.of(2026, 3, 4, 17, 30);
    assertThat(wednesdayEvening.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    assertThat(CalendarField.HOUR_OF_DAY.indexOf(wednesdayEvening)).isEqualTo(17);
    // Monday is 0.
    assertThat(CalendarField.DAY_OF_WEEK.indexOf(wednesdayEvening)).isEqualTo(2);
    assertThat(CalendarField.MONTH_OF_YEAR.indexOf(wednesdayEvening)).isEqualTo(2);
  }

  /** Messages quote bad text up to 40 characters, and longer text cut to 37 and an ellipsis. */
  @Test
  void parseMessagesQuoteUpTo40CharactersOfTheBadText() {
    String forty = "z".repeat(40);
    String fortyOne = "z".repeat(41);
    String cut = "z".repeat(37) + "...";
    List<Function<String, ?>> parsers =
        List.of(CalendarField::parse, TimeBucket::parse, PeriodOffset::parse, RankOrder::parse);
    for (Function<String, ?> parse : parsers) {
      assertThatThrownBy(() -> parse.apply(forty))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(", but was '" + forty + "'");
      assertThatThrownBy(() -> parse.apply(fortyOne))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(", but was '" + cut + "'");
    }
    assertThatThrownBy(() -> RankOrder.parse("middle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank order must be top or bottom, but was 'middle'");
    assertThat(RankOrder.parse(" Bottom ")).isEqualTo(RankOrder.BOTTOM);
  }
}
