package dev.northstar.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuarterTest {

  @Test
  void ofKeepsYearAndQuarter() {
    Quarter q3 = Quarter.of(2026, 3);

    assertThat(q3.year()).isEqualTo(2026);
    assertThat(q3.quarter()).isEqualTo(3);
  }

  @Test
  void ofRejectsQuarterOutsideOneToFour() {
    for (int bad : new int[] {0, 5, -1}) {
      assertThatThrownBy(() -> Quarter.of(2026, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("quarter must be between 1 and 4, but was " + bad);
    }
  }

  @Test
  void ofAcceptsTheWholeYearRangeOfJavaTime() {
    assertThat(Quarter.of(Year.MAX_VALUE, 4).lastDay()).isEqualTo(LocalDate.MAX);
    assertThat(Quarter.of(Year.MIN_VALUE, 1).firstDay()).isEqualTo(LocalDate.MIN);
    assertThatThrownBy(() -> Quarter.of(Year.MAX_VALUE + 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year must be between -999999999 and 999999999, but was 1000000000");
    assertThatThrownBy(() -> Quarter.of(Integer.MIN_VALUE, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("year must be between")
        .hasMessageContaining("but was " + Integer.MIN_VALUE);
  }

  @Test
  void fromPlacesEveryMonthInItsQuarter() {
    int[] expected = {1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4};
    for (int month = 1; month <= 12; month++) {
      assertThat(Quarter.from(LocalDate.of(2026, month, 1)))
          .as("month %d", month)
          .isEqualTo(Quarter.of(2026, expected[month - 1]));
      LocalDate lastDay = LocalDate.of(2026, month, 1).withDayOfMonth(1).plusMonths(1).minusDays(1);
      assertThat(Quarter.from(lastDay)).isEqualTo(Quarter.of(2026, expected[month - 1]));
    }
    assertThatThrownBy(() -> Quarter.from(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void firstAndLastDays() {
    assertThat(Quarter.of(2026, 1).firstDay()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(Quarter.of(2026, 1).lastDay()).isEqualTo(LocalDate.of(2026, 3, 31));
    assertThat(Quarter.of(2026, 2).firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(Quarter.of(2026, 2).lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(Quarter.of(2026, 3).firstDay()).isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(Quarter.of(2026, 3).lastDay()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(Quarter.of(2026, 4).firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Quarter.of(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
  }

  @Test
  void toDateRangeRunsFromFirstToLastDay() {
    Quarter q = Quarter.of(2028, 1);

    assertThat(q.toDateRange()).isEqualTo(DateRange.of(q.firstDay(), q.lastDay()));
    assertThat(q.toDateRange().lengthInDays()).isEqualTo(91);
  }

  @Test
  void containsOnlyItsOwnDates() {
    Quarter q3 = Quarter.of(2026, 3);

    assertThat(q3.contains(LocalDate.of(2026, 6, 30))).isFalse();
    assertThat(q3.contains(LocalDate.of(2026, 7, 1))).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 9, 30))).isTrue();
    assertThat(q3.contains(LocalDate.of(2026, 10, 1))).isFalse();
    assertThat(q3.contains(LocalDate.of(2027, 8, 1))).isFalse();
  }

  // --- parse / toString -------------------------------------------------------------------------

  @Test
  void toStringIsYearDashQuarter() {
    assertThat(Quarter.of(2026, 3)).hasToString("2026-Q3");
    assertThat(Quarter.of(17, 1)).hasToString("0017-Q1");
    assertThat(Quarter.of(0, 2)).hasToString("0000-Q2");
    assertThat(Quarter.of(-1, 4)).hasToString("-0001-Q4");
    assertThat(Quarter.of(10_000, 1)).hasToString("10000-Q1");
  }

  @Test
  void parseReadsTheCanonicalForm() {
    assertThat(Quarter.parse("2026-Q3")).isEqualTo(Quarter.of(2026, 3));
    assertThat(Quarter.parse("0017-Q1")).isEqualTo(Quarter.of(17, 1));
    assertThat(Quarter.parse("-0001-Q4")).isEqualTo(Quarter.of(-1, 4));
    assertThat(Quarter.parse("10000-Q1")).isEqualTo(Quarter.of(10_000, 1));
  }

  @Test
  void parseOfToStringRoundTripsAtTheEdges() {
    for (Quarter q :
        List.of(
            Quarter.of(2026, 3),
            Quarter.of(0, 1),
            Quarter.of(-1, 4),
            Quarter.of(9999, 4),
            Quarter.of(10_000, 1),
            Quarter.of(-10_000, 2),
            Quarter.of(Year.MAX_VALUE, 4),
            Quarter.of(Year.MIN_VALUE, 1))) {
      assertThat(Quarter.parse(q.toString())).as("%s", q).isEqualTo(q);
    }
  }

  @Test
  void parseRejectsOtherFormsShowingAnExampleAndTheInput() {
    for (String bad :
        List.of("2026-Q5", "2026-Q0", "2026Q3", "Q3-2026", "26-Q3", "", "1000000000-Q1")) {
      assertThatThrownBy(() -> Quarter.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("quarter must look like 2026-Q3")
          .hasMessageContaining("but was '" + bad + "'");
    }
    assertThatThrownBy(() -> Quarter.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  // --- plusQuarters -----------------------------------------------------------------------------

  @Test
  void plusQuartersWithinAYear() {
    assertThat(Quarter.of(2026, 1).plusQuarters(0)).isEqualTo(Quarter.of(2026, 1));
    assertThat(Quarter.of(2026, 1).plusQuarters(1)).isEqualTo(Quarter.of(2026, 2));
    assertThat(Quarter.of(2026, 1).plusQuarters(3)).isEqualTo(Quarter.of(2026, 4));
  }

  @Test
  void plusQuartersAcrossYears() {
    assertThat(Quarter.of(2026, 4).plusQuarters(1)).isEqualTo(Quarter.of(2027, 1));
    assertThat(Quarter.of(2026, 3).plusQuarters(4)).isEqualTo(Quarter.of(2027, 3));
    assertThat(Quarter.of(2026, 3).plusQuarters(10)).isEqualTo(Quarter.of(2029, 1));
  }

  @Test
  void plusQuartersNegative() {
    assertThat(Quarter.of(2026, 1).plusQuarters(-1)).isEqualTo(Quarter.of(2025, 4));
    assertThat(Quarter.of(2026, 3).plusQuarters(-4)).isEqualTo(Quarter.of(2025, 3));
    assertThat(Quarter.of(2026, 2).plusQuarters(-9)).isEqualTo(Quarter.of(2024, 1));
    assertThat(Quarter.of(0, 1).plusQuarters(-1)).isEqualTo(Quarter.of(-1, 4));
    assertThat(Quarter.of(-1, 4).plusQuarters(1)).isEqualTo(Quarter.of(0, 1));
  }

  @Test
  void plusQuartersPastYear9999GivesAFiveDigitYearThatStillRoundTrips() {
    Quarter next = Quarter.of(9999, 4).plusQuarters(1);

    assertThat(next).isEqualTo(Quarter.of(10_000, 1));
    assertThat(next).hasToString("10000-Q1");
    assertThat(Quarter.parse(next.toString())).isEqualTo(next);
    assertThat(next.plusQuarters(-1)).hasToString("9999-Q4");
    assertThat(next.firstDay()).isEqualTo(LocalDate.of(10_000, 1, 1));
  }

  @Test
  void plusQuartersBeyondTheYearRangeThrowsDateTimeException() {
    Quarter last = Quarter.of(Year.MAX_VALUE, 4);
    Quarter first = Quarter.of(Year.MIN_VALUE, 1);

    assertThat(last.plusQuarters(-1)).isEqualTo(Quarter.of(Year.MAX_VALUE, 3));
    assertThatThrownBy(() -> last.plusQuarters(1))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("year out of range")
        .hasMessageContaining("999999999-Q4");
    assertThatThrownBy(() -> first.plusQuarters(-1)).isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> Quarter.of(2026, 1).plusQuarters(Long.MIN_VALUE))
        .isInstanceOf(DateTimeException.class);
  }

  /**
   * The Javadoc promises a {@link DateTimeException} when the year goes out of range; a huge
   * positive count must not leak an {@link ArithmeticException} from the index arithmetic.
   */
  @Test
  void plusQuartersWithLongMaxValueThrowsDateTimeException() {
    assertThatThrownBy(() -> Quarter.of(2026, 1).plusQuarters(Long.MAX_VALUE))
        .isInstanceOf(DateTimeException.class);
  }

  // --- equality and order -----------------------------------------------------------------------

  @Test
  void equalityAndHashCode() {
    assertThat(Quarter.of(2026, 3)).isEqualTo(Quarter.parse("2026-Q3"));
    assertThat(Quarter.of(2026, 3)).hasSameHashCodeAs(Quarter.parse("2026-Q3"));
    assertThat(Quarter.of(2026, 3)).isNotEqualTo(Quarter.of(2026, 4));
    assertThat(Quarter.of(2026, 3)).isNotEqualTo(Quarter.of(2027, 3));
    assertThat(Quarter.of(2026, 3)).isNotEqualTo("2026-Q3");
  }

  @Test
  void ordersByYearThenQuarter() {
    List<Quarter> quarters =
        new ArrayList<>(
            List.of(
                Quarter.of(2027, 1), Quarter.of(2026, 4), Quarter.of(-1, 4), Quarter.of(2026, 1)));

    Collections.sort(quarters);

    assertThat(quarters)
        .containsExactly(
            Quarter.of(-1, 4), Quarter.of(2026, 1), Quarter.of(2026, 4), Quarter.of(2027, 1));
  }

  @Test
  void plusQuartersMayReachTheFirstAndLastSupportedYears() {
    Quarter first = Quarter.of(Year.MIN_VALUE, 1);
    Quarter last = Quarter.of(Year.MAX_VALUE, 4);

    assertThat(first.plusQuarters(1)).isEqualTo(Quarter.of(Year.MIN_VALUE, 2));
    assertThat(Quarter.of(Year.MIN_VALUE, 4).plusQuarters(-3)).isEqualTo(first);
    assertThat(Quarter.of(Year.MIN_VALUE + 1, 1).plusQuarters(-4)).isEqualTo(first);
    assertThat(Quarter.of(Year.MAX_VALUE - 1, 4).plusQuarters(4)).isEqualTo(last);
    assertThat(first.plusQuarters(0)).isEqualTo(first);
  }
}
