package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.MetricTableBuilder;
import dev.northstar.formulas.table.RowMapping;
import dev.northstar.formulas.table.TableSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the engine knows of a signed column: the builders declare only unsigned columns
 * non-negative, so a signed column's sign comes from the store's scan; a column found negative
 * makes no plain ratio and no overflow proof, so its KPIs run in the checked general kernel, while
 * a signed column that holds no negative value takes the fast loops.
 */
class SignedColumnsEngineTest {

  private static final MetricId NET_FOLLOWS = MetricId.of("net_follows");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .measure(Measure.signedCount(NET_FOLLOWS))
          .measure(Measure.count(CoreMetrics.FOLLOWERS))
          .build();

  private static MetricTable rowByRow(long... netFollows) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (int i = 0; i < netFollows.length; i++) {
      b.dimension(Dimension.PLATFORM, i % 2 == 0 ? "x" : "facebook")
          .date(DAY.plusDays(i % 60))
          .count(NET_FOLLOWS, netFollows[i])
          .count(CoreMetrics.FOLLOWERS, 1000 + i)
          .endRow();
    }
    return b.build();
  }

  private static MetricTable fromArrays(long... netFollows) {
    int n = netFollows.length;
    int[] codes = new int[n];
    int[] days = new int[n];
    long[] followers = new long[n];
    for (int i = 0; i < n; i++) {
      codes[i] = i % 2;
      days[i] = (int) DAY.plusDays(i % 60).toEpochDay();
      followers[i] = 1000L + i;
    }
    return MetricTable.columns(n)
        .dimension(Dimension.PLATFORM, new String[] {"x", "facebook"}, codes)
        .dates(days)
        .measure(Measure.signedCount(NET_FOLLOWS), netFollows)
        .measure(Measure.count(CoreMetrics.FOLLOWERS), followers)
        .build();
  }

  record Account(int i, long netFollows) {}

  private static MetricTable fromRecords(long... netFollows) {
    List<Account> rows = new ArrayList<>();
    for (int i = 0; i < netFollows.length; i++) {
      rows.add(new Account(i, netFollows[i]));
    }
    RowMapping<Account> mapping =
        RowMapping.<Account>builder()
            .dimension(Dimension.PLATFORM, a -> a.i() % 2 == 0 ? "x" : "facebook")
            .date(a -> DAY.plusDays(a.i() % 60))
            .signedCount(NET_FOLLOWS, Account::netFollows)
            .count(CoreMetrics.FOLLOWERS, a -> 1000 + a.i())
            .build();
    return MetricTable.fromRows(rows, mapping);
  }

  private static long[] values(int n, long negativeAt) {
    long[] v = new long[n];
    for (int i = 0; i < n; i++) {
      v[i] = i == negativeAt ? -(i + 1) : i;
    }
    return v;
  }

  @Test
  void everyBuilderDeclaresTheUnsignedColumnsAndLeavesTheSignedOnesToTheScan() {
    for (MetricTable t :
        List.of(
            rowByRow(values(500, -1)), fromArrays(values(500, -1)), fromRecords(values(500, -1)))) {
      ColumnStore store = TableAccess.columns(t);
      // A declared column is believed without a scan: a negative written behind the store's back
      // (a test's lie) is not seen. The signed column is scanned, and the scan sees it.
      store.values(0)[7] = -3;
      store.values(1)[7] = -3;
      assertThat(store.isNonNegative(1)).as("followers, declared").isTrue();
      assertThat(store.isNonNegative(0)).as("net_follows, scanned").isFalse();
    }
    for (MetricTable t :
        List.of(
            rowByRow(values(500, 250)),
            fromArrays(values(500, 250)),
            fromRecords(values(500, 250)))) {
      ColumnStore store = TableAccess.columns(t);
      assertThat(store.isNonNegative(0)).isFalse();
      assertThat(store.isNonNegative(1)).isTrue();
    }
    for (MetricTable t :
        List.of(
            rowByRow(values(500, -1)), fromArrays(values(500, -1)), fromRecords(values(500, -1)))) {
      assertThat(TableAccess.columns(t).isNonNegative(0))
          .as("a signed column without a negative value")
          .isTrue();
    }
  }

  private static final RatioKpi RATE = RatioKpi.parse("rate = net_follows / followers");

  private static Set<Kernel> kernelsOf(KpiQuery q, MetricTable table) {
    CompiledQuery c = CompiledQuery.compile(q, TableAccess.columns(table));
    Accumulator acc = new Accumulator(c, new GroupIndexer(c, q.bucket().orElse(null)), false);
    acc.run(0, table.rowCount());
    return acc.kernelsRun();
  }

  @Test
  void aNegativeColumnMakesNoPlainRatioAndNoProofSoItsKpiRunsInTheGeneralKernel() {
    KpiQuery inline =
        KpiQuery.builder().kpis(RATE).groupBy(Dimension.PLATFORM).bucket(TimeBucket.MONTH).build();
    KpiQuery chunks = KpiQuery.builder().kpis(RATE).groupBy(Dimension.PLATFORM).build();

    MetricTable nonNegative = rowByRow(values(5000, -1));
    assertThat(kernelsOf(inline, nonNegative)).containsExactly(Kernel.INLINE_PROVEN);
    assertThat(kernelsOf(chunks, nonNegative)).containsExactly(Kernel.PROVEN_CHUNKS);

    MetricTable negative = rowByRow(values(5000, 4321));
    CompiledQuery c = CompiledQuery.compile(inline, TableAccess.columns(negative));
    assertThat(c.numerators[0].nonNegative()).isFalse();
    assertThat(c.numerators[0].plainColumns()).isNull();
    assertThat(c.denominators[0].plainColumns()).isNotNull();
    assertThat(PlainRatio.of(c, 0)).isNull();
    assertThat(
            OverflowProof.cannotOverflow(
                TableAccess.columns(negative), c.numerators[0], c.denominators[0], 5000))
        .isFalse();
    assertThat(kernelsOf(inline, negative)).containsExactly(Kernel.GENERAL);
    assertThat(kernelsOf(chunks, negative)).containsExactly(Kernel.GENERAL);
    // The general kernel's state equals the reference kernel's checked row-by-row sums, and the
    // numerators add up to the column's sum.
    GroupIndexer ref = new GroupIndexer(c, TimeBucket.MONTH);
    long[] expected = ReferenceKernel.run(c, ref, false, 0, 5000);
    Accumulator acc = new Accumulator(c, new GroupIndexer(c, TimeBucket.MONTH), false);
    acc.run(0, 5000);
    assertThat(KeyedStates.keyed(c, acc.indexer(), acc.state(), acc.stride()))
        .isEqualTo(KeyedStates.keyed(c, ref, expected, acc.stride()));
    long numerators = 0;
    for (List<Long> slots :
        KeyedStates.keyed(c, acc.indexer(), acc.state(), acc.stride()).values()) {
      numerators = Math.addExact(numerators, slots.get(Layout.kpi(0) + Layout.A));
    }
    long column = 0;
    for (long v : values(5000, 4321)) {
      column = Math.addExact(column, v);
    }
    assertThat(numerators).isEqualTo(column);
  }

  @Test
  void aNegativeColumnAlsoKeepsItsKpiFromTheSignCheckedLoops() {
    KpiQuery inline =
        KpiQuery.builder().kpis(RATE).groupBy(Dimension.PLATFORM).bucket(TimeBucket.MONTH).build();
    KpiQuery withTotals =
        KpiQuery.builder()
            .kpis(RATE)
            .totals(CoreMetrics.FOLLOWERS)
            .groupBy(Dimension.PLATFORM)
            .build();
    // One row too large for the proof over 5000 rows; every sum still fits.
    long[] large = values(5000, -1);
    large[17] = Long.MAX_VALUE / 8;
    assertThat(kernelsOf(inline, rowByRow(large))).containsExactly(Kernel.INLINE_CHECKED);
    assertThat(kernelsOf(withTotals, rowByRow(large))).containsExactly(Kernel.FUSED);
    large[18] = -1;
    assertThat(kernelsOf(inline, rowByRow(large))).containsExactly(Kernel.GENERAL);
    assertThat(kernelsOf(withTotals, rowByRow(large))).containsExactly(Kernel.GENERAL);
  }
}
