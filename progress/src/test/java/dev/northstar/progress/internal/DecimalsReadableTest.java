package dev.northstar.progress.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Figures of a toString(): four decimals from 1 up, four significant digits below 1. */
class DecimalsReadableTest {

  private static String readable(String v) {
    return Decimals.readable(new BigDecimal(v));
  }

  @Test
  void fromOneUpAtMostFourDecimalsHalfEven() {
    assertThat(readable("2104.80602006689")).isEqualTo("2104.806");
    assertThat(readable("1.00005")).isEqualTo("1"); // half-even: 1.0000|5 -> 1.0000
    assertThat(readable("1.00015")).isEqualTo("1.0002");
    assertThat(readable("-12.345678")).isEqualTo("-12.3457");
    assertThat(readable("1E+3")).isEqualTo("1000");
    assertThat(readable("500")).isEqualTo("500");
  }

  @Test
  void belowOneFourSignificantDigits() {
    assertThat(readable("0.0512345")).isEqualTo("0.05123");
    assertThat(readable("0.000123456")).isEqualTo("0.0001235");
    assertThat(readable("-0.99995")).isEqualTo("-1");
    assertThat(readable("0.5")).isEqualTo("0.5");
    assertThat(readable("0")).isEqualTo("0");
    assertThat(readable("0.000")).isEqualTo("0");
  }
}
