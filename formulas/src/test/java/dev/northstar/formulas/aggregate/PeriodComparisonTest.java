package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.TableSchema;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Worked examples of period over period and top N, with the figures worked out by hand. */
class PeriodComparisonTest {

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.ENGAGEMENTS, CoreMetrics.REACH)
          .build();

  private static MetricTable table(Object[]... rows) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (Object[] r : rows) {
      b.dimension(0, (String) r[0])
          .date((LocalDate) r[1])
          .stored(0, (Long) r[2])
          .stored(1, (Long) r[3]);
      b.endRow();
    }
    return b.build();
  }

  private static Object[] row(String platform, String day, long engagements, long reach) {
    return new Object[] {platform, LocalDate.parse(day), engagements, reach};
  }

  private static final MetricTable POSTS =
      table(
          row("facebook", "2026-01-10", 10, 100),
          row("facebook", "2026-02-03", 12, 100),
          row("facebook", "2026-04-01", 9, 100),
          row("x", "2026-01-05", 0, 100),
          row("x", "2026-02-07", 5, 100),
          row("x", "2026-03-07", 5, 0));

  private static final KpiTable MONTHLY =
      KpiQuery.builder()
          .kpis(Kpis.ERR)
          .groupBy(Dimension.PLATFORM)
          .bucket(TimeBucket.MONTH)
          .build()
          .run(POSTS);

  @Test
  void monthOverMonthGivesPercentagePointsAndRelativeChange() {
    PeriodComparison mom = PeriodComparison.of(MONTHLY, Kpis.ERR.id(), PeriodOffset.PREVIOUS);
    assertThat(mom.changes())
        .extracting(
            c -> c.key().toString() + " " + c.formatDifference() + " " + c.formatRelativeChange())
        .containsExactly(
            "[platform=facebook, month=2026-01] undefined undefined",
            "[platform=facebook, month=2026-02] +2.00 pp +20.00%",
            // March has no rows: April is not compared with February.
            "[platform=facebook, month=2026-04] undefined undefined",
            "[platform=x, month=2026-01] undefined undefined",
            // From 0%: the difference is known, the relative change is not.
            "[platform=x, month=2026-02] +5.00 pp undefined",
            // March's reach is zero, so its rate is undefined.
            "[platform=x, month=2026-03] undefined undefined");
    assertThat(mom.toString())
        .startsWith("err month against the previous month (RATIO_OF_SUMS)\n")
        .containsPattern("facebook +2026-02 +12\\.00% +10\\.00% +\\+2\\.00 pp +\\+20\\.00%\n");
  }

  @Test
  void yearAgoAndErrors() {
    PeriodComparison yoy = PeriodComparison.of(MONTHLY, Kpis.ERR.id(), PeriodOffset.YEAR_AGO);
    assertThat(yoy.changes()).allSatisfy(c -> assertThat(c.previous()).isEmpty());
    assertThat(yoy.changes().get(0).previousKey().flatMap(GroupKey::bucketStart))
        .contains(LocalDate.of(2025, 1, 1));
    KpiTable unbucketed = KpiQuery.builder().kpis(Kpis.ERR).build().run(POSTS);
    assertThatThrownBy(() -> PeriodComparison.of(unbucketed, Kpis.ERR.id(), PeriodOffset.PREVIOUS))
        .hasMessageContaining("needs a table grouped by a time bucket");
    assertThatThrownBy(() -> PeriodComparison.of(MONTHLY, Kpis.CTR.id(), PeriodOffset.PREVIOUS))
        .hasMessageContaining("the table has no KPI 'ctr'; it has [err]");
    assertThat(PeriodOffset.parse("Year")).isEqualTo(PeriodOffset.YEAR_AGO);
    assertThatThrownBy(() -> PeriodOffset.parse("last"))
        .hasMessage("period offset must be previous or year_ago, but was 'last'");
  }

  @Test
  void rankingBreaksTiesByKeyAndExcludesUndefinedValues() {
    // facebook-01 10%, facebook-02 12%, facebook-04 9%, x-01 0%, x-02 5%, x-03 undefined.
    MetricTable tied = table(row("b", "2026-01-01", 1, 10), row("a", "2026-01-01", 2, 20));
    KpiTable byPlatform =
        KpiQuery.builder().kpis(Kpis.ERR).groupBy(Dimension.PLATFORM).build().run(tied);
    assertThat(Ranking.of(byPlatform, Kpis.ERR.id(), RankOrder.TOP, 2).ranked())
        .extracting(r -> r.key().value(Dimension.PLATFORM).orElseThrow())
        .containsExactly("a", "b");
    assertThat(Ranking.of(byPlatform, Kpis.ERR.id(), RankOrder.BOTTOM, 2).ranked())
        .extracting(r -> r.key().value(Dimension.PLATFORM).orElseThrow())
        .containsExactly("a", "b");

    Ranking top = Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 3);
    assertThat(top.ranked())
        .extracting(r -> r.key().toString())
        .containsExactly(
            "[platform=facebook, month=2026-02]",
            "[platform=facebook, month=2026-01]",
            "[platform=facebook, month=2026-04]");
    assertThat(top.excluded())
        .extracting(r -> r.key().toString())
        .containsExactly("[platform=x, month=2026-03]");
    assertThat(top.toString())
        .startsWith("Top 3 by err (RATIO_OF_SUMS)\n")
        .endsWith("1 group(s) excluded: err undefined\n");
    assertThat(Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.BOTTOM, 100).ranked())
        .hasSize(5)
        .first()
        .satisfies(r -> assertThat(r.key().toString()).isEqualTo("[platform=x, month=2026-01]"));
    assertThat(MONTHLY.top(Kpis.ERR.id(), 3)).isEqualTo(top);
    assertThat(MONTHLY.bottom(Kpis.ERR.id(), 2))
        .isEqualTo(Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.BOTTOM, 2));
    assertThat(MONTHLY.compare(Kpis.ERR.id(), PeriodOffset.PREVIOUS))
        .isEqualTo(PeriodComparison.of(MONTHLY, Kpis.ERR.id(), PeriodOffset.PREVIOUS));
    assertThatThrownBy(() -> Ranking.of(MONTHLY, Kpis.ERR.id(), RankOrder.TOP, 0))
        .hasMessage("n must be 1 or more, but was 0");
  }
}
