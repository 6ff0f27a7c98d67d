package dev.northstar.progress.forecast.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class NormalTest {

  @Test
  void cdfMatchesTabulatedValues() {
    // values from any normal table (Abramowitz and Stegun 26.2)
    assertThat(Normal.cdf(0)).isCloseTo(0.5, within(1e-7));
    assertThat(Normal.cdf(1)).isCloseTo(0.8413447461, within(1e-7));
    assertThat(Normal.cdf(-1.959963984540054)).isCloseTo(0.025, within(1e-7));
    assertThat(Normal.cdf(3)).isCloseTo(0.9986501020, within(1e-7));
  }

  @Test
  void quantileInvertsTheCdfAndMatchesTheConstants() {
    assertThat(Normal.quantile(0.9)).isCloseTo(Normal.Z80, within(1e-8));
    assertThat(Normal.quantile(0.975)).isCloseTo(Normal.Z95, within(1e-8));
    assertThat(Normal.quantile(0.2)).isCloseTo(-Normal.Z_P80, within(1e-8));
    for (double p = 0.001; p < 1; p += 0.0371) {
      assertThat(Normal.cdf(Normal.quantile(p))).isCloseTo(p, within(2e-7));
    }
    assertThatThrownBy(() -> Normal.quantile(1)).hasMessageContaining("(0, 1), but got 1.0");
    assertThatThrownBy(() -> Normal.quantile(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
