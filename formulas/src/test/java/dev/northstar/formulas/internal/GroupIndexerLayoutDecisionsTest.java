package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.GroupKey;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * How {@link GroupIndexer} lays out group ids: densely up to 2^20 combinations (and not far beyond
 * four per row), through a day lookup up to 2^22 days, and when a fused loop may compute the ids
 * inline. The boundaries are checked on both sides.
 */
class GroupIndexerLayoutDecisionsTest {

  private static final int FIRST_DAY = (int) LocalDate.of(2026, 1, 1).toEpochDay();

  private static final RatioKpi KPI =
      RatioKpi.builder(MetricId.of("ctr"))
          .numerator(LinearSum.of(CoreMetrics.CLICKS))
          .denominator(LinearSum.of(CoreMetrics.IMPRESSIONS))
          .build();

  private static String[] dictionary(int size) {
    String[] values = new String[size];
    for (int i = 0; i < size; i++) {
      values[i] = "v" + i;
    }
    return values;
  }

  /** A table of {@code rows} rows: a campaign of {@code campaigns} values, dates, two measures. */
  private static MetricTable table(int rows, int campaigns, int[] epochDays) {
    int[] codes = new int[rows];
    for (int r = 0; r < rows; r++) {
      codes[r] = r % campaigns;
    }
    long[] values = new long[rows];
    for (int r = 0; r < rows; r++) {
      values[r] = r % 10;
    }
    return MetricTable.columns(rows)
        .dimension(Dimension.CAMPAIGN, dictionary(campaigns), codes)
        .dimension(Dimension.PLATFORM, new String[] {"facebook"}, new int[rows])
        .dates(epochDays)
        .measure(Measure.count(CoreMetrics.CLICKS), values)
        .measure(Measure.count(CoreMetrics.IMPRESSIONS), values.clone())
        .build();
  }

  private static GroupIndexer indexer(
      MetricTable table, @Nullable TimeBucket bucket, Dimension... by) {
    KpiQuery.Builder b = KpiQuery.builder().kpis(KPI).groupBy(by);
    if (bucket != null) {
      b.bucket(bucket);
    }
    CompiledQuery c = CompiledQuery.compile(b.build(), TableAccess.columns(table));
    return new GroupIndexer(c, bucket);
  }

  private static int[] daysUpTo(int rows, int span) {
    int[] days = new int[rows];
    for (int r = 0; r < rows; r++) {
      days[r] = FIRST_DAY + r % span;
    }
    return days;
  }

  @Test
  void anEmptyTableIsLaidOutDenselyUpTo4096Combinations() {
    // 4095 values and the missing value: 4096 combinations, the most for a table without rows.
    GroupIndexer within = indexer(table(0, 4095, new int[0]), null, Dimension.CAMPAIGN);
    assertThat(within.isDense()).isTrue();
    assertThat(within.capacity()).isEqualTo(4096);
    GroupIndexer beyond = indexer(table(0, 4096, new int[0]), null, Dimension.CAMPAIGN);
    assertThat(beyond.isDense()).isFalse();
    assertThat(beyond.capacity()).isEqualTo(0);
  }

  @Test
  void atMost2To20CombinationsAreLaidOutDensely() {
    // Enough rows that four per row allows more than 2^20: only the absolute limit decides.
    int rows = 300_000;
    GroupIndexer atLimit =
        indexer(table(rows, 1023, daysUpTo(rows, 1024)), TimeBucket.DAY, Dimension.CAMPAIGN);
    assertThat(atLimit.bucketCount()).isEqualTo(1024);
    assertThat(atLimit.isDense()).isTrue();
    assertThat(atLimit.capacity()).isEqualTo(1 << 20);
    assertThat(atLimit.isSingleDimensionByBucket()).isTrue();
    GroupIndexer beyond =
        indexer(table(rows, 1023, daysUpTo(rows, 1025)), TimeBucket.DAY, Dimension.CAMPAIGN);
    assertThat(beyond.isDense()).isFalse();
    assertThat(beyond.isSingleDimensionByBucket()).isFalse();
  }

  @Test
  void onlyOneDimensionByABucketLaidOutDenselyIsComputedInline() {
    MetricTable table = table(100, 3, daysUpTo(100, 10));
    assertThat(indexer(table, TimeBucket.DAY, Dimension.CAMPAIGN).isSingleDimensionByBucket())
        .isTrue();
    assertThat(indexer(table, TimeBucket.MONTH, Dimension.PLATFORM).isSingleDimensionByBucket())
        .isTrue();
    assertThat(
            indexer(table, TimeBucket.DAY, Dimension.CAMPAIGN, Dimension.PLATFORM)
                .isSingleDimensionByBucket())
        .isFalse();
    assertThat(indexer(table, TimeBucket.DAY).isSingleDimensionByBucket()).isFalse();
    assertThat(indexer(table, null, Dimension.CAMPAIGN).isSingleDimensionByBucket()).isFalse();
    GroupIndexer day = indexer(table, TimeBucket.DAY, Dimension.CAMPAIGN);
    assertThat(day.bucketIsDay()).isTrue();
    assertThat(day.minDay()).isEqualTo(FIRST_DAY);
    assertThat(day.dayLookup()).hasSize(10);
    assertThat(indexer(table, TimeBucket.ISO_WEEK, Dimension.CAMPAIGN).bucketIsDay()).isFalse();
  }

  @Test
  void datesUpTo2To22DaysApartAreBucketedThroughALookupTable() {
    int span = 1 << 22;
    MetricTable within = table(2, 1, new int[] {FIRST_DAY, FIRST_DAY + span - 1});
    GroupIndexer lookup = indexer(within, TimeBucket.YEAR, Dimension.CAMPAIGN);
    int[] days = Objects.requireNonNull(lookup.dayLookup(), "no lookup");
    assertThat(days.length).isEqualTo(span);
    LocalDate last = LocalDate.ofEpochDay(FIRST_DAY + span - 1);
    assertThat(days[span - 1]).isEqualTo(last.getYear() - 2026);
    MetricTable beyond = table(2, 1, new int[] {FIRST_DAY, FIRST_DAY + span});
    GroupIndexer noLookup = indexer(beyond, TimeBucket.YEAR, Dimension.CAMPAIGN);
    assertThat(noLookup.dayLookup()).isNull();
    assertThat(noLookup.isSingleDimensionByBucket()).isFalse();
  }

  @Test
  void datesTooFarApartForALookupAreStillBucketedByTheirDate() {
    // Two days 2^22 + 10 days apart, each bucketed without the lookup table.
    LocalDate first = LocalDate.ofEpochDay(FIRST_DAY);
    LocalDate last = first.plusDays((1 << 22) + 10);
    MetricTable table = table(2, 1, new int[] {FIRST_DAY, (int) last.toEpochDay()});
    for (TimeBucket bucket : List.of(TimeBucket.YEAR, TimeBucket.MONTH, TimeBucket.ISO_WEEK)) {
      KpiQuery query =
          KpiQuery.builder().kpis(KPI).groupBy(Dimension.CAMPAIGN).bucket(bucket).build();
      Map<GroupKey, long[]> groups = Engine.aggregate(query, table, 1).groups();
      assertThat(groups.keySet())
          .containsExactly(
              GroupKey.of(List.of(Dimension.CAMPAIGN), List.of("v0"), bucket, bucket.start(first)),
              GroupKey.of(List.of(Dimension.CAMPAIGN), List.of("v0"), bucket, bucket.start(last)));
      assertThat(ChronoUnit.DAYS.between(first, last)).isGreaterThan(1 << 22);
    }
  }
}
