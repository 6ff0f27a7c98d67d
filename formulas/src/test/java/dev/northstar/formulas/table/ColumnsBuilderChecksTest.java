package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.internal.TableAccess;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/** The checks of the column builder: lengths, dictionaries, timestamps and missing rows. */
class ColumnsBuilderChecksTest {

  @Test
  void everyColumnMustHaveTheRowCount() {
    assertThatThrownBy(
            () ->
                MetricTable.columns(2)
                    .dimension(Dimension.PLATFORM, new String[] {"x"}, new int[] {0, 0, 0}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'platform' must have 2 rows, but has 3");
    assertThatThrownBy(
            () -> MetricTable.columns(2).measure(Measure.count(CoreMetrics.LIKES), new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'likes' must have 2 rows, but has 3");
    assertThatThrownBy(() -> MetricTable.columns(2).timestamps(new long[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'timestamp' must have 2 rows, but has 3");
    assertThatThrownBy(() -> MetricTable.columns(2).dates(new int[1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'date' must have 2 rows, but has 1");
  }

  @Test
  void aDictionaryWithNullIsRejectedNamingTheDimension() {
    assertThatThrownBy(
            () ->
                MetricTable.columns(1)
                    .dimension(Dimension.CAMPAIGN, new String[] {"a", null}, new int[] {0}))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dictionary of campaign must not contain null");
  }

  @Test
  void aMissingRowPastTheEndIsNamed() {
    BitSet missing = new BitSet();
    missing.set(4);
    assertThatThrownBy(
            () ->
                MetricTable.columns(3)
                    .measure(Measure.count(CoreMetrics.LIKES), new long[3], missing))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing row 4 of likes is out of range");
  }

  @Test
  void timestampsAreAcceptedUpToTheLimitOnBothSides() {
    long max = ColumnsBuilder.MAX_SECOND;
    MetricTable t =
        MetricTable.columns(2)
            .timestamps(new long[] {-max, max})
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {1, 2})
            .build();
    assertThat(t.timestamp(0)).isEqualTo(Instant.ofEpochSecond(-max));
    assertThat(t.timestamp(1)).isEqualTo(Instant.ofEpochSecond(max));
    for (long outside : new long[] {-max - 1, max + 1}) {
      assertThatThrownBy(() -> MetricTable.columns(2).timestamps(new long[] {0, outside}))
          .isInstanceOfSatisfying(
              InvalidRowException.class,
              e -> {
                assertThat(e.row()).isEqualTo(1);
                assertThat(e.value()).isEqualTo(Long.toString(outside));
              });
    }
  }

  /** A missing set whose highest row is low still covers every row of a long column. */
  @Test
  void missingBitsCoverEveryRow() {
    int rows = 130;
    long[] stored = new long[rows];
    for (int r = 0; r < rows; r++) {
      stored[r] = r;
    }
    BitSet missing = new BitSet();
    missing.set(1);
    MetricTable t =
        MetricTable.columns(rows)
            .measure(Measure.count(CoreMetrics.LIKES), stored, missing)
            .build();
    assertThat(t.value(CoreMetrics.LIKES, 1)).isEmpty();
    assertThat(t.value(CoreMetrics.LIKES, 129)).contains(BigDecimal.valueOf(129));
    assertThat(t.missingCount(CoreMetrics.LIKES)).isEqualTo(1);
    assertThat(TableAccess.columns(t).missing(0)).containsExactly(0b10L, 0L, 0L);
  }
}
