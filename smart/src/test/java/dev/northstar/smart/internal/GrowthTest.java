package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthTest {

  @Test
  void doublingInTwelveMonthsIsFivePointNinePercentAMonth() {
    // 2^(1/12) - 1 = 0.059463
    assertThat(Growth.rate(BigDecimal.valueOf(100), BigDecimal.valueOf(200), 12))
        .isCloseTo(0.059463, within(1e-6));
  }

  @Test
  void logarithmsOfHugeAndTinyDecimalsAreFinite() {
    // ln(10^40) = 40 ln 10 = 92.1034; ln(10^-40) = -92.1034
    assertThat(Growth.ln(new BigDecimal("1e40"))).isCloseTo(92.1034, within(1e-4));
    assertThat(Growth.ln(new BigDecimal("1e-40"))).isCloseTo(-92.1034, within(1e-4));
  }

  @Test
  void aRateOverATinyPeriodIsClampedNotInfinite() {
    double r = Growth.rate(new BigDecimal("1e-40"), new BigDecimal("1e40"), 1e-6);
    assertThat(Double.isFinite(r)).isTrue();
  }

  @Test
  void medianAndBest() {
    assertThat(Growth.median(List.of(0.05, 0.02, 0.10, 0.02, 0.03, 0.05)))
        .isCloseTo(0.04, within(1e-12));
    assertThat(Growth.median(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
    assertThat(Growth.best(List.of(-1.0, -3.0))).isEqualTo(-1.0);
  }

  @Test
  void numbersPrintForPeople() {
    assertThat(Fmt.number(new BigDecimal("1000000"))).isEqualTo("1,000,000");
    assertThat(Fmt.number(new BigDecimal("2400.555"))).isEqualTo("2,400.56");
    assertThat(Fmt.percent(0.12362)).isEqualTo("12.4%");
    assertThat(Fmt.percent(-0.1)).isEqualTo("-10.0%");
    assertThat(Fmt.percent(1e9)).isEqualTo("more than 100,000,000%");
    assertThat(Fmt.whole(338_187.5)).isEqualTo("338,188");
  }
}
