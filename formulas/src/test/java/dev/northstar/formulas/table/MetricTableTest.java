package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTableTest {

  static final Currency USD = Currency.getInstance("USD");
  static final LocalDate DAY = LocalDate.of(2026, 8, 5);
  static final TableSchema SCHEMA =
      TableSchema.builder()
          .dimensions(Dimension.PLATFORM, Dimension.CAMPAIGN)
          .dated()
          .counts(CoreMetrics.LIKES)
          .measure(Measure.amount(CoreMetrics.SPEND, USD))
          .build();

  record Post(String platform, String campaign, LocalDate day, long likes, BigDecimal spend) {}

  static MetricTable rowByRow() {
    return MetricTable.builder(SCHEMA)
        .dimension(Dimension.PLATFORM, "facebook")
        .dimension(Dimension.CAMPAIGN, "back-to-school")
        .date(DAY)
        .count(CoreMetrics.LIKES, 12)
        .amount(CoreMetrics.SPEND, new BigDecimal("1.25"))
        .endRow()
        .dimension(Dimension.PLATFORM, "x")
        .date(DAY.plusDays(1))
        .amount(CoreMetrics.SPEND, new BigDecimal("0.5"))
        .endRow()
        .build();
  }

  @Test
  void keepsValuesExactlyAndMissingValuesMissing() {
    MetricTable t = rowByRow();
    assertThat(t.rowCount()).isEqualTo(2);
    assertThat(t.dimensionValue(Dimension.PLATFORM, 1)).contains("x");
    assertThat(t.dimensionValue(Dimension.CAMPAIGN, 1)).isEmpty();
    assertThat(t.date(1)).isEqualTo(DAY.plusDays(1));
    assertThat(t.value(CoreMetrics.LIKES, 0)).contains(BigDecimal.valueOf(12));
    assertThat(t.value(CoreMetrics.LIKES, 1)).isEmpty();
    assertThat(t.value(CoreMetrics.SPEND, 1)).contains(new BigDecimal("0.50"));
    assertThat(t.missingCount(CoreMetrics.LIKES)).isEqualTo(1);
    assertThat(t.missingCount(CoreMetrics.SPEND)).isZero();
    assertThat(t.dimensionValues(Dimension.PLATFORM)).containsExactly("facebook", "x");
  }

  @Test
  void theThreeWaysOfBuildingGiveEqualTables() {
    BitSet missingLikes = new BitSet();
    missingLikes.set(1);
    MetricTable fromColumns =
        MetricTable.columns(2)
            .dimension(Dimension.PLATFORM, new String[] {"x", "facebook"}, new int[] {1, 0})
            .dimension(Dimension.CAMPAIGN, new String[] {"back-to-school"}, new int[] {0, -1})
            .dates(new int[] {(int) DAY.toEpochDay(), (int) DAY.toEpochDay() + 1})
            .measure(Measure.count(CoreMetrics.LIKES), new long[] {12, 99}, missingLikes)
            .measure(Measure.amount(CoreMetrics.SPEND, USD), new long[] {125, 50})
            .build();
    assertThat(fromColumns).isEqualTo(rowByRow());
    RowMapping<Post> mapping =
        RowMapping.<Post>builder()
            .dimension(Dimension.PLATFORM, Post::platform)
            .dimension(Dimension.CAMPAIGN, Post::campaign)
            .date(Post::day)
            .decimal(
                Measure.count(CoreMetrics.LIKES),
                p -> p.likes() < 0 ? null : BigDecimal.valueOf(p.likes()))
            .decimal(Measure.amount(CoreMetrics.SPEND, USD), Post::spend)
            .build();
    List<Post> posts =
        List.of(
            new Post("facebook", "back-to-school", DAY, 12, new BigDecimal("1.25")),
            new Post("x", null, DAY.plusDays(1), -1, new BigDecimal("0.50")));
    assertThat(MetricTable.fromRows(posts, mapping)).isEqualTo(rowByRow());
    assertThat(mapping.schema()).isEqualTo(SCHEMA);
  }

  @Test
  void badValuesAreRefusedNamingRowColumnAndValue() {
    MetricTableBuilder b = MetricTable.builder(SCHEMA);
    b.dimension(Dimension.PLATFORM, "facebook").date(DAY).count(CoreMetrics.LIKES, 1).endRow();
    assertThatThrownBy(() -> b.count(CoreMetrics.LIKES, -3))
        .isInstanceOf(InvalidRowException.class)
        .hasMessage("row 1, column 'likes', value '-3': a measure must be zero or more")
        .satisfies(e -> assertThat(((InvalidRowException) e).row()).isEqualTo(1));
    assertThatThrownBy(() -> b.amount(CoreMetrics.SPEND, new BigDecimal("1.234")))
        .hasMessage(
            "row 1, column 'spend', value '1.234': spend must have at most 2 decimals, but was 1.234");
    assertThatThrownBy(() -> b.dimension(Dimension.PLATFORM, " "))
        .hasMessageContaining("row 1, column 'platform'");
    assertThatThrownBy(b::endRow)
        .hasMessage("row 1, column 'date': a dated table needs a date in every row");
    assertThatThrownBy(() -> b.count(CoreMetrics.REACH, 1))
        .hasMessageContaining("the schema has no measure 'reach'");
    assertThatThrownBy(
            () -> MetricTable.columns(1).measure(Measure.count(CoreMetrics.LIKES), new long[] {-1}))
        .hasMessage("row 0, column 'likes', value '-1': a measure must be zero or more");
    assertThatThrownBy(
            () ->
                MetricTable.columns(1)
                    .dimension(Dimension.PLATFORM, new String[] {"x"}, new int[] {1}))
        .hasMessageContaining("a code must be -1 (missing) or 0 to 0");
    assertThatThrownBy(() -> MetricTable.columns(2).dates(new int[] {1}))
        .hasMessage("column 'date' must have 2 rows, but has 1");
  }

  @Test
  void slicesKeepTheirRows() {
    MetricTable t = rowByRow();
    MetricTable second = t.slice(1, 2);
    assertThat(second.rowCount()).isEqualTo(1);
    assertThat(second.dimensionValue(Dimension.PLATFORM, 0)).contains("x");
    assertThat(second.value(CoreMetrics.LIKES, 0)).isEmpty();
    assertThat(t.slice(0, 0).rowCount()).isZero();
    assertThatThrownBy(() -> t.slice(1, 3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void printsAsAnAlignedTable() {
    assertThat(rowByRow().toString())
        .isEqualTo(
            """
            MetricTable: 2 rows
            platform  campaign        date        likes  spend[USD:2]
            --------  --------------  ----------  -----  ------------
            facebook  back-to-school  2026-08-05     12          1.25
            x                         2026-08-06                 0.50
            """);
  }

  @Test
  void columnTypesReadTheirCanonicalText() {
    for (String text : List.of("likes", "spend[USD:2]", "spend[JPY:0]", "cost[EUR:6]")) {
      assertThat(Measure.parse(text).toString()).isEqualTo(text);
    }
    assertThat(Measure.parse("spend[USD]")).isEqualTo(Measure.amount(CoreMetrics.SPEND, USD));
    assertThatThrownBy(() -> Measure.parse("spend[XYZ]")).hasMessageContaining("ISO 4217");
    assertThatThrownBy(() -> Measure.parse("Spend")).hasMessageContaining("but was 'Spend'");
    assertThat(Dimension.parse(" Platform ")).isSameAs(Dimension.PLATFORM);
    assertThat(Dimension.of("content_type").id()).isEqualTo("content_type");
    assertThatThrownBy(() -> Dimension.of("date")).hasMessageContaining("time bucket");
    assertThatThrownBy(
            () -> TableSchema.builder().counts(MetricId.of("likes"), MetricId.of("likes")))
        .hasMessageContaining("'likes' is already a column");
    assertThat(SCHEMA.toString()).isEqualTo("[platform, campaign, date | likes, spend[USD:2]]");
  }
}
