package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.CalendarField;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * How {@link CompiledQuery} resolves a query against a table: sums whose terms cancel out, a
 * calendar field named like a table dimension, calendar codes from the very first epoch day, and
 * which sums stay plain (for the fused loops) on a table with platforms.
 */
class CompiledQueryResolutionTest {

  private static final RatioKpi CTR =
      RatioKpi.builder(MetricId.of("ctr"))
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .build();

  private static MetricTable withMeasures(int rows, int[] epochDays, MetricId... measures) {
    var b = MetricTable.columns(rows).dates(epochDays);
    for (MetricId m : measures) {
      long[] values = new long[rows];
      for (int r = 0; r < rows; r++) {
        values[r] = r + 1L;
      }
      b.measure(Measure.count(m), values);
    }
    return b.build();
  }

  @Test
  void aNumeratorWhoseTermsCancelOutIsRejectedNamingTheKpiAndTheSum() {
    // Without platforms, engagements are the fallback set likes + comments + shares.
    Map<MetricId, Long> terms = new LinkedHashMap<>();
    terms.put(CoreMetrics.ENGAGEMENTS, 1L);
    terms.put(CoreMetrics.LIKES, -1L);
    terms.put(CoreMetrics.COMMENTS, -1L);
    terms.put(CoreMetrics.SHARES, -1L);
    LinearSum nothing = LinearSum.of(terms);
    RatioKpi kpi =
        RatioKpi.builder(MetricId.of("net"))
            .numerator(nothing)
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    MetricTable table =
        withMeasures(
            2,
            new int[] {0, 1},
            CoreMetrics.LIKES,
            CoreMetrics.COMMENTS,
            CoreMetrics.SHARES,
            CoreMetrics.REACH);
    KpiQuery query = KpiQuery.builder().kpis(kpi).build();
    assertThatThrownBy(() -> Engine.aggregate(query, table, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("numerator of KPI 'net' " + nothing + " cancels out to nothing");
  }

  @Test
  void aCalendarFieldNamedLikeTheTablesFirstDimensionIsRejected() {
    Dimension clash = CalendarField.DAY_OF_WEEK.dimension();
    MetricTable table =
        MetricTable.columns(1)
            .dimension(clash, new String[] {"monday"}, new int[] {0})
            .dates(new int[] {0})
            .measure(Measure.count(CoreMetrics.CLICKS), new long[] {1})
            .measure(Measure.count(CoreMetrics.IMPRESSIONS), new long[] {1})
            .build();
    KpiQuery query = KpiQuery.builder().kpis(CTR).groupBy(CalendarField.DAY_OF_WEEK).build();
    assertThatThrownBy(() -> Engine.aggregate(query, table, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the query groups by calendar field "
                + clash
                + ", but the table also has a dimension '"
                + clash
                + "'; rename the table's dimension");
  }

  @Test
  void theDayOfTheWeekOfTheFirstEpochDayIsItsOwn() {
    // 1970-01-01, epoch day 0, first: its code is looked up like any other day's.
    int[] days = {0, 0, 1, 4};
    MetricTable table = withMeasures(4, days, CoreMetrics.CLICKS, CoreMetrics.IMPRESSIONS);
    KpiQuery query = KpiQuery.builder().kpis(CTR).groupBy(CalendarField.DAY_OF_WEEK).build();
    Map<GroupKey, long[]> groups = Engine.aggregate(query, table, 1).groups();
    List<GroupKey> expected = new ArrayList<>();
    for (int day : new int[] {0, 1, 4}) {
      DayOfWeek dow = LocalDate.ofEpochDay(day).getDayOfWeek();
      String label = dow.getValue() + "-" + dow.getDisplayName(TextStyle.SHORT, Locale.ROOT);
      expected.add(
          GroupKey.of(List.of(CalendarField.DAY_OF_WEEK.dimension()), List.of(label), null, null));
    }
    assertThat(groups.keySet()).containsExactlyInAnyOrderElementsOf(expected);
    long[] thursday = Objects.requireNonNull(groups.get(expected.get(0)));
    assertThat(thursday[Layout.ROWS]).isEqualTo(2);
    // Clicks of rows 0 and 1 are 1 and 2.
    assertThat(thursday[Layout.kpi(0) + Layout.A]).isEqualTo(3);
  }

  @Test
  void aPlainSumStaysPlainOnATableWithPlatforms() {
    int rows = 3;
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, new String[] {"facebook", "x"}, new int[] {0, 1, -1})
            .dates(new int[] {0, 1, 2})
            .measure(Measure.count(CoreMetrics.CLICKS), new long[] {1, 2, 3})
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {4, 5, 6})
            .measure(Measure.count(CoreMetrics.IMPRESSIONS), new long[] {7, 8, 9})
            .build();
    RatioKpi sum =
        RatioKpi.builder(MetricId.of("rate"))
            .numerator(LinearSum.of(CoreMetrics.CLICKS, CoreMetrics.LIKES))
            .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
            .build();
    KpiQuery query = KpiQuery.builder().kpis(sum).groupBy(Dimension.PLATFORM).build();
    CompiledQuery c = CompiledQuery.compile(query, TableAccess.columns(table));
    long[][] columns = c.numerators[0].plainColumns();
    assertThat(columns).isNotNull();
    assertThat(columns).hasDimensions(2, rows);
    assertThat(c.denominators[0].plainColumns()).isNotNull();
  }
}
