package dev.northstar.formulas.aggregate;

import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.MONTHLY_QUERY_IN_PARIS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.POSTS;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.key;
import static dev.northstar.formulas.aggregate.MonthlyPostsFixture.row;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * equals and hashCode of the query and its results: results computed twice are equal with equal
 * hash codes, and results that differ in any one part are unequal, with different hash codes (so
 * they spread in hash maps).
 */
class ResultEqualityAndHashingTest {

  /** Asserts that two computations give equal values and that the others differ from them. */
  @SafeVarargs
  private static <T> void assertEqualOnlyToItsRecomputation(Supplier<T> value, T... others) {
    T a = value.get();
    T b = value.get();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo("a string");
    for (T other : others) {
      assertThat(a).isNotEqualTo(other);
      assertThat(other).isNotEqualTo(a);
      assertThat(a.hashCode()).as("hash of %s and %s", a, other).isNotEqualTo(other.hashCode());
    }
  }

  @Test
  void tables() {
    // Equal rows, but a query that differs in its zone only.
    KpiTable inParis = MONTHLY_QUERY_IN_PARIS.run(POSTS);
    assertThat(inParis.rows()).isEqualTo(MONTHLY.rows());
    KpiTable byPlatform =
        KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM).build().run(POSTS);
    assertEqualOnlyToItsRecomputation(() -> MONTHLY_QUERY.run(POSTS), inParis, byPlatform);
  }

  @Test
  void queries() {
    KpiQuery byDay =
        KpiQuery.builder()
            .kpis(Kpis.ERR)
            .groupBy(CalendarField.DAY_OF_WEEK)
            .bucket(TimeBucket.MONTH)
            .build();
    assertThat(byDay.calendarFields()).containsExactly(CalendarField.DAY_OF_WEEK);
    assertThat(byDay.groupBy()).containsExactly(CalendarField.DAY_OF_WEEK.dimension());
    assertThat(MONTHLY_QUERY.calendarFields()).isEmpty();
    assertEqualOnlyToItsRecomputation(
        () -> KpiQuery.builder().kpis(Kpis.ERR).groupBy(CalendarField.DAY_OF_WEEK).build(),
        byDay,
        MONTHLY_QUERY,
        MONTHLY_QUERY_IN_PARIS);
  }

  @Test
  void partialAggregates() {
    PartialAggregate whole = MONTHLY_QUERY.aggregate(POSTS);
    assertThat(whole.groupCount()).isEqualTo(4);
    assertThat(PartialAggregate.empty(MONTHLY_QUERY).groupCount()).isZero();
    assertThat(whole.toString()).isEqualTo("PartialAggregate[" + MONTHLY_QUERY + ", 4 groups]");
    PartialAggregate inParis = MONTHLY_QUERY_IN_PARIS.aggregate(POSTS);
    assertEqualOnlyToItsRecomputation(
        () -> MONTHLY_QUERY.aggregate(POSTS), inParis, PartialAggregate.empty(MONTHLY_QUERY));
  }

  @Test
  void rowsAndTheirParts() {
    assertEqualOnlyToItsRecomputation(
        () -> row("facebook", "2026-01-01"), row("facebook", "2026-02-01"), row("x", "2026-01-01"));
    assertThat(row("x", "2026-02-01").totals())
        .extracting(MeasureTotal::measure)
        .containsExactly(CoreMetrics.REACH, CoreMetrics.SPEND);
    assertEqualOnlyToItsRecomputation(
        () -> row("facebook", "2026-01-01").value(Kpis.CPE.id()),
        row("x", "2026-01-01").value(Kpis.CPE.id()),
        row("facebook", "2026-02-01").value(Kpis.CPE.id()),
        row("facebook", "2026-01-01").value(Kpis.ERR.id()));
    assertEqualOnlyToItsRecomputation(
        () -> row("facebook", "2026-01-01").total(CoreMetrics.SPEND),
        row("x", "2026-01-01").total(CoreMetrics.SPEND),
        row("facebook", "2026-02-01").total(CoreMetrics.SPEND),
        row("facebook", "2026-01-01").total(CoreMetrics.REACH));
  }

  @Test
  void keys() {
    assertEqualOnlyToItsRecomputation(
        () -> key("x", "2026-01-01"),
        key("x", "2026-02-01"),
        key("facebook", "2026-01-01"),
        GroupKey.of(List.of(Dimension.PLATFORM), Arrays.asList((String) null), null, null));
    assertThat(key("x", "2026-01-01").bucket()).contains(TimeBucket.MONTH);
    assertThat(key("x", "2026-01-01").bucketStart()).contains(LocalDate.of(2026, 1, 1));
  }

  @Test
  void rankings() {
    assertEqualOnlyToItsRecomputation(
        () -> Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 2),
        Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.BOTTOM, 2),
        Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 3),
        Ranking.of(MONTHLY, Kpis.CPE.id(), RankOrder.TOP, 2));
    // Same groups kept, different limit and minimum.
    Ranking three = Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 3);
    assertThat(Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 4)).isNotEqualTo(three);
    assertThat(Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 3, 2)).isNotEqualTo(three);
  }

  @Test
  void comparisonsAndChanges() {
    assertEqualOnlyToItsRecomputation(
        () -> MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.PREVIOUS),
        MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.YEAR_AGO),
        MONTHLY.compare(Kpis.CPE.id(), PeriodOffset.PREVIOUS));
    PeriodComparison mom = MONTHLY.compare(Kpis.CPE.id(), PeriodOffset.PREVIOUS);
    assertEqualOnlyToItsRecomputation(
        () -> mom.change(key("x", "2026-02-01")).orElseThrow(),
        mom.change(key("x", "2026-01-01")).orElseThrow(),
        mom.change(key("facebook", "2026-02-01")).orElseThrow(),
        MONTHLY
            .compare(Kpis.ERR.id(), PeriodOffset.PREVIOUS)
            .change(key("x", "2026-02-01"))
            .orElseThrow());
    assertThat(mom.change(key("x", "2026-02-01")).orElseThrow().key())
        .isEqualTo(key("x", "2026-02-01"));
    assertThat(mom.change(key("x", "2026-03-01"))).isEmpty();
  }
}
