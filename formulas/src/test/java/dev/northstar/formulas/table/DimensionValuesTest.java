package dev.northstar.formulas.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionValuesTest {

  @Test
  void numbersSortAsNumbersBeforeText() {
    List<String> values =
        new ArrayList<>(List.of("10", "b", "2", "1", "-3", "12", "2.5", "A", "02", "11", "a"));
    values.sort(DimensionValues.ORDER);

    assertThat(values)
        .containsExactly("-3", "1", "02", "2", "2.5", "10", "11", "12", "A", "a", "b");
  }

  @Test
  void signsOfTheComparison() {
    assertThat(DimensionValues.compare("9", "10")).isNegative();
    assertThat(DimensionValues.compare("10", "9")).isPositive();
    assertThat(DimensionValues.compare("7", "7")).isZero();
    assertThat(DimensionValues.compare("7", "07")).isPositive();
    assertThat(DimensionValues.compare("99", "a")).isNegative();
    assertThat(DimensionValues.compare("a", "99")).isPositive();
    assertThat(DimensionValues.compare("b", "a")).isPositive();
    assertThat(DimensionValues.compare("x", "x")).isZero();
  }

  @Test
  void whatIsANumber() {
    assertThat(DimensionValues.isNumber("12")).isTrue();
    assertThat(DimensionValues.isNumber("-1.50")).isTrue();
    assertThat(DimensionValues.isNumber("1.")).isFalse();
    assertThat(DimensionValues.isNumber(".5")).isFalse();
    assertThat(DimensionValues.isNumber("1e3")).isFalse();
    assertThat(DimensionValues.isNumber("+1")).isFalse();
    assertThat(DimensionValues.isNumber("1 ")).isFalse();
    assertThat(DimensionValues.isNumber("1".repeat(61))).isFalse();
    assertThat(DimensionValues.isNumber("1".repeat(60))).isTrue();
    assertThatNullPointerException().isThrownBy(() -> DimensionValues.isNumber(null));
  }
}
