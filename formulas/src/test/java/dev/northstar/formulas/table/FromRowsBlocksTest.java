package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@code MetricTable.fromRows} writes blocks of rows column by column; the table and the errors
 * must be those of the row-by-row builder, over inputs that span several blocks.
 */
class FromRowsBlocksTest {

  static final TableSchema SCHEMA = MetricTableTest.SCHEMA;

  /** A row whose platform and campaign may be missing, and whose spend may be missing. */
  record Row(
      @Nullable String platform,
      @Nullable String campaign,
      LocalDate day,
      long likes,
      @Nullable BigDecimal spend) {}

  static final RowMapping<Row> MAPPING =
      RowMapping.<Row>builder()
          .dimension(Dimension.PLATFORM, Row::platform)
          .dimension(Dimension.CAMPAIGN, Row::campaign)
          .date(Row::day)
          .count(CoreMetrics.LIKES, Row::likes)
          .decimal(Measure.amount(CoreMetrics.SPEND, MetricTableTest.USD), Row::spend)
          .build();

  /**
   * Platforms repeat, sometimes as equal strings that are other instances (the builder's cache of
   * instances compares identity, the dictionary equality).
   */
  static final Gen<Optional<String>> PLATFORM =
      Gens.frequency(
          Gens.weighted(6, Gens.oneOf("facebook", "x", "linkedin").map(Optional::of)),
          Gens.weighted(2, Gens.oneOf("facebook", "x").map(s -> Optional.of(new String(s)))),
          Gens.weighted(1, Gens.constant(Optional.<String>empty())));

