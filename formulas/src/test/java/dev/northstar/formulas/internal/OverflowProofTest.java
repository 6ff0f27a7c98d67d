package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.formulas.table.TableSchema;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link OverflowProof}: the boundary of the row count, the columns found by the indexes that
 * travel with the terms, and the non-negativity it checks rather than assumes.
 */
class OverflowProofTest {

  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};

  private static ColumnStore store(long[] likes, long[] reach) {
    int rows = likes.length;
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, PLATFORMS, new int[rows])
            .dates(new int[rows])
            .measure(Measure.count(CoreMetrics.LIKES), likes)
            .measure(Measure.count(CoreMetrics.REACH), reach)
            .build();
    return TableAccess.columns(table);
  }

  /** A plain sum (every coefficient 1) of the store's measures, as the query compiler makes it. */
  private static Terms plain(ColumnStore store, int... measures) {
    long[][] columns = new long[measures.length][];
    boolean nonNegative = true;
    for (int i = 0; i < measures.length; i++) {
      columns[i] = store.values(measures[i]);
      nonNegative &= store.isNonNegative(measures[i]);
    }
    long[] ones = new long[measures.length];
    Arrays.fill(ones, 1);
    return new Terms(
        "sum",
        measures,
        columns,
        new long[measures.length][],
        new long[][] {ones},
        new int[0],
        Units.COUNT,
        nonNegative);
  }

  @Test
  void theLargestValueOfAColumnIsComputedFromItsValues() {
    ColumnStore store = store(new long[] {3, 9, 0, 7}, new long[] {0, 0, 0, 0});
    assertThat(store.largestValue(0)).isEqualTo(9);
    assertThat(store.largestValue(1)).isZero();
    assertThat(store(new long[0], new long[0]).largestValue(0)).isZero();
  }

  @Test
  void sumsAreProvenSafeUpToTheLastRowCountThatCannotPassTheLimit() {
    long largest = Long.MAX_VALUE / 4;
    ColumnStore store = store(new long[] {largest, 1}, new long[] {2, 1});
    Terms numerator = plain(store, 0);
    Terms denominator = plain(store, 1);
    assertThat(OverflowProof.cannotOverflow(store, numerator, denominator, 4)).isTrue();
    assertThat(OverflowProof.cannotOverflow(store, numerator, denominator, 5)).isFalse();
    // Two terms per row double the largest numerator.
    Terms twice = plain(store, 0, 0);
    assertThat(OverflowProof.cannotOverflow(store, twice, denominator, 2)).isTrue();
    assertThat(OverflowProof.cannotOverflow(store, twice, denominator, 3)).isFalse();
    // Five terms per row pass the limit in a single row.
    Terms fiveTimes = plain(store, 0, 0, 0, 0, 0);
    assertThat(OverflowProof.cannotOverflow(store, fiveTimes, denominator, 1)).isFalse();
    // The denominator's bound counts too.
    ColumnStore wide = store(new long[] {1, 1}, new long[] {largest, 0});
    assertThat(OverflowProof.cannotOverflow(wide, plain(wide, 0), plain(wide, 1), 4)).isTrue();
    assertThat(OverflowProof.cannotOverflow(wide, plain(wide, 0), plain(wide, 1), 5)).isFalse();
  }

  @Test
  void theColumnsAreThoseTheTermsIndexIncludingTheFirst() {
    ColumnStore store = store(new long[] {5, 6, 7}, new long[] {1, 2, 3});
    Terms first = plain(store, 0);
    Terms second = plain(store, 1);
    assertThat(first.measures()).containsExactly(0);
    assertThat(OverflowProof.cannotOverflow(store, second, first, 3)).isTrue();
    assertThat(OverflowProof.cannotOverflow(store, first, second, 3)).isTrue();
    // 7 per row in the first column: the largest row count that cannot pass the limit.
    long rows = Long.MAX_VALUE / 7;
    assertThat(OverflowProof.cannotOverflow(store, second, first, rows)).isTrue();
    assertThat(OverflowProof.cannotOverflow(store, second, first, rows + 1)).isFalse();
    assertThat(OverflowProof.cannotOverflow(store, first, second, rows + 1)).isFalse();
  }

  @Test
  void nothingIsProvenOfASumThatIsNotPlain() {
    ColumnStore store = store(new long[] {1, 2}, new long[] {1, 2});
    Terms weighted =
        new Terms(
            "weighted",
            new int[] {0},
            new long[][] {store.values(0)},
            new long[1][],
            new long[][] {{2}},
            new int[0],
            Units.COUNT,
            true);
    assertThat(OverflowProof.cannotOverflow(store, weighted, plain(store, 1), 2)).isFalse();
    assertThat(OverflowProof.cannotOverflow(store, plain(store, 1), weighted, 2)).isFalse();
    assertThat(OverflowProof.cannotOverflow(store, plain(store, 0), plain(store, 1), 2)).isTrue();
  }

  /** A store built without a builder: nobody declared its values non-negative. */
  private static ColumnStore undeclared(long[] first, long[] second) {
    TableSchema schema =
        TableSchema.builder()
            .measure(Measure.count(CoreMetrics.LIKES))
            .measure(Measure.count(CoreMetrics.REACH))
            .build();
    return new ColumnStore(
        schema,
        first.length,
        new int[0][],
        new String[0][],
        null,
        new long[][] {first, second},
        new long[2][]);
  }

  @Test
  void aNegativeValueIsFoundByAScanAndDefeatsTheProofAndThePlainSum() {
    ColumnStore store = undeclared(new long[] {4, -1, 2}, new long[] {1, 2, 3});
    assertThat(store.isNonNegative(0)).isFalse();
    assertThat(store.isNonNegative(1)).isTrue();
    // The Terms were told the truth: not plain, so no fused loop either.
    Terms signed = plain(store, 0);
    assertThat(signed.nonNegative()).isFalse();
    assertThat(signed.plainColumns()).isNull();
    // The proof asks the store itself, column by column, even of terms that claim otherwise.
    Terms claimed =
        new Terms(
            "claimed",
            new int[] {0},
            new long[][] {store.values(0)},
            new long[1][],
            new long[][] {{1}},
            new int[0],
            Units.COUNT,
            true);
    assertThat(claimed.plainColumns()).isNotNull();
    assertThat(OverflowProof.cannotOverflow(store, claimed, plain(store, 1), 3)).isFalse();
    assertThat(OverflowProof.cannotOverflow(store, plain(store, 1), claimed, 3)).isFalse();
    assertThat(OverflowProof.cannotOverflow(store, plain(store, 1), plain(store, 1), 3)).isTrue();
  }

  @Test
  void aDeclaredStoreIsNotScannedAndAScannedOneIsScannedOnce() {
    long[] values = {4, 1, 2};
    ColumnStore declared = undeclared(values, new long[] {1, 2, 3});
    declared.declareNonNegative(0);
    // A lie the declaration's caller is responsible for: the store believes it, without a scan.
    values[1] = -1;
    assertThat(declared.isNonNegative(0)).isTrue();
    long[] scanned = {4, 1, 2};
    ColumnStore once = undeclared(scanned, new long[] {1, 2, 3});
    assertThat(once.isNonNegative(0)).isTrue();
    scanned[1] = -1;
    assertThat(once.isNonNegative(0)).as("the first answer is kept").isTrue();
  }

  @Test
  void tablesFromEveryBuilderAreDeclaredNonNegativeWithoutAScan() {
    // Each builder checked every value; its store believes the declaration, so a value written
    // into the column afterwards (as no code does) goes unseen: proof that no scan ran.
    ColumnStore columns = store(new long[] {1, 2}, new long[] {3, 4});
    columns.values(0)[0] = -1;
    assertThat(columns.isNonNegative(0)).isTrue();
    TableSchema schema =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .dated()
            .measure(Measure.count(CoreMetrics.LIKES))
            .build();
    ColumnStore rows =
        TableAccess.columns(
            MetricTable.builder(schema)
                .dimension(Dimension.PLATFORM, "x")
                .date(LocalDate.of(2026, 3, 1))
                .count(CoreMetrics.LIKES, 40)
                .endRow()
                .build());
    rows.values(0)[0] = -1;
    assertThat(rows.isNonNegative(0)).isTrue();
  }
}
