package dev.northstar.core.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.tactic.Recurrence.Frequency;
import dev.northstar.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static DateRange month(int year, int month) {
    return DateRange.ofMonth(YearMonth.of(year, month));
  }

  // --- monthly ----------------------------------------------------------------------------------

  @Test
  void monthlyKeepsItsDay() {
    Recurrence r = Recurrence.monthlyOnDay(30);

    assertThat(r.frequency()).isEqualTo(Frequency.MONTHLY);
    assertThat(r.dayOfMonth()).isEqualTo(30);
    assertThat(r.dayOfWeek()).isNull();
    assertThat(r).hasToString("monthly on day 30");
  }

  @Test
  void monthlyDayMustBeOneToThirtyOne() {
    assertThat(Recurrence.monthlyOnDay(1).dayOfMonth()).isEqualTo(1);
    assertThat(Recurrence.monthlyOnDay(31).dayOfMonth()).isEqualTo(31);
    for (int bad : new int[] {0, 32, -1}) {
      assertThatThrownBy(() -> Recurrence.monthlyOnDay(bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("day of month must be between 1 and 31, but was " + bad);
    }
  }

  @Test
  void theThirtiethFallsOnTheLastDayOfFebruary() {
    Recurrence r = Recurrence.monthlyOnDay(30);

    assertThat(r.occurrencesWithin(month(2026, 2))).containsExactly(date(2026, 2, 28));
    assertThat(r.occurrencesWithin(month(2028, 2))).containsExactly(date(2028, 2, 29));
    assertThat(r.occurrencesWithin(month(2026, 3))).containsExactly(date(2026, 3, 30));
  }

  @Test
  void theThirtyFirstFallsOnEveryMonthsLastDay() {
    List<LocalDate> dates =
        Recurrence.monthlyOnDay(31).occurrencesWithin(DateRange.ofYear(Year.of(2026)));

    assertThat(dates).hasSize(12);
    for (LocalDate d : dates) {
      assertThat(d).isEqualTo(YearMonth.from(d).atEndOfMonth());
    }
    assertThat(dates)
        .contains(date(2026, 2, 28), date(2026, 4, 30), date(2026, 6, 30), date(2026, 12, 31));
  }

  @Test
  void monthlyOccurrencesOverAYearCountTwelve() {
    for (int day : new int[] {1, 15, 28, 29, 30, 31}) {
      assertThat(Recurrence.monthlyOnDay(day).occurrencesWithin(DateRange.ofYear(Year.of(2026))))
          .as("day %d", day)
          .hasSize(12)
          .isSorted()
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void monthlyOccurrencesRespectTheRangeEnds() {
    Recurrence r = Recurrence.monthlyOnDay(15);

    assertThat(r.occurrencesWithin(DateRange.of(date(2026, 1, 15), date(2026, 3, 15))))
        .containsExactly(date(2026, 1, 15), date(2026, 2, 15), date(2026, 3, 15));
    assertThat(r.occurrencesWithin(DateRange.of(date(2026, 1, 16), date(2026, 3, 14))))
        .containsExactly(date(2026, 2, 15));
    assertThat(r.occurrencesWithin(DateRange.of(date(2026, 1, 16), date(2026, 2, 14)))).isEmpty();
    assertThat(r.occurrencesWithin(DateRange.of(date(2026, 12, 1), date(2027, 1, 31))))
        .containsExactly(date(2026, 12, 15), date(2027, 1, 15));
  }

  @Test
  void monthlyOccurrenceOnTheLastDayOfAShortMonthIsInsideARangeEndingThen() {
    DateRange untilEndOfFebruary = DateRange.of(date(2026, 2, 20), date(2026, 2, 28));

    assertThat(Recurrence.monthlyOnDay(31).occurrencesWithin(untilEndOfFebruary))
        .containsExactly(date(2026, 2, 28));
    assertThat(
            Recurrence.monthlyOnDay(31)
                .occurrencesWithin(DateRange.of(date(2026, 2, 20), date(2026, 2, 27))))
        .isEmpty();
  }

  // --- weekly -----------------------------------------------------------------------------------

  @Test
  void weeklyKeepsItsDay() {
    Recurrence r = Recurrence.weeklyOn(DayOfWeek.MONDAY);

    assertThat(r.frequency()).isEqualTo(Frequency.WEEKLY);
    assertThat(r.dayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(r.dayOfMonth()).isZero();
    assertThat(r).hasToString("weekly on monday");
    assertThatThrownBy(() -> Recurrence.weeklyOn(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("day of week");
  }

  @Test
  void weeklyOccurrencesAreSevenDaysApartOnTheRightDay() {
    // 2026-08-01 is a Saturday
    List<LocalDate> mondays =
        Recurrence.weeklyOn(DayOfWeek.MONDAY).occurrencesWithin(month(2026, 8));

    assertThat(mondays)
        .containsExactly(
            date(2026, 8, 3),
            date(2026, 8, 10),
            date(2026, 8, 17),
            date(2026, 8, 24),
            date(2026, 8, 31));
  }

  @Test
  void weeklyOccurrencesIncludeBothRangeEnds() {
    // 2026-01-01 and 2026-01-15 are Thursdays
    assertThat(
            Recurrence.weeklyOn(DayOfWeek.THURSDAY)
                .occurrencesWithin(DateRange.of(date(2026, 1, 1), date(2026, 1, 15))))
        .containsExactly(date(2026, 1, 1), date(2026, 1, 8), date(2026, 1, 15));
    assertThat(
            Recurrence.weeklyOn(DayOfWeek.FRIDAY)
                .occurrencesWithin(DateRange.of(date(2026, 1, 1), date(2026, 1, 1))))
        .isEmpty();
  }

  @Test
  void weeklyOccurrencesOverAYearCount52Or53() {
    // 2026 starts on a Thursday (common year): only Thursdays occur 53 times.
    // 2028 starts on a Saturday (leap year): Saturdays and Sundays occur 53 times.
    for (DayOfWeek day : DayOfWeek.values()) {
      int in2026 = day == DayOfWeek.THURSDAY ? 53 : 52;
      int in2028 = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? 53 : 52;
      assertThat(Recurrence.weeklyOn(day).occurrencesWithin(DateRange.ofYear(Year.of(2026))))
          .as("%s in 2026", day)
          .hasSize(in2026)
          .allMatch(d -> d.getDayOfWeek() == day);
      assertThat(Recurrence.weeklyOn(day).occurrencesWithin(DateRange.ofYear(Year.of(2028))))
          .as("%s in 2028", day)
          .hasSize(in2028);
    }
  }

  @Test
  void occurrencesAreUnmodifiable() {
    List<LocalDate> dates = Recurrence.monthlyOnDay(1).occurrencesWithin(month(2026, 1));

    assertThatThrownBy(() -> dates.add(date(2026, 2, 1)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Recurrence.monthlyOnDay(1).occurrencesWithin(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("range");
  }

  @Test
  void atMostOneHundredThousandOccurrencesAreExpanded() {
    LocalDate start = date(2026, 1, 5); // a Monday
    Recurrence mondays = Recurrence.weeklyOn(DayOfWeek.MONDAY);

    assertThat(mondays.occurrencesWithin(DateRange.of(start, start.plusWeeks(99_999))))
        .hasSize(100_000);
    assertThatThrownBy(
            () -> mondays.occurrencesWithin(DateRange.of(start, start.plusWeeks(100_000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("range holds more than 100000 occurrences");
    assertThatThrownBy(() -> mondays.occurrencesWithin(DateRange.of(LocalDate.MIN, LocalDate.MAX)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 100000 occurrences");
  }

  /**
   * A range may end on {@link LocalDate#MAX}; expanding a recurrence over it must list the dates in
   * it, not fail while stepping past the last supported date.
   */
  @Test
  void occurrencesNearTheLastSupportedDate() {
    // LocalDate.MAX, +999999999-12-31, is a Friday
    DateRange lastTwoWeeks = DateRange.of(LocalDate.MAX.minusDays(13), LocalDate.MAX);

    assertThat(Recurrence.weeklyOn(DayOfWeek.FRIDAY).occurrencesWithin(lastTwoWeeks))
        .containsExactly(LocalDate.MAX.minusDays(7), LocalDate.MAX);
    assertThat(Recurrence.weeklyOn(DayOfWeek.MONDAY).occurrencesWithin(lastTwoWeeks))
        .containsExactly(LocalDate.MAX.minusDays(11), LocalDate.MAX.minusDays(4));
    assertThat(Recurrence.monthlyOnDay(31).occurrencesWithin(lastTwoWeeks))
        .containsExactly(LocalDate.MAX);
  }

  @Test
  void occurrencesNearTheFirstSupportedDate() {
    // LocalDate.MIN, -999999999-01-01, is a Monday
    DateRange firstTwoWeeks = DateRange.of(LocalDate.MIN, LocalDate.MIN.plusDays(13));

    assertThat(Recurrence.weeklyOn(DayOfWeek.MONDAY).occurrencesWithin(firstTwoWeeks))
        .containsExactly(LocalDate.MIN, LocalDate.MIN.plusDays(7));
    assertThat(Recurrence.monthlyOnDay(1).occurrencesWithin(firstTwoWeeks))
        .containsExactly(LocalDate.MIN);
  }

  // --- parse / equality -------------------------------------------------------------------------

  @Test
  void parseReadsBothFormsInAnyCase() {
    assertThat(Recurrence.parse("monthly on day 30")).isEqualTo(Recurrence.monthlyOnDay(30));
    assertThat(Recurrence.parse("Monthly On Day 1")).isEqualTo(Recurrence.monthlyOnDay(1));
    assertThat(Recurrence.parse("weekly on MONDAY"))
        .isEqualTo(Recurrence.weeklyOn(DayOfWeek.MONDAY));
    assertThat(Recurrence.parse(" Weekly on wednesday "))
        .isEqualTo(Recurrence.weeklyOn(DayOfWeek.WEDNESDAY));
  }

  @Test
  void parseOfToStringRoundTripsForEveryRecurrence() {
    for (int day = 1; day <= 31; day++) {
      Recurrence r = Recurrence.monthlyOnDay(day);
      assertThat(Recurrence.parse(r.toString())).isEqualTo(r);
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      Recurrence r = Recurrence.weeklyOn(day);
      assertThat(Recurrence.parse(r.toString())).isEqualTo(r);
    }
  }

  @Test
  void parseRejectsOtherFormsShowingBothAllowedForms() {
    for (String bad :
        List.of(
            "monthly",
            "monthly on day",
            "monthly on 30",
            "weekly on mon",
            "weekly on funday",
            "daily",
            "every monday",
            "monthly on day 100",
            "")) {
      assertThatThrownBy(() -> Recurrence.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "recurrence must look like 'monthly on day 30' or 'weekly on monday'")
          .hasMessageContaining("but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Recurrence.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  @Test
  void parseRejectsADayOutOfRangeNamingTheDay() {
    assertThatThrownBy(() -> Recurrence.parse("monthly on day 32"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("day of month must be between 1 and 31, but was 32");
    assertThatThrownBy(() -> Recurrence.parse("monthly on day 0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("but was 0");
  }

  @Test
  void equality() {
    assertThat(Recurrence.monthlyOnDay(30))
        .isEqualTo(Recurrence.parse("monthly on day 30"))
        .hasSameHashCodeAs(Recurrence.parse("monthly on day 30"));
    assertThat(Recurrence.monthlyOnDay(30)).isNotEqualTo(Recurrence.monthlyOnDay(31));
    assertThat(Recurrence.weeklyOn(DayOfWeek.MONDAY))
        .isNotEqualTo(Recurrence.weeklyOn(DayOfWeek.TUESDAY));
    assertThat(Recurrence.weeklyOn(DayOfWeek.MONDAY)).isNotEqualTo(Recurrence.monthlyOnDay(1));
    assertThat(Recurrence.monthlyOnDay(1)).isNotEqualTo("monthly on day 1");
  }
}
