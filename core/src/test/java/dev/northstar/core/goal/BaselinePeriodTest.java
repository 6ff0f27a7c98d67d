package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BaselinePeriodTest {

  private static DateRange range(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void everyFormRoundTrips() {
    BaselinePeriod july = BaselinePeriod.of(range("2026-07-01", "2026-07-31"));
    assertThat(july).hasToString("2026-07-01/2026-07-31");
    assertThat(july.kind()).isEqualTo(BaselinePeriod.Kind.DATES);
    assertThat(july.dates()).contains(range("2026-07-01", "2026-07-31"));
    assertThat(BaselinePeriod.previousPeriod()).hasToString("previous period");
    assertThat(BaselinePeriod.samePeriodLastYear()).hasToString("same period last year");
    assertThat(BaselinePeriod.previousPeriod().dates()).isEmpty();
    for (BaselinePeriod p :
        new BaselinePeriod[] {
          july, BaselinePeriod.previousPeriod(), BaselinePeriod.samePeriodLastYear()
        }) {
      assertThat(BaselinePeriod.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
    }
    assertThat(BaselinePeriod.parse(" Previous Period ")).isEqualTo(BaselinePeriod.previousPeriod());
    assertThat(BaselinePeriod.parse("SAME PERIOD LAST YEAR"))
        .isEqualTo(BaselinePeriod.samePeriodLastYear());
    assertThat(july)
        .isNotEqualTo(BaselinePeriod.of(range("2026-07-01", "2026-07-30")))
        .isNotEqualTo(BaselinePeriod.previousPeriod());
    assertThat(BaselinePeriod.previousPeriod()).isNotEqualTo(BaselinePeriod.samePeriodLastYear());
  }

  @Test
  void aBadFormIsRefused() {
    assertThatThrownBy(() -> BaselinePeriod.parse("last month"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "baseline period must be a date range such as 2026-07-01/2026-07-31, 'previous period'"
                + " or 'same period last year', but was 'last month'");
    assertThatThrownBy(() -> BaselinePeriod.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void thePreviousPeriodIsThePreviousCalendarMonthQuarterOrYearElseAsManyDays() {
    BaselinePeriod previous = BaselinePeriod.previousPeriod();
    assertThat(previous.resolve(range("2026-07-01", "2026-09-30")))
        .isEqualTo(range("2026-04-01", "2026-06-30"));
    assertThat(previous.resolve(range("2026-03-01", "2026-03-31")))
        .isEqualTo(range("2026-02-01", "2026-02-28"));
    assertThat(previous.resolve(range("2026-01-01", "2026-12-31")))
        .isEqualTo(range("2025-01-01", "2025-12-31"));
    // not calendar periods: as many days
    assertThat(previous.resolve(range("2026-08-01", "2026-08-20")))
        .isEqualTo(range("2026-07-12", "2026-07-31"));
    assertThat(previous.resolve(range("2026-02-01", "2026-04-30")))
        .isEqualTo(range("2025-11-04", "2026-01-31"));
    assertThat(previous.resolve(range("2026-02-01", "2027-01-31")))
        .isEqualTo(range("2025-02-01", "2026-01-31"));
    assertThat(previous.resolve(range("2026-07-01", "2026-08-31")))
        .isEqualTo(range("2026-04-30", "2026-06-30"));
    assertThat(previous.resolve(range("2026-07-02", "2026-07-31")))
        .isEqualTo(range("2026-06-02", "2026-07-01"));
    assertThat(previous.resolve(range("2026-07-01", "2026-07-30")))
        .isEqualTo(range("2026-06-01", "2026-06-30"));
  }

  @Test
  void theSamePeriodLastYearAndFixedDatesResolve() {
    assertThat(BaselinePeriod.samePeriodLastYear().resolve(range("2026-07-01", "2026-09-30")))
        .isEqualTo(range("2025-07-01", "2025-09-30"));
    DateRange july = range("2026-07-01", "2026-07-31");
    assertThat(BaselinePeriod.of(july).resolve(range("2026-08-01", "2026-08-31"))).isEqualTo(july);
    assertThatThrownBy(() -> BaselinePeriod.previousPeriod().resolve(null))
        .isInstanceOf(NullPointerException.class);
  }
}
