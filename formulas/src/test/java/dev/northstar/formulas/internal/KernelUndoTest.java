package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.LinearSum;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The undo of the checked loops, which the engine never lets show (the checked kernel that takes
 * the undone chunk always throws): here the kernels run alone, and a chunk that overflows must
 * leave the state, or the local sums, exactly as they were before it, for 1 to 4 numerator columns.
 */
class KernelUndoTest {

  private static final long MAX = Long.MAX_VALUE;
  private static final List<MetricId> NUMERATOR =
      List.of(CoreMetrics.LIKES, CoreMetrics.COMMENTS, CoreMetrics.SHARES, CoreMetrics.SAVES);

  /**
   * A table of one platform and one day: every value 1, but in rows {@code big} and {@code big + 1}
   * the first numerator column and reach are {@code MAX / 2 + 1}, so their sum passes the limit.
   */
  private static MetricTable table(int rows, int big) {
    var b =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, new String[] {"x"}, new int[rows])
            .dates(new int[rows]);
    for (MetricId id : NUMERATOR) {
      long[] values = new long[rows];
      Arrays.fill(values, 1);
      if (id.equals(NUMERATOR.get(0))) {
        values[big] = MAX / 2 + 1;
        values[big + 1] = MAX / 2 + 1;
      }
      b.measure(Measure.count(id), values);
    }
    long[] reach = new long[rows];
    Arrays.fill(reach, 1);
    reach[big] = MAX / 2 + 1;
    reach[big + 1] = MAX / 2 + 1;
    return b.measure(Measure.count(CoreMetrics.REACH), reach).build();
  }

  private static CompiledQuery compile(MetricTable table, int columns, boolean bucket) {
    RatioKpi kpi =
        RatioKpi.builder(MetricId.of("rate"))
            .numerator(
                LinearSum.of(
                    NUMERATOR.get(0), NUMERATOR.subList(1, columns).toArray(MetricId[]::new)))
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    KpiQuery.Builder q = KpiQuery.builder().kpis(kpi).groupBy(Dimension.PLATFORM);
    if (bucket) {
      q.bucket(TimeBucket.DAY);
    }
    return CompiledQuery.compile(q.build(), TableAccess.columns(table));
  }

  private static StateArray states(CompiledQuery c) {
    GroupIndexer indexer = new GroupIndexer(c, c.query.bucket().orElse(null));
    return new StateArray(indexer, Layout.stride(c.numerators.length, c.totalColumns.length));
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void aFusedChunkThatOverflowsIsUndoneToTheSlot(int columns) {
    MetricTable table = table(8, 4);
    CompiledQuery c = compile(table, columns, false);
    StateArray states = states(c);
    FusedKernel fused =
        new FusedKernel(Objects.requireNonNull(PlainRatio.of(c, 0)), 0, true, states);
    states.assign(0, 4);
    assertThat(fused.add(0, 4)).isTrue();
    int group = states.chunkIds()[0];
    int at = group * states.stride();
    int kpi = at + Layout.kpi(0);
    long[] before = states.slots().clone();
    assertThat(before[at + Layout.ROWS]).isEqualTo(4);
    assertThat(before[kpi + Layout.A]).isEqualTo(4L * columns);
    assertThat(before[kpi + Layout.B]).isEqualTo(4);
    states.assign(4, 4);
    assertThat(fused.add(4, 8)).as("the chunk overflowed").isFalse();
    assertThat(states.slots()).containsExactly(before);
    assertThat(states.kernelsRun()).containsExactly(Kernel.FUSED);
  }

  @Test
  void aFusedKernelThatDoesNotCountRowsLeavesTheRowSlotAlone() {
    MetricTable table = table(8, 6);
    CompiledQuery c = compile(table, 2, false);
    StateArray states = states(c);
    FusedKernel fused =
        new FusedKernel(Objects.requireNonNull(PlainRatio.of(c, 0)), 0, false, states);
    states.assign(0, 4);
    assertThat(fused.add(0, 4)).isTrue();
    int at = states.chunkIds()[0] * states.stride();
    assertThat(states.slots()[at + Layout.ROWS]).isZero();
    assertThat(states.slots()[at + Layout.kpi(0) + Layout.A]).isEqualTo(8);
    long[] before = states.slots().clone();
    states.assign(4, 4);
    assertThat(fused.add(4, 8)).isFalse();
    assertThat(states.slots()).containsExactly(before);
  }

  /** A fallback that records the chunks given to it and adds nothing. */
  private static final class Recording implements AccumulationKernel {
    final List<int[]> ranges = new ArrayList<>();

    @Override
    public boolean add(int from, int to) {
      ranges.add(new int[] {from, to});
      return true;
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void anInlineChunkThatOverflowsIsUndoneAndTheOtherChunksAreKept(int columns) {
    int rows = 2 * Engine.CHUNK + 10;
    MetricTable table = table(rows, Engine.CHUNK + 7);
    CompiledQuery c = compile(table, columns, true);
    StateArray states = states(c);
    Recording fallback = new Recording();
    InlineCheckedKernel inline =
        new InlineCheckedKernel(Objects.requireNonNull(PlainRatio.of(c, 0)), states, fallback);
    assertThat(inline.add(0, rows)).isTrue();
    assertThat(fallback.ranges)
        .singleElement()
        .isEqualTo(new int[] {Engine.CHUNK, 2 * Engine.CHUNK});
    // The first and last chunks: every value 1.
    long kept = (long) rows - Engine.CHUNK;
    long[] s = states.slots();
    int with = -1;
    for (int g = 0; g < s.length / states.stride(); g++) {
      if (s[g * states.stride() + Layout.ROWS] != 0) {
        assertThat(with).as("one group").isEqualTo(-1);
        with = g;
      }
    }
    int at = with * states.stride();
    assertThat(s[at + Layout.ROWS]).isEqualTo(kept);
    assertThat(s[at + Layout.kpi(0) + Layout.A]).isEqualTo(kept * columns);
    assertThat(s[at + Layout.kpi(0) + Layout.B]).isEqualTo(kept);
    assertThat(states.kernelsRun()).containsExactly(Kernel.INLINE_CHECKED);
  }

  @Test
  void theGeneralKernelCountsRowsOnlyOfAKpiThatAddsEveryRow() {
    MetricTable table = table(8, 0);
    RatioKpi kpi =
        RatioKpi.builder(MetricId.of("rate"))
            .numerator(LinearSum.of(CoreMetrics.LIKES))
            .denominator(LinearSum.of(CoreMetrics.REACH))
            .build();
    KpiQuery mean =
        KpiQuery.builder()
            .kpis(kpi)
            .groupBy(Dimension.PLATFORM)
            .method(Aggregation.MEAN_OF_RATIOS)
            .build();
    CompiledQuery c = CompiledQuery.compile(mean, TableAccess.columns(table));
    StateArray states = states(c);
    GeneralKernel.Buffers buffers = new GeneralKernel.Buffers();
    assertThatThrownBy(() -> new GeneralKernel(c, 0, true, true, states, buffers))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "KPI 0 skips rows (missing inputs or zero denominators), so it cannot count them");
    assertThat(ChunkedKernel.firstKpiCountsRows(c, true, false)).isFalse();
    assertThat(ChunkedKernel.firstKpiCountsRows(c, true, true)).isTrue();
    assertThat(ChunkedKernel.firstKpiCountsRows(c, false, false)).isTrue();
  }
}
