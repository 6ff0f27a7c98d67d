package dev.northstar.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricUnit;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitFormatTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static BigDecimal d(String s) {
    return new BigDecimal(s);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0",
    "7, 7",
    "999, 999",
    "1000, '1,000'",
    "12345, '12,345'",
    "123456, '123,456'",
    "1000000, '1,000,000'",
    "-1000, '-1,000'",
    "-999, -999",
    "1000000.00, '1,000,000'",
    "2231.95, '2,231.95'",
    "12.5, 12.50",
    "0.004, 0.00",
    "-2231.951, '-2,231.95'"
  })
  void countsAreWholeOrTwoDecimalsWithSeparators(String value, String text) {
    assertThat(UnitFormat.count(d(value))).isEqualTo(text);
    assertThat(UnitFormat.format(d(value), MetricUnit.COUNT, USD)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "0.007, 0.70%",
    "0.0071, 0.71%",
    "0.05, 5.00%",
    "0.02912983999147837, 2.91%",
    "1, 100.00%",
    "12.3456, '1,234.56%'",
    "-0.5, -50.00%",
    "0.000049, 0.00%",
    "-0.00004, 0.00%",
    "0.00005, 0.00%",
    "0.00015, 0.02%"
  })
  void percentsAlwaysHaveTwoDecimals(String fraction, String text) {
    assertThat(UnitFormat.percent(d(fraction))).isEqualTo(text);
    assertThat(UnitFormat.format(d(fraction), MetricUnit.RATIO, null)).isEqualTo(text);
  }

  @Test
  void moneyHasTheCurrencysDecimalsAndCode() {
    assertThat(UnitFormat.money(d("1234.5"), USD)).isEqualTo("1,234.50 USD");
    assertThat(UnitFormat.money(d("0.005"), USD)).isEqualTo("0.00 USD");
    assertThat(UnitFormat.money(d("0.015"), USD)).isEqualTo("0.02 USD");
    assertThat(UnitFormat.money(d("1234.5"), JPY)).isEqualTo("1,234 JPY");
    assertThat(UnitFormat.money(d("-43.88"), USD)).isEqualTo("-43.88 USD");
    assertThat(UnitFormat.format(d("43.881"), MetricUnit.CURRENCY, USD)).isEqualTo("43.88 USD");
  }

  @Test
  void moneyWithoutACurrencyHasTwoDecimalsAndNoCode() {
    assertThat(UnitFormat.format(d("1234.5"), MetricUnit.CURRENCY, null)).isEqualTo("1,234.50");
  }

  @Test
  void aCurrencyWithoutDecimalsRoundsToWhole() {
    // XXX has no default fraction digits (-1): treated as whole.
    assertThat(UnitFormat.money(d("12.6"), Currency.getInstance("XXX"))).isEqualTo("13 XXX");
  }

  @ParameterizedTest
  @CsvSource({"3, 3.00x", "2.3152, 2.32x", "0, 0.00x", "1234.567, '1,234.57x'", "-0.5, -0.50x"})
  void multiplesHaveTwoDecimalsAndAnX(String quotient, String text) {
    assertThat(UnitFormat.multiple(d(quotient))).isEqualTo(text);
    assertThat(UnitFormat.format(d(quotient), MetricUnit.MULTIPLE, USD)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "0, 0s",
    "0.4, 0s",
    "0.6, 1s",
    "45, 45s",
    "59, 59s",
    "60, 1m 00s",
    "125, 2m 05s",
    "3599, 59m 59s",
    "3600, 1h 00m",
    "3900, 1h 05m",
    "86399, 23h 59m",
    "86400, 1d 00h",
    "273600, 3d 04h",
    "-125, -2m 05s",
    "-45, -45s"
  })
  void durationsShowTheirTwoLargestUnits(String seconds, String text) {
    assertThat(UnitFormat.duration(d(seconds))).isEqualTo(text);
    assertThat(UnitFormat.format(d(seconds), MetricUnit.DURATION, null)).isEqualTo(text);
  }

  @Test
  void aDurationBeyondALongIsRefused() {
    assertThatThrownBy(() -> UnitFormat.duration(d("1e30")))
        .isInstanceOf(ArithmeticException.class);
  }

  @ParameterizedTest
  @CsvSource({"42.456, 42.46", "4.5, 4.5", "4.50, 4.5", "1200, '1,200'", "-100, -100", "0.001, 0"})
  void scoresHaveAtMostTwoDecimals(String value, String text) {
    assertThat(UnitFormat.decimal(d(value))).isEqualTo(text);
    assertThat(UnitFormat.format(d(value), MetricUnit.SCORE, null)).isEqualTo(text);
  }

  @Test
  void noValueIsUndefinedNeverZero() {
    for (MetricUnit unit : MetricUnit.values()) {
      assertThat(UnitFormat.format(Optional.empty(), unit, USD)).isEqualTo("undefined");
    }
    assertThat(UnitFormat.UNDEFINED).isEqualTo("undefined");
    assertThat(UnitFormat.format(Optional.of(d("0.05")), MetricUnit.RATIO, null))
        .isEqualTo("5.00%");
  }

  @Test
  void differencesAreSignedAndRatesInPercentagePoints() {
    assertThat(UnitFormat.difference(d("0.0025"), MetricUnit.RATIO, null)).isEqualTo("+0.25 pp");
    assertThat(UnitFormat.difference(d("-0.0025"), MetricUnit.RATIO, null)).isEqualTo("-0.25 pp");
    assertThat(UnitFormat.difference(d("0"), MetricUnit.RATIO, null)).isEqualTo("0.00 pp");
    assertThat(UnitFormat.difference(d("-0.12"), MetricUnit.CURRENCY, USD)).isEqualTo("-0.12 USD");
    assertThat(UnitFormat.difference(d("1500"), MetricUnit.COUNT, null)).isEqualTo("+1,500");
    assertThat(UnitFormat.difference(d("0.5"), MetricUnit.MULTIPLE, null)).isEqualTo("+0.50x");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> UnitFormat.format((BigDecimal) null, MetricUnit.COUNT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value must not be null");
    assertThatThrownBy(() -> UnitFormat.format(BigDecimal.ONE, null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit must not be null");
    assertThatThrownBy(() -> UnitFormat.format(Optional.empty(), null, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit must not be null");
    assertThatThrownBy(() -> UnitFormat.difference(null, MetricUnit.COUNT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("difference must not be null");
  }

  @Test
  void fixedDecimalsLineUpAndRefuseANegativeCount() {
    assertThat(UnitFormat.fixed(d("0.4"), 2)).isEqualTo("0.40");
    assertThat(UnitFormat.fixed(d("0"), 2)).isEqualTo("0.00");
    assertThat(UnitFormat.fixed(d("1234.5678"), 0)).isEqualTo("1,235");
    assertThatThrownBy(() -> UnitFormat.fixed(d("1"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("decimals must be zero or more, but was -1");
  }

  @Test
  void groupingPlacesACommaEveryThreeDigitsFromThePoint() {
    // Reference: Java's own grouping of a long, independent of the code under test.
    for (long n : new long[] {1, 12, 123, 1234, 12345, 123456, 1234567, 9876543210L}) {
      assertThat(UnitFormat.grouped(BigDecimal.valueOf(n), 0))
          .isEqualTo(String.format(Locale.ROOT, "%,d", n));
      assertThat(UnitFormat.grouped(BigDecimal.valueOf(-n), 0))
          .isEqualTo(String.format(Locale.ROOT, "%,d", -n));
    }
  }
}