  static final Gen<Row> ROW =
      Gens.zip(
          PLATFORM,
          Gens.ints(0, 20)
              .map(i -> i == 0 ? Optional.<String>empty() : Optional.of("campaign-" + (i % 7))),
          Gens.zip(
              Gens.localDates(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
              Gens.longs(0, Long.MAX_VALUE),
              Gens.ints(0, 9)
                  .flatMap(
                      i ->
                          i == 0
                              ? Gens.constant(Optional.<BigDecimal>empty())
                              : Gens.bigDecimals(BigDecimal.ZERO, new BigDecimal("99999.99"), 2)
                                  .map(Optional::of)),
              (day, likes, spend) -> new Object[] {day, likes, spend}),
          (platform, campaign, rest) ->
              new Row(
                  platform.orElse(null),
                  campaign.orElse(null),
                  (LocalDate) rest[0],
                  (Long) rest[1],
                  ((Optional<?>) rest[2]).map(BigDecimal.class::cast).orElse(null)));

  /** The reference: the row-by-row builder, which fromRows does not use. */
  static MetricTable rowByRow(List<Row> rows) {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    for (Row r : rows) {
      if (r.platform() != null) {
        b.dimension(Dimension.PLATFORM, r.platform());
      }
      if (r.campaign() != null) {
        b.dimension(Dimension.CAMPAIGN, r.campaign());
      }
      b.date(r.day()).count(CoreMetrics.LIKES, r.likes());
      if (r.spend() != null) {
        b.amount(CoreMetrics.SPEND, r.spend());
      }
      b.endRow();
    }
    return b.build();
  }

  @Test
  void blocksGiveTheTableOfTheRowByRowBuilderAndTheRowsValues() {
    Property.named("fromRows equals the row-by-row builder and reads back every cell")
        .scaledTries(60)
        .forAll(
            Gens.listOf(ROW, 0, 1_300),
            rows -> {
              MetricTable table = MetricTable.fromRows(rows, MAPPING);
              // Not a Collection: the builder grows instead of being sized.
              Iterable<Row> notACollection = () -> rows.iterator();
              MetricTable grown = MetricTable.fromRows(notACollection, MAPPING);
              assertThat(table).isEqualTo(rowByRow(rows)).isEqualTo(grown);
              assertThat(table.rowCount()).isEqualTo(rows.size());
              for (int i = 0; i < rows.size(); i++) {
                Row r = rows.get(i);
                assertThat(table.dimensionValue(Dimension.PLATFORM, i))
                    .isEqualTo(Optional.ofNullable(r.platform()));
                assertThat(table.dimensionValue(Dimension.CAMPAIGN, i))
                    .isEqualTo(Optional.ofNullable(r.campaign()));
                assertThat(table.date(i)).isEqualTo(r.day());
                assertThat(table.value(CoreMetrics.LIKES, i))
                    .contains(BigDecimal.valueOf(r.likes()));
                assertThat(table.value(CoreMetrics.SPEND, i).map(BigDecimal::stripTrailingZeros))
                    .isEqualTo(Optional.ofNullable(r.spend()).map(BigDecimal::stripTrailingZeros));
              }
            });
  }

  static Row good(int i) {
    return new Row("facebook", "c", LocalDate.of(2026, 1, 1).plusDays(i % 30), i, BigDecimal.ONE);
  }

  static List<Row> goodRows(int n) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      rows.add(good(i));
    }
    return rows;
  }

  @Test
  void theErrorIsThatOfTheFirstBadRowNotOfTheFirstBadColumn() {
    // In one block: row 300 has a bad last measure, row 310 a bad first dimension. Column by
    // column the platform's error comes first; row by row, row 300's.
    List<Row> rows = goodRows(600);
    rows.set(300, new Row("x", null, LocalDate.of(2026, 2, 1), 1, new BigDecimal("0.001")));
    rows.set(310, new Row(" ", null, LocalDate.of(2026, 2, 1), 1, null));
    assertThatThrownBy(() -> MetricTable.fromRows(rows, MAPPING))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage(
            "row 300, column 'spend', value '0.001': spend must have at most 2 decimals, but was"
                + " 0.001");
    rows.set(300, good(300));
    assertThatThrownBy(() -> MetricTable.fromRows(rows, MAPPING))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageStartingWith("row 310, column 'platform', value ' '");
  }

  @Test
  void aNullRowIsReportedAfterTheBadRowsBeforeIt() {
    List<@Nullable Row> rows = new ArrayList<>(goodRows(700));
    rows.set(650, null);
    assertThatThrownBy(() -> MetricTable.fromRows(rows, MAPPING))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("row 650 must not be null");
    rows.set(640, new Row("x", null, LocalDate.of(2026, 2, 1), 1, new BigDecimal("-1")));
    assertThatThrownBy(() -> MetricTable.fromRows(rows, MAPPING))
        .isInstanceOf(InvalidRowException.class)
        .hasMessageStartingWith("row 640, column 'spend', value '-1'");
  }

  @Test
  void aMissingDateIsRefusedWithTheBuildersMessage() {
    List<Row> rows = goodRows(300);
    Collections.swap(rows, 0, 299);
    RowMapping<Row> noDateOnRow7 =
        RowMapping.<Row>builder()
            .dimension(Dimension.PLATFORM, Row::platform)
            .dimension(Dimension.CAMPAIGN, Row::campaign)
            .date(r -> r.likes() == 7 ? null : r.day())
            .count(CoreMetrics.LIKES, Row::likes)
            .decimal(Measure.amount(CoreMetrics.SPEND, MetricTableTest.USD), Row::spend)
            .build();
    assertThatThrownBy(() -> MetricTable.fromRows(rows, noDateOnRow7))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 7, column 'date': a dated table needs a date in every row");
  }

  @Test
  void measuresPastTheCountSlotsAndDecimalsBetweenThemAreWritten() {
    // Ten measures: slots 0 to 7 (decimals at 3 and 9) and two past the slots.
    RowMapping.Builder<long[]> builder = RowMapping.builder();
    for (int m = 0; m < 10; m++) {
      int column = m;
      MetricId id = MetricId.of("m" + m);
      if (m == 3 || m == 9) {
        builder.decimal(
            Measure.count(id), r -> r[column] % 7 == 0 ? null : BigDecimal.valueOf(r[column]));
      } else {
        builder.count(id, r -> r[column]);
      }
    }
    RowMapping<long[]> mapping = builder.build();
    List<long[]> rows = new ArrayList<>();
    for (int i = 0; i < 700; i++) {
      long[] r = new long[10];
      for (int m = 0; m < 10; m++) {
        r[m] = (long) i * 10 + m;
      }
      rows.add(r);
    }
    MetricTable t = MetricTable.fromRows(rows, mapping);
    for (int i = 0; i < rows.size(); i++) {
      for (int m = 0; m < 10; m++) {
        long v = rows.get(i)[m];
        Optional<BigDecimal> expected =
            (m == 3 || m == 9) && v % 7 == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(v));
        assertThat(t.value(MetricId.of("m" + m), i)).as("row %d, m%d", i, m).isEqualTo(expected);
      }
    }
    assertThat(t.missingCount(MetricId.of("m3")))
        .isEqualTo(rows.stream().filter(r -> r[3] % 7 == 0).count())
        .isPositive();
    assertThat(t.missingCount(MetricId.of("m9")))
        .isEqualTo(rows.stream().filter(r -> r[9] % 7 == 0).count());
    assertThat(t.missingCount(MetricId.of("m0"))).isZero();
  }

  @Test
  void theBuilderWritesCellsInPlaceAndUnsetCellsAreMissing() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    int n = 2_500; // past the initial capacity of 1,024: the columns grow while a row is begun
    for (int i = 0; i < n; i++) {
      b.dimension(Dimension.PLATFORM, i % 3 == 0 ? "x" : new String("facebook"))
          .dimension(Dimension.CAMPAIGN, "c" + (i % 5))
          .date(LocalDate.of(2026, 1, 1))
          .count(CoreMetrics.LIKES, i)
          .amount(CoreMetrics.SPEND, BigDecimal.TEN);
      if (i % 4 == 0) {
        b.missingDimension(1).missing(CoreMetrics.LIKES);
      }
      b.endRow();
    }
    b.dimension(Dimension.PLATFORM, "x").count(CoreMetrics.LIKES, 5); // begun, not ended
    MetricTable t = b.build();
    assertThat(t.rowCount()).isEqualTo(n);
    assertThat(t.dimensionValues(Dimension.PLATFORM)).containsExactly("x", "facebook");
    assertThat(t.missingCount(CoreMetrics.LIKES)).isEqualTo((n + 3) / 4);
    long[] likes = new long[n];
    for (int i = 0; i < n; i++) {
      assertThat(t.dimensionValue(Dimension.PLATFORM, i)).contains(i % 3 == 0 ? "x" : "facebook");
      assertThat(t.dimensionValue(Dimension.CAMPAIGN, i))
          .isEqualTo(i % 4 == 0 ? Optional.empty() : Optional.of("c" + (i % 5)));
      likes[i] = t.value(CoreMetrics.LIKES, i).map(BigDecimal::longValueExact).orElse(-1L);
    }
    long[] expected = new long[n];
    Arrays.setAll(expected, i -> i % 4 == 0 ? -1 : i);
    assertThat(likes).containsExactly(expected);
  }
}
