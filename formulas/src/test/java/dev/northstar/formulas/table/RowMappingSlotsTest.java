package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code fromRows} writes counts through one loop per slot and other measures through their
 * writers: every number of measures and every mix of the two kinds must give the table of the
 * row-by-row builder.
 */
class RowMappingSlotsTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate DAY = LocalDate.of(2026, 4, 1);

  /** A row with one value per measure index; a value divisible by 5 stands for missing. */
  record Row(int index, String platform) {
    long value(int measure) {
      return (index * 7L + measure * 3L) % 23;
    }

    @Nullable BigDecimal decimal(int measure) {
      long v = value(measure);
      return v % 5 == 0 ? null : BigDecimal.valueOf(v * 25, 2);
    }
  }

  private static List<Row> rows(int n) {
    return IntStream.range(0, n).mapToObj(i -> new Row(i, i % 3 == 0 ? "x" : "facebook")).toList();
  }

  /** Measure {@code m} is a count when bit {@code m} of {@code countMask} is set. */
  private static RowMapping<Row> mapping(int measures, int countMask) {
    RowMapping.Builder<Row> b =
        RowMapping.<Row>builder().dimension(Dimension.PLATFORM, Row::platform).date(r -> DAY);
    for (int m = 0; m < measures; m++) {
      int at = m;
      MetricId id = MetricId.of("m" + m);
      if ((countMask & (1 << m)) != 0) {
        b.count(id, r -> r.value(at));
      } else {
        b.decimal(Measure.amount(id, EUR), r -> r.decimal(at));
      }
    }
    return b.build();
  }

  /** The reference, cell by cell through the public row-by-row builder. */
  private static MetricTable rowByRow(List<Row> rows, RowMapping<Row> mapping) {
    TableSchema schema = mapping.schema();
    MetricTableBuilder b = MetricTable.builder(schema);
    for (Row r : rows) {
      b.dimension(Dimension.PLATFORM, r.platform()).date(DAY);
      for (int m = 0; m < schema.measures().size(); m++) {
        Measure measure = schema.measures().get(m);
        if (measure.isAmount()) {
          BigDecimal v = r.decimal(m);
          if (v != null) {
            b.amount(measure.id(), v);
          }
        } else {
          b.count(measure.id(), r.value(m));
        }
      }
      b.endRow();
    }
    return b.build();
  }

  @Test
  void everyNumberOfMeasuresAndMixOfKindsGivesTheRowByRowTable() {
    List<Row> rows = rows(300);
    for (int measures = 1; measures <= 10; measures++) {
      int all = (1 << measures) - 1;
      int[] masks = {0, all, 0x155 & all, 0x2AA & all};
      for (int mask : masks) {
        RowMapping<Row> mapping = mapping(measures, mask);
        MetricTable table = MetricTable.fromRows(rows, mapping);
        MetricTable expected = rowByRow(rows, mapping);
        assertThat(table)
            .as("%d measures, counts %s", measures, Integer.toBinaryString(mask))
            .isEqualTo(expected);
        for (int m = 0; m < measures; m++) {
          MetricId id = MetricId.of("m" + m);
          assertThat(table.missingCount(id)).isEqualTo(expected.missingCount(id));
          assertThat(table.value(id, 299)).isEqualTo(expected.value(id, 299));
        }
      }
    }
  }

  /** Column by column: each getter runs over a whole block before the next getter starts. */
  @Test
  void aBlockIsReadOneColumnAtATime() {
    List<String> calls = new ArrayList<>();
    RowMapping<Row> mapping =
        RowMapping.<Row>builder()
            .dimension(
                Dimension.PLATFORM,
                r -> {
                  calls.add("platform");
                  return r.platform();
                })
            .count(
                MetricId.of("likes"),
                r -> {
                  calls.add("likes");
                  return r.value(0);
                })
            .build();
    MetricTable table = MetricTable.fromRows(rows(300), mapping);
    assertThat(table.rowCount()).isEqualTo(300);
    List<String> expected = new ArrayList<>();
    for (int blockRows : new int[] {256, 44}) {
      expected.addAll(java.util.Collections.nCopies(blockRows, "platform"));
      expected.addAll(java.util.Collections.nCopies(blockRows, "likes"));
    }
    assertThat(calls).isEqualTo(expected);
  }

  /**
   * Column by column, the second dimension's bad row 2 is found after the first dimension's bad row
   * 5; the error is still that of row 2, the first in row order.
   */
  @Test
  void theErrorOfTheFirstBadRowWinsAcrossDimensions() {
    record Pair(String first, String second) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      pairs.add(new Pair(i == 5 ? " " : "a" + i, i == 2 ? "" : "b" + i));
    }
    RowMapping<Pair> mapping =
        RowMapping.<Pair>builder()
            .dimension(Dimension.of("first"), Pair::first)
            .dimension(Dimension.of("second"), Pair::second)
            .count(MetricId.of("likes"), p -> 1)
            .build();
    assertThatThrownBy(() -> MetricTable.fromRows(pairs, mapping))
        .isInstanceOfSatisfying(
            InvalidRowException.class,
            e -> {
              assertThat(e.row()).isEqualTo(2);
              assertThat(e.column()).isEqualTo("second");
              assertThat(e.value()).isEmpty();
            });
  }

  @Test
  void toStringNamesTheSchema() {
    RowMapping<Row> mapping = mapping(2, 0b01);
    assertThat(mapping).hasToString("RowMapping" + mapping.schema());
    assertThat(mapping.toString()).isEqualTo("RowMapping[platform, date | m0, m1[EUR:2]]");
  }
}
