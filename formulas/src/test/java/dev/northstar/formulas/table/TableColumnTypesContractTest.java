package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dimension, Measure, TableSchema and InvalidRowException: checks, equality and text forms. */
class TableColumnTypesContractTest {

  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void aBadDimensionIdIsShownWholeUpTo70CharactersAndCutAfter() {
    String seventy = "A".repeat(70);
    assertThatThrownBy(() -> Dimension.of(seventy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dimension id must be a lower-case letter followed by up to 63 of [a-z0-9_], but was '"
                + seventy
                + "'");
    String seventyOne = "B".repeat(71);
    assertThatThrownBy(() -> Dimension.of(seventyOne))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was '" + "B".repeat(67) + "...'");
  }

  @Test
  void dimensionsSortByIdAndHashLikeTheirEquals() {
    List<Dimension> dims =
        new ArrayList<>(List.of(Dimension.PLATFORM, Dimension.of("zone"), Dimension.ACCOUNT));
    dims.sort(null);
    assertThat(dims).containsExactly(Dimension.ACCOUNT, Dimension.PLATFORM, Dimension.of("zone"));
    assertThat(Dimension.of("zone").compareTo(Dimension.of("zone"))).isZero();
    assertThat(Dimension.of("a").compareTo(Dimension.of("b"))).isNegative();
    assertThat(Dimension.of("region")).isEqualTo(Dimension.parse(" Region "));
    assertThat(Dimension.of("region")).hasSameHashCodeAs(Dimension.parse("REGION"));
    assertThat(Dimension.of("region").hashCode()).isNotEqualTo(Dimension.of("country").hashCode());
  }

  @Test
  void anAmountScaleIsZeroToNine() {
    assertThat(Measure.amount(CoreMetrics.SPEND, USD, 9).scale()).isEqualTo(9);
    assertThat(Measure.amount(CoreMetrics.SPEND, USD, 0).scale()).isZero();
    assertThatThrownBy(() -> Measure.amount(CoreMetrics.SPEND, USD, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale of amount spend must be 0 to 9, but was 10");
    assertThatThrownBy(() -> Measure.amount(CoreMetrics.SPEND, USD, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scale of amount spend must be 0 to 9, but was -1");
  }

  @Test
  void aBadMeasureTextIsShownWholeUpTo80CharactersAndCutAfter() {
    String eighty = "X".repeat(80);
    assertThatThrownBy(() -> Measure.parse(eighty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was '" + eighty + "'");
    String eightyOne = "Y".repeat(81);
    assertThatThrownBy(() -> Measure.parse(eightyOne))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("but was '" + "Y".repeat(77) + "...'");
  }

  @Test
  void measuresAreEqualOnlyWithTheSameIdCurrencyAndScale() {
    Measure spend = Measure.amount(CoreMetrics.SPEND, USD, 2);
    assertThat(spend)
        .isEqualTo(Measure.parse("spend[USD:2]"))
        .hasSameHashCodeAs(Measure.parse("spend[USD]"));
    assertThat(spend)
        .isNotEqualTo(Measure.amount(CoreMetrics.SPEND, USD, 3))
        .isNotEqualTo(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("EUR"), 2))
        .isNotEqualTo(Measure.amount(CoreMetrics.REVENUE, USD, 2))
        .isNotEqualTo(Measure.count(CoreMetrics.SPEND))
        .isNotEqualTo("spend[USD:2]");
    assertThat(spend.hashCode()).isNotEqualTo(Measure.amount(CoreMetrics.SPEND, USD, 3).hashCode());
    assertThat(Measure.count(CoreMetrics.LIKES).hashCode())
        .isNotEqualTo(Measure.count(CoreMetrics.REACH).hashCode());
  }

  @Test
  void schemasAreEqualOnlyWithTheSameColumns() {
    TableSchema a =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .dated()
            .counts(CoreMetrics.LIKES)
            .build();
    TableSchema same =
        TableSchema.builder()
            .dimensions(Dimension.PLATFORM)
            .dated()
            .counts(CoreMetrics.LIKES)
            .build();
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a)
        .isNotEqualTo(
            TableSchema.builder().dimensions(Dimension.PLATFORM).counts(CoreMetrics.LIKES).build())
        .isNotEqualTo(TableSchema.builder().dated().counts(CoreMetrics.LIKES).build())
        .isNotEqualTo(
            TableSchema.builder()
                .dimensions(Dimension.PLATFORM)
                .timestamped()
                .counts(CoreMetrics.LIKES)
                .build())
        .isNotEqualTo(
            TableSchema.builder()
                .dimensions(Dimension.PLATFORM)
                .dated()
                .counts(CoreMetrics.REACH)
                .build())
        .isNotEqualTo("[platform, date | likes]");
    assertThat(a.hashCode())
        .isNotEqualTo(
            TableSchema.builder()
                .dimensions(Dimension.PLATFORM)
                .counts(CoreMetrics.LIKES)
                .build()
                .hashCode());
  }

  @Test
  void aDimensionCannotBeAddedTwice() {
    assertThatThrownBy(
            () -> TableSchema.builder().dimensions(Dimension.PLATFORM, Dimension.PLATFORM))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "dimension 'platform' is already a column of the schema; column names must be unique");
    assertThatThrownBy(
            () ->
                TableSchema.builder()
                    .dimensions(Dimension.of("likes"))
                    .counts(MetricId.of("likes")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'likes' is already a column");
  }

  @Test
  void anInvalidRowExceptionKeepsItsParts() {
    InvalidRowException e =
        new InvalidRowException(7, "spend", "-1", "a measure must be zero or more");
    assertThat(e).hasMessage("row 7, column 'spend', value '-1': a measure must be zero or more");
    assertThat(e.row()).isEqualTo(7);
    assertThat(e.column()).isEqualTo("spend");
    assertThat(e.value()).isEqualTo("-1");
    assertThat(e.problem()).isEqualTo("a measure must be zero or more");
    InvalidRowException absent = new InvalidRowException(0, "date", null, "needs a date: always");
    assertThat(absent).hasMessage("row 0, column 'date': needs a date: always");
    assertThat(absent.value()).isNull();
    assertThat(absent.problem()).isEqualTo("needs a date: always");
  }
}
