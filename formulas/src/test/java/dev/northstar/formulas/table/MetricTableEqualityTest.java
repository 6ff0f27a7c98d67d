package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.internal.TableAccess;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/** Equality, hash codes, the text form and slices of a table. */
class MetricTableEqualityTest {

  private static final LocalDate DAY = LocalDate.of(2026, 8, 5);

  private static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM)
          .dated()
          .counts(CoreMetrics.LIKES)
          .build();

  /** {@code rows} rows; {@code missing} picks the rows whose likes are missing. */
  private static MetricTable table(int rows, long offset, IntPredicate missing) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (int r = 0; r < rows; r++) {
      b.dimension(Dimension.PLATFORM, r % 2 == 0 ? "facebook" : "x").date(DAY.plusDays(r));
      if (!missing.test(r)) {
        b.count(CoreMetrics.LIKES, r + offset);
      }
      b.endRow();
    }
    return b.build();
  }

  @Test
  void tablesWithTheSameRowsAreEqualAndHashAlike() {
    MetricTable a = table(5, 0, r -> r == 3);
    MetricTable b = table(5, 0, r -> r == 3);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.slice(0, 5)).isEqualTo(a).hasSameHashCodeAs(a);
  }

  @Test
  void tablesDifferingInAnyWayAreUnequal() {
    MetricTable a = table(5, 0, r -> r == 3);
    assertThat(a).isNotEqualTo(table(5, 1, r -> r == 3));
    assertThat(a).isNotEqualTo(table(5, 0, r -> r == 4));
    assertThat(a).isNotEqualTo(table(4, 0, r -> r == 3));
    assertThat(a).isNotEqualTo(a.slice(0, 4));
    MetricTable otherSchema =
        MetricTable.builder(
                TableSchema.builder()
                    .dimensions(Dimension.PLATFORM)
                    .dated()
                    .counts(CoreMetrics.REACH)
                    .build())
            .build();
    assertThat(table(0, 0, r -> false)).isNotEqualTo(otherSchema);
    assertThat(a).isNotEqualTo("a table");
    assertThat(a.equals(null)).isFalse();
  }

  /** Only the last row differs, so the comparison must look at every row. */
  @Test
  void tablesDifferingOnlyInTheLastRowAreUnequal() {
    assertThat(table(12, 0, r -> false)).isNotEqualTo(table(12, 0, r -> r == 11));
    assertThat(table(1, 0, r -> false)).isNotEqualTo(table(1, 7, r -> false));
  }

  @Test
  void hashCodesTellTablesWithOtherCellsApart() {
    MetricTable a = table(5, 0, r -> false);
    assertThat(a.hashCode())
        .isNotEqualTo(table(5, 1, r -> false).hashCode())
        .isNotEqualTo(table(5, 0, r -> r == 2).hashCode())
        .isNotEqualTo(table(4, 0, r -> false).hashCode())
        .isNotEqualTo(0);
    assertThat(table(0, 0, r -> false).hashCode()).isNotEqualTo(table(1, 0, r -> false).hashCode());
  }

  @Test
  void toStringShowsTenRowsAndCountsTheOthers() {
    String ten = table(10, 0, r -> false).toString();
    assertThat(ten).startsWith("MetricTable: 10 rows\n").doesNotContain("more rows");
    String eleven = table(11, 0, r -> false).toString();
    assertThat(eleven).startsWith("MetricTable: 11 rows\n").endsWith("\n... 1 more rows\n");
    String twentyThree = table(23, 0, r -> false).toString();
    assertThat(twentyThree).endsWith("\n... 13 more rows\n");
    assertThat(twentyThree.lines().filter(l -> l.contains("2026-")).count()).isEqualTo(10);
  }

  @Test
  void aSliceKeepsItsMissingValuesInBitsOfItsOwnLength() {
    MetricTable t = table(200, 0, r -> r % 9 == 0);
    for (int[] range : new int[][] {{0, 200}, {1, 65}, {70, 71}, {63, 200}, {100, 100}}) {
      int from = range[0];
      int to = range[1];
      MetricTable slice = t.slice(from, to);
      assertThat(slice.rowCount()).isEqualTo(to - from);
      long[] bits = TableAccess.columns(slice).missing(0);
      assertThat(bits).hasSize((to - from + 63) / 64);
      int missing = 0;
      for (int r = from; r < to; r++) {
        assertThat(slice.value(CoreMetrics.LIKES, r - from))
            .isEqualTo(t.value(CoreMetrics.LIKES, r));
        assertThat(slice.date(r - from)).isEqualTo(t.date(r));
        if (r % 9 == 0) {
          missing++;
        }
      }
      assertThat(slice.missingCount(CoreMetrics.LIKES)).isEqualTo(missing);
    }
    assertThat(t.slice(10, 12).value(CoreMetrics.LIKES, 1)).contains(BigDecimal.valueOf(11));
  }
}
