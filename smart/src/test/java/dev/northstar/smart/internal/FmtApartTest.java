package dev.northstar.smart.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
}
