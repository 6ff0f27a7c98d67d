package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import org.junit.jupiter.api.Test;

/** {@link ProvenSums#cannotOverflow}: the store's first column is one of its own like any other. */
class ProvenSumsFirstColumnTest {

  @Test
  void aDenominatorInTheFirstColumnIsProvenLikeAnyOther() {
    MetricTable table =
        MetricTable.columns(3)
            .measure(Measure.count(CoreMetrics.REACH), new long[] {5, 6, 7})
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {1, 2, 3})
            .build();
    ColumnStore store = TableAccess.columns(table);
    assertThat(store.measureOf(store.values(0))).isZero();
    long[][] numerator = {store.values(1)};
    assertThat(ProvenSums.cannotOverflow(store, numerator, store.values(0), 3)).isTrue();
    long[][] first = {store.values(0)};
    assertThat(ProvenSums.cannotOverflow(store, first, store.values(1), 3)).isTrue();
    // 7 per row: the largest row count that cannot pass the limit.
    long rows = Long.MAX_VALUE / 7;
    assertThat(ProvenSums.cannotOverflow(store, numerator, store.values(0), rows)).isTrue();
    assertThat(ProvenSums.cannotOverflow(store, numerator, store.values(0), rows + 1)).isFalse();
  }
}
