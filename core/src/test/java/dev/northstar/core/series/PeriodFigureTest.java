package dev.northstar.core.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class PeriodFigureTest {

  private static final MetricId REACH = MetricId.of("reach");
  private static final DateRange AUGUST = DateRange.ofMonth(YearMonth.of(2026, 8));

  @Test
  void keepsItsParts() {
    PeriodFigure f =
        PeriodFigure.of(REACH, Scope.of(Platform.FACEBOOK), AUGUST, new BigDecimal("812000"));

    assertThat(f.metric()).isEqualTo(REACH);
    assertThat(f.scope()).isEqualTo(Scope.of(Platform.FACEBOOK));
    assertThat(f.dates()).isEqualTo(AUGUST);
    assertThat(f.value()).isEqualByComparingTo("812000");
    assertThat(f.toString())
        .isEqualTo("reach " + Scope.of(Platform.FACEBOOK) + " 2026-08-01/2026-08-31=812000");
  }

  @Test
  void equalsByValueIgnoringTrailingZeros() {
    PeriodFigure a = PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, new BigDecimal("10"));
    PeriodFigure b = PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, new BigDecimal("10.00"));
    PeriodFigure c = PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, new BigDecimal("11"));
    PeriodFigure d = PeriodFigure.of(REACH, Scope.of(Platform.X), AUGUST, new BigDecimal("10"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(d);
  }

  @Test
  void acceptsZero() {
    assertThat(PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, BigDecimal.ZERO).value())
        .isZero();
  }

  @Test
  void refusesANegativeValueNamingIt() {
    assertThatThrownBy(
            () -> PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, new BigDecimal("-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("period figure value")
        .hasMessageContaining("at least 0")
        .hasMessageContaining("-3");
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> PeriodFigure.of(REACH, Scope.allPlatforms(), AUGUST, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period figure value");
    assertThatThrownBy(() -> PeriodFigure.of(REACH, Scope.allPlatforms(), null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("period figure dates");
  }
}
