package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.internal.ColumnStore;
import dev.northstar.formulas.internal.TableAccess;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * The row-by-row builder: nothing is accepted once built, unset cells are missing even when a row
 * lies past the columns' current end, and the built columns hold exactly one entry per row.
 */
class MetricTableBuilderLifecycleTest {

  private static final LocalDate DAY = LocalDate.of(2026, 8, 5);

  private static final TableSchema DATED =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.LIKES, CoreMetrics.REACH)
          .build();

  private static final TableSchema TIMESTAMPED =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .timestamped()
          .counts(CoreMetrics.LIKES)
          .build();

  private static final TableSchema UNDATED =
      TableSchema.builder().dimensions(Dimension.PLATFORM).counts(CoreMetrics.LIKES).build();

  @Test
  void everySetterRefusesABuiltBuilder() {
    List<Consumer<MetricTableBuilder>> setters =
        List.of(
            b -> b.dimension(0, "facebook"),
            b -> b.dimension(Dimension.PLATFORM, "facebook"),
            b -> b.missingDimension(0),
            b -> b.date(DAY),
            b -> b.count(CoreMetrics.LIKES, 1),
            b -> b.stored(0, 1),
            // null: the value check must not come before the state check
            b -> b.decimal(0, null),
            b -> b.amount(CoreMetrics.LIKES, BigDecimal.ONE),
            b -> b.missing(CoreMetrics.LIKES),
            MetricTableBuilder::endRow,
            MetricTableBuilder::discardRow,
            b -> b.beginBlock(1),
            MetricTableBuilder::build);
    for (Consumer<MetricTableBuilder> setter : setters) {
      MetricTableBuilder b = MetricTable.builder(DATED);
      b.dimension(0, "x").date(DAY).count(CoreMetrics.LIKES, 3).endRow();
      b.build();
      assertThatThrownBy(() -> setter.accept(b))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("the builder was already built");
    }
    MetricTableBuilder timed = MetricTable.builder(TIMESTAMPED);
    timed.build();
    assertThatThrownBy(() -> timed.timestamp(Instant.EPOCH))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the builder was already built");
  }

  @Test
  void aNullDimensionValueIsRejectedEvenBeforeAnyValueWasSet() {
    MetricTableBuilder b = MetricTable.builder(UNDATED);
    assertThatThrownBy(() -> b.dimension(0, null))
        .isInstanceOfSatisfying(
            InvalidRowException.class,
            e -> {
              assertThat(e.row()).isZero();
              assertThat(e.column()).isEqualTo("platform");
              assertThat(e.value()).isNull();
            })
        .hasMessageContaining("must not be blank");
  }

  @Test
  void rowCountCountsFinishedRowsOnly() {
    MetricTableBuilder b = MetricTable.builder(UNDATED);
    assertThat(b.rowCount()).isZero();
    b.count(CoreMetrics.LIKES, 1).endRow().count(CoreMetrics.LIKES, 2).endRow();
    b.count(CoreMetrics.LIKES, 3);
    assertThat(b.rowCount()).isEqualTo(2);
    assertThat(b.build().rowCount()).isEqualTo(2);
  }

  @Test
  void emptyRowsPastTheInitialCapacityAreAllMissing() {
    MetricTableBuilder b = new MetricTableBuilder(UNDATED, 16);
    int rows = 40;
    for (int r = 0; r < rows; r++) {
      b.endRow();
    }
    MetricTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(rows);
    assertThat(t.missingCount(CoreMetrics.LIKES)).isEqualTo(rows);
    for (int r = 0; r < rows; r++) {
      assertThat(t.dimensionValue(Dimension.PLATFORM, r)).isEmpty();
      assertThat(t.value(CoreMetrics.LIKES, r)).isEmpty();
    }
  }

  @Test
  void aMeasureSetFirstInARowPastTheCapacityIsKept() {
    MetricTableBuilder b = new MetricTableBuilder(UNDATED, 16);
    for (int r = 0; r < 16; r++) {
      b.endRow();
    }
    b.stored(0, 7).endRow();
    b.endRow();
    b.stored(0, 9).dimension(0, "x").endRow();
    MetricTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(19);
    assertThat(t.value(CoreMetrics.LIKES, 16)).contains(BigDecimal.valueOf(7));
    assertThat(t.value(CoreMetrics.LIKES, 17)).isEmpty();
    assertThat(t.value(CoreMetrics.LIKES, 18)).contains(BigDecimal.valueOf(9));
    assertThat(t.dimensionValue(Dimension.PLATFORM, 18)).contains("x");
  }

  @Test
  void timestampsAreAcceptedUpToTheLimitOnBothSides() {
    long max = ColumnsBuilder.MAX_SECOND;
    MetricTable t =
        MetricTable.builder(TIMESTAMPED)
            .timestamp(Instant.ofEpochSecond(max))
            .endRow()
            .timestamp(Instant.ofEpochSecond(-max))
            .endRow()
            .build();
    assertThat(t.timestamp(0)).isEqualTo(Instant.ofEpochSecond(max));
    assertThat(t.timestamp(1)).isEqualTo(Instant.ofEpochSecond(-max));
    for (long outside : new long[] {max + 1, -max - 1}) {
      MetricTableBuilder b = MetricTable.builder(TIMESTAMPED);
      assertThatThrownBy(() -> b.timestamp(Instant.ofEpochSecond(outside)))
          .isInstanceOfSatisfying(
              InvalidRowException.class,
              e -> {
                assertThat(e.column()).isEqualTo("timestamp");
                assertThat(e.value()).isEqualTo(Instant.ofEpochSecond(outside).toString());
              })
          .hasMessageContaining("within about 5.8 million years of 1970");
    }
  }

  /** A builder with room to spare hands over columns cut to the rows, one entry per row. */
  @Test
  void builtColumnsHoldOneEntryPerRowAndTheDayRangeIsTheRowsOwn() {
    MetricTableBuilder b = MetricTable.builder(DATED);
    b.dimension(0, "facebook").date(DAY).count(CoreMetrics.LIKES, 5).endRow();
    b.date(DAY.plusDays(2)).endRow();
    b.dimension(0, "x").date(DAY.plusDays(1)).count(CoreMetrics.REACH, 8).endRow();
    MetricTable t = b.build();
    ColumnStore store = TableAccess.columns(t);
    assertThat(store.codes(0)).containsExactly(0, ColumnStore.MISSING_CODE, 1);
    assertThat(store.days())
        .containsExactly(
            (int) DAY.toEpochDay(),
            (int) DAY.plusDays(2).toEpochDay(),
            (int) DAY.plusDays(1).toEpochDay());
    assertThat(store.values(0)).containsExactly(5, 0, 0);
    assertThat(store.values(1)).containsExactly(0, 0, 8);
    assertThat(store.missing(0)).containsExactly(0b110L);
    assertThat(store.missing(1)).containsExactly(0b011L);
    assertThat(store.dayRange())
        .containsExactly((int) DAY.toEpochDay(), (int) DAY.plusDays(2).toEpochDay());
  }

  @Test
  void timestampColumnIsCutToTheRows() {
    MetricTable t =
        MetricTable.builder(TIMESTAMPED)
            .timestamp(Instant.ofEpochSecond(100))
            .count(CoreMetrics.LIKES, 1)
            .endRow()
            .timestamp(Instant.ofEpochSecond(50))
            .endRow()
            .build();
    ColumnStore store = TableAccess.columns(t);
    assertThat(store.seconds()).containsExactly(100L, 50L);
    assertThat(store.missing(0)).containsExactly(0b10L);
  }

  @Test
  void aBuilderFilledExactlyToItsCapacityBuildsTheSameTable() {
    MetricTableBuilder b = new MetricTableBuilder(DATED, 16);
    MetricTableBuilder reference = new MetricTableBuilder(DATED, 1000);
    for (int r = 0; r < 16; r++) {
      for (MetricTableBuilder x : List.of(b, reference)) {
        x.dimension(0, "p" + (r % 3)).date(DAY.plusDays(r));
        if (r % 4 != 0) {
          x.count(CoreMetrics.LIKES, r);
        }
        x.endRow();
      }
    }
    MetricTable t = b.build();
    assertThat(t).isEqualTo(reference.build());
    ColumnStore store = TableAccess.columns(t);
    assertThat(store.codes(0)).hasSize(16);
    assertThat(store.values(0)).hasSize(16);
    assertThat(store.days()).hasSize(16);
    assertThat(store.missing(0)).containsExactly(0x1111L);
  }

  @Test
  void missingBitsSpanExactlyTheWordsTheRowsNeed() {
    for (int rows : new int[] {1, 63, 64, 65, 130}) {
      MetricTableBuilder b = MetricTable.builder(UNDATED);
      for (int r = 0; r < rows; r++) {
        if (r != rows - 1) {
          b.count(CoreMetrics.LIKES, r);
        }
        b.endRow();
      }
      MetricTable t = b.build();
      long[] bits = TableAccess.columns(t).missing(0);
      assertThat(bits).hasSize((rows + 63) / 64);
      assertThat(t.missingCount(CoreMetrics.LIKES)).isEqualTo(1);
      assertThat(t.value(CoreMetrics.LIKES, rows - 1)).isEmpty();
    }
  }

  @Test
  void aDiscardedRowLeavesNoCellBehind() {
    MetricTableBuilder b = MetricTable.builder(DATED);
    b.dimension(0, "facebook").date(DAY).count(CoreMetrics.LIKES, 3).count(CoreMetrics.REACH, 9);
    assertThat(b.discardRow()).isSameAs(b);
    assertThat(b.rowCount()).isZero();
    // the next row sets only its date: what the discarded row set is missing, not kept
    b.date(DAY.plusDays(1)).endRow();
    assertThatThrownBy(b::endRow)
        .isInstanceOf(InvalidRowException.class)
        .hasMessageContaining("a dated table needs a date in every row");
    b.discardRow().date(DAY.plusDays(2)).count(CoreMetrics.LIKES, 4).endRow();
    MetricTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.date(0)).isEqualTo(DAY.plusDays(1));
    assertThat(t.dimensionValue(Dimension.PLATFORM, 0)).isEmpty();
    assertThat(t.value(CoreMetrics.LIKES, 0)).isEmpty();
    assertThat(t.value(CoreMetrics.REACH, 0)).isEmpty();
    assertThat(t.value(CoreMetrics.LIKES, 1)).contains(BigDecimal.valueOf(4));
    assertThat(t.value(CoreMetrics.REACH, 1)).isEmpty();

    MetricTableBuilder stamped = MetricTable.builder(TIMESTAMPED);
    stamped.timestamp(Instant.EPOCH).discardRow();
    assertThatThrownBy(stamped::endRow)
        .isInstanceOf(InvalidRowException.class)
        .hasMessageContaining("a timestamped table needs a timestamp in every row");
  }
}
