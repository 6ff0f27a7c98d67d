package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The unchecked loops and the proof that lets the engine take them. Through the public API, {@code
 * FusedLoopsPropertiesTest} compares whole query results (these loops included) with exact sums;
 * here the proof's boundary and each loop's local state are checked directly.
 */
class ProvenSumsTest {

  private static final String[] PLATFORMS = {"facebook", "instagram", "x"};

  private static ColumnStore store(long[] likes, long[] reach) {
    int rows = likes.length;
    int[] days = new int[rows];
    int[] platforms = new int[rows];
    MetricTable table =
        MetricTable.columns(rows)
            .dimension(Dimension.PLATFORM, PLATFORMS, platforms)
            .dates(days)
            .measure(Measure.count(CoreMetrics.LIKES), likes)
            .measure(Measure.count(CoreMetrics.REACH), reach)
            .build();
    return TableAccess.columns(table);
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
    long[][] numerator = {store.values(0)};
    long[] denominator = store.values(1);
    assertThat(ProvenSums.cannotOverflow(store, numerator, denominator, 4)).isTrue();
    assertThat(ProvenSums.cannotOverflow(store, numerator, denominator, 5)).isFalse();
    // Two terms per row double the largest numerator.
    long[][] twice = {store.values(0), store.values(0)};
    assertThat(ProvenSums.cannotOverflow(store, twice, denominator, 2)).isTrue();
    assertThat(ProvenSums.cannotOverflow(store, twice, denominator, 3)).isFalse();
    // The denominator's bound counts too.
    ColumnStore wide = store(new long[] {1, 1}, new long[] {largest, 0});
    assertThat(ProvenSums.cannotOverflow(wide, new long[][] {wide.values(0)}, wide.values(1), 4))
        .isTrue();
    assertThat(ProvenSums.cannotOverflow(wide, new long[][] {wide.values(0)}, wide.values(1), 5))
        .isFalse();
  }

  @Test
  void nothingIsProvenOfAnArrayThatIsNotOneOfTheStoresColumns() {
    ColumnStore store = store(new long[] {1, 2}, new long[] {1, 2});
    long[] foreign = {1, 2};
    assertThat(store.measureOf(foreign)).isEqualTo(-1);
    assertThat(store.measureOf(store.values(1))).isEqualTo(1);
    assertThat(ProvenSums.cannotOverflow(store, new long[][] {foreign}, store.values(1), 2))
        .isFalse();
    assertThat(ProvenSums.cannotOverflow(store, new long[][] {store.values(0)}, foreign, 2))
        .isFalse();
  }

  /** One generated input of a loop: columns, codes, days and an optional bucket lookup. */
  @SuppressWarnings("ArrayRecordComponent") // a test input, never compared or hashed
  record LoopCase(
      int[] codes,
      int[] days,
      int @Nullable [] lookup,
      int buckets,
      long[][] numerator,
      long[] denominator) {}

  private static final Gen<LoopCase> LOOP_CASES =
      random -> {
        int rows = random.nextInt(300);
        int dayCount = 1 + random.nextInt(40);
        boolean byDay = random.nextBoolean();
        int[] lookup = new int[dayCount];
        for (int d = 1; d < dayCount; d++) {
          // A bucket of 1 to 3 days at a time, as weeks or months group days.
          lookup[d] = byDay ? d : lookup[d - 1] + (random.nextInt(3) == 0 ? 1 : 0);
        }
        int buckets = lookup[dayCount - 1] + 1;
        int[] codes = new int[rows];
        int[] days = new int[rows];
        long[][] numerator = new long[1 + random.nextInt(4)][rows];
        long[] denominator = new long[rows];
        for (int r = 0; r < rows; r++) {
          codes[r] = random.nextInt(PLATFORMS.length + 1) - 1;
          days[r] = 20_000 + random.nextInt(dayCount);
          for (long[] column : numerator) {
            column[r] = random.nextInt(1_000_000);
          }
          denominator[r] = random.nextInt(1_000_000);
        }
        return new LoopCase(codes, days, byDay ? null : lookup, buckets, numerator, denominator);
      };

  @Test
  void eachLoopSumsEveryRowIntoItsGroup() {
    Property.named("unchecked loops equal a row-by-row sum by group")
        .forAll(
            LOOP_CASES,
            c -> {
              int groups = (PLATFORMS.length + 1) * c.buckets();
              long[] expected = new long[ProvenSums.STRIDE * groups];
              int rows = c.codes().length;
              for (int r = 0; r < rows; r++) {
                int day = c.days()[r] - 20_000;
                int[] lookup = c.lookup();
                int bucket = lookup == null ? day : lookup[day];
                int at = ProvenSums.STRIDE * ((c.codes()[r] + 1) * c.buckets() + bucket);
                for (long[] column : c.numerator()) {
                  expected[at + ProvenSums.NUMERATOR] += column[r];
                }
                expected[at + ProvenSums.DENOMINATOR] += c.denominator()[r];
                expected[at + ProvenSums.ROWS]++;
              }
              ProvenSums.GroupIds ids =
                  new ProvenSums.GroupIds(
                      c.codes(), c.days(), c.lookup(), 20_000, c.buckets(), groups);
              long[] actual = ProvenSums.sum(ids, c.numerator(), c.denominator(), 0, rows);
              assertThat(actual).as(Arrays.toString(c.codes())).containsExactly(expected);
              // A part of the rows, as a thread's range.
              int from = rows / 3;
              long[] part = ProvenSums.sum(ids, c.numerator(), c.denominator(), from, rows);
              long partRows = 0;
              for (int g = 0; g < groups; g++) {
                partRows += part[ProvenSums.STRIDE * g + ProvenSums.ROWS];
              }
              assertThat(partRows).isEqualTo(rows - from);
            });
  }
}
