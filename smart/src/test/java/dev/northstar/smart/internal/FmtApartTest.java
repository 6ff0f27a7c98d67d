package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class FmtApartTest {

  @Test
  void differentRatesNeverPrintAlike() {
    // 2.52% and 2.5% print alike with one decimal, so both get two
    assertThat(Fmt.apart(true, 1, 0.0252, 0.025, 0.03)).containsExactly("2.52%", "2.50%", "3.00%");
    // one decimal is enough when they differ there
    assertThat(Fmt.apart(true, 1, 0.028, 0.025)).containsExactly("2.8%", "2.5%");
    // equal figures stay at the fewest decimals
    assertThat(Fmt.apart(true, 1, 0.1, 0.1)).containsExactly("10.0%", "10.0%");
    // figures equal at six decimals count as equal
    assertThat(Fmt.apart(true, 1, -0.1, -0.1 + 1e-12)).containsExactly("-10.0%", "-10.0%");
    // up to the sixth decimal, no further
    assertThat(Fmt.apart(true, 1, 0.123456781, 0.123456789))
        .containsExactly("12.345678%", "12.345679%");
    assertThat(Fmt.apart(true, 1, 0.1234567801, 0.1234567802)).containsExactly("12.3%", "12.3%");
  }

  @Test
  void amountsStartWhole() {
    assertThat(Fmt.apart(false, 0, 1200.4, 1300.2)).containsExactly("1,200", "1,300");
    assertThat(Fmt.apart(false, 0, 100.4, 100.2)).containsExactly("100.4", "100.2");
    assertThat(Fmt.apart(false, 0, 100.44, 100.43)).containsExactly("100.44", "100.43");
  }

  @Test
  void hugeRatesKeepTheirWording() {
    assertThat(Fmt.apart(true, 1, 2e6, 0.5)).containsExactly("more than 100,000,000%", "50.0%");
  }

  private static BigDecimal[] n(String... values) {
    BigDecimal[] out = new BigDecimal[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = new BigDecimal(values[i]);
    }
    return out;
  }

  private static final RoundingMode EVEN = RoundingMode.HALF_EVEN;

  @Test
  void numbersKeepTheirDecimalsAndNeverPrintAlike() {
    // 0.0573 rounded down at three decimals is 0.057, apart from 0.05 and 0.058
    assertThat(
            Fmt.numbersApart(
                3,
                n("0.05", "0.058", "0.0573"),
                new RoundingMode[] {EVEN, EVEN, RoundingMode.FLOOR}))
        .containsExactly("0.05", "0.058", "0.057");
    // 0.0502 down at three decimals prints as the baseline 0.05: four decimals
    assertThat(
            Fmt.numbersApart(
                3,
                n("0.05", "0.058", "0.0502"),
                new RoundingMode[] {EVEN, EVEN, RoundingMode.FLOOR}))
        .containsExactly("0.05", "0.058", "0.0502");
    // the same number rounded up at three decimals is 0.051, already apart
    assertThat(
            Fmt.numbersApart(
                3,
                n("0.05", "0.058", "0.0502"),
                new RoundingMode[] {EVEN, EVEN, RoundingMode.CEILING}))
        .containsExactly("0.05", "0.058", "0.051");
    // grouped thousands; equal numbers may print alike; no further than six decimals
    assertThat(
            Fmt.numbersApart(0, n("1200.4", "1200.40", "7"), new RoundingMode[] {EVEN, EVEN, EVEN}))
        .containsExactly("1,200", "1,200", "7");
    assertThat(Fmt.numbersApart(2, n("0.12345671", "0.12345672"), new RoundingMode[] {EVEN, EVEN}))
        .containsExactly("0.123457", "0.123457");
    assertThat(Fmt.numbersApart(6, n("1.5"), new RoundingMode[] {EVEN})).containsExactly("1.5");
  }

  @Test
  void numbersApartRefusesBadArguments() {
    RoundingMode[] one = {EVEN};
    assertThatThrownBy(() -> Fmt.numbersApart(7, n("1"), one))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "numbersApart needs 0 to 6 decimals and a rounding mode per number, but got 7"
                + " decimals, 1 numbers and 1 modes");
    assertThatThrownBy(() -> Fmt.numbersApart(-1, n("1"), one))
        .hasMessageContaining("got -1 decimals");
    assertThatThrownBy(() -> Fmt.numbersApart(2, n("1", "2"), one))
        .hasMessageContaining("2 numbers and 1 modes");
  }

  @Test
  void decimalsOfANumber() {
    assertThat(Fmt.decimalsOf(new BigDecimal("0.058"))).isEqualTo(3);
    assertThat(Fmt.decimalsOf(new BigDecimal("9721.20"))).isEqualTo(1);
    assertThat(Fmt.decimalsOf(new BigDecimal("1E+3"))).isZero();
    assertThat(Fmt.decimalsOf(new BigDecimal("0.1234567"))).isEqualTo(6);
  }
}
