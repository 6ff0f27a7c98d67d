package dev.northstar.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WindowTest {

  private static final DateRange Q3 =
      DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30));

  @Test
  void everyFormRoundTrips() {
    for (Window w :
        List.of(
            Window.period(),
            Window.perDay(),
            Window.perWeek(),
            Window.perMonth(),
            Window.perQuarter(),
            Window.trailingDays(28),
            Window.trailingDays(1),
            Window.trailingDays(Window.MAX_TRAILING_DAYS))) {
      assertThat(Window.parse(w.toString())).isEqualTo(w).hasSameHashCodeAs(w);
    }
    assertThat(Window.perMonth()).hasToString("per month");
    assertThat(Window.trailingDays(28)).hasToString("trailing 28 days");
    assertThat(Window.parse("  Per Week ")).isEqualTo(Window.perWeek());
    assertThat(Window.trailingDays(7).days()).isEqualTo(7);
    assertThat(Window.trailingDays(7).kind()).isEqualTo(Window.Kind.TRAILING_DAYS);
    assertThat(Window.perMonth().days()).isZero();
    assertThat(Window.trailingDays(7)).isNotEqualTo(Window.trailingDays(8));
    assertThat(Window.perDay()).isNotEqualTo(Window.perWeek()).isNotEqualTo("per day");
  }

  @Test
  void aBadFormIsRefusedListingTheForms() {
    for (String bad :
        List.of("monthly", "trailing days", "trailing x days", "trailing 12345 days", "")) {
      assertThatThrownBy(() -> Window.parse(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "window must be one of 'period', 'per day', 'per week', 'per month', 'per quarter'"
                  + " or 'trailing N days', but was '");
    }
    assertThatThrownBy(() -> Window.parse("trailing 0 days"))
        .hasMessage("days of a trailing window must be between 1 and 3660, but was 0");
    assertThatThrownBy(() -> Window.trailingDays(3661))
        .hasMessage("days of a trailing window must be between 1 and 3660, but was 3661");
  }

  @Test
  void aStockHasOnlyThePeriodWindow() {
    assertThat(Window.period().allows(Accumulation.STOCK)).isTrue();
    assertThat(Window.perMonth().allows(Accumulation.STOCK)).isFalse();
    assertThat(Window.trailingDays(7).allows(Accumulation.STOCK)).isFalse();
    assertThat(Window.perMonth().allows(Accumulation.FLOW)).isTrue();
    assertThat(Window.perDay().allows(Accumulation.RATE)).isTrue();
    assertThat(Window.perDay().allows(Accumulation.NON_ADDITIVE_FLOW)).isTrue();
    Window month = Window.perMonth();
    assertThat(month.requireAllows(GoalId.of("g"), CoreMetrics.LEADS, Accumulation.FLOW))
        .isSameAs(month);
    assertThatThrownBy(
            () -> month.requireAllows(GoalId.of("followers-goal"), CoreMetrics.FOLLOWERS, Accumulation.STOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "window of goal followers-goal must be 'period' for followers, a stock measured as its"
                + " level at a date, but was 'per month': values per month would add up levels;"
                + " measure a flow such as the gains instead");
  }

  @Test
  void theRangeAtADateIsItsCalendarBucketClippedToThePeriod() {
    LocalDate aug20 = LocalDate.of(2026, 8, 20); // a Thursday
    assertThat(Window.period().rangeAt(aug20, Q3)).isEqualTo(Q3);
    assertThat(Window.period().rangeAt(aug20, null)).isEqualTo(DateRange.of(aug20, aug20));
    assertThat(Window.perDay().rangeAt(aug20, Q3)).isEqualTo(DateRange.of(aug20, aug20));
    assertThat(Window.perWeek().rangeAt(aug20, Q3))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 23)));
    assertThat(Window.perMonth().rangeAt(aug20, Q3))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31)));
    assertThat(Window.perQuarter().rangeAt(aug20, null)).isEqualTo(Q3);
    assertThat(Window.perQuarter().rangeAt(LocalDate.of(2026, 12, 31), null))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)));
    assertThat(Window.trailingDays(28).rangeAt(aug20, Q3))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 7, 24), aug20));
    assertThat(Window.trailingDays(1).rangeAt(aug20, Q3)).isEqualTo(DateRange.of(aug20, aug20));
    // a trailing window is never clipped: early in the period it reaches back before the start
    assertThat(Window.trailingDays(28).rangeAt(LocalDate.of(2026, 7, 5), Q3))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 6, 8), LocalDate.of(2026, 7, 5)));
    // clipped: the week of 1 July starts on Monday 29 June, the month ends with the period
    DateRange shortPeriod = DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 15));
    assertThat(Window.perWeek().rangeAt(LocalDate.of(2026, 7, 1), shortPeriod))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 5)));
    assertThat(Window.perMonth().rangeAt(LocalDate.of(2026, 7, 10), shortPeriod))
        .isEqualTo(shortPeriod);
    // a date outside the period keeps its own bucket
    assertThat(Window.perMonth().rangeAt(LocalDate.of(2026, 11, 5), shortPeriod))
        .isEqualTo(DateRange.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    assertThatThrownBy(() -> Window.perDay().rangeAt(null, Q3))
        .isInstanceOf(NullPointerException.class);
  }
}
