package dev.northstar.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateRangeTest {

  private static final LocalDate JAN_15 = LocalDate.of(2026, 1, 15);

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  // --- of ---------------------------------------------------------------------------------------

  @Test
  void ofKeepsBothEndsInclusive() {
    DateRange range = DateRange.of(date(2026, 7, 1), date(2026, 9, 30));

    assertThat(range.start()).isEqualTo(date(2026, 7, 1));
    assertThat(range.end()).isEqualTo(date(2026, 9, 30));
    assertThat(range.contains(date(2026, 7, 1))).isTrue();
    assertThat(range.contains(date(2026, 9, 30))).isTrue();
  }

  @Test
  void singleDayRangeIsAllowedAndOneDayLong() {
    DateRange day = DateRange.of(JAN_15, JAN_15);

    assertThat(day.lengthInDays()).isEqualTo(1);
    assertThat(day.contains(JAN_15)).isTrue();
    assertThat(day.contains(JAN_15.plusDays(1))).isFalse();
    assertThat(day.contains(JAN_15.minusDays(1))).isFalse();
  }

  @Test
  void endBeforeStartIsRejectedNamingBothDates() {
    assertThatThrownBy(() -> DateRange.of(date(2026, 9, 30), date(2026, 7, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must not be before start")
        .hasMessageContaining("2026-07-01")
        .hasMessageContaining("2026-09-30");
  }

  @Test
  void endOneDayBeforeStartIsRejected() {
    assertThatThrownBy(() -> DateRange.of(JAN_15, JAN_15.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end was 2026-01-14")
        .hasMessageContaining("start 2026-01-15");
  }

  @Test
  void nullEndsAreRejectedNamingTheField() {
    assertThatThrownBy(() -> DateRange.of(null, JAN_15))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.of(JAN_15, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("end");
  }

  @Test
  void withStartAndWithEndRevalidate() {
    DateRange q3 = DateRange.of(date(2026, 7, 1), date(2026, 9, 30));

    assertThat(q3.withStart(date(2026, 8, 1))).isEqualTo(DateRange.parse("2026-08-01/2026-09-30"));
    assertThat(q3.withEnd(date(2026, 7, 31))).isEqualTo(DateRange.parse("2026-07-01/2026-07-31"));
    assertThatThrownBy(() -> q3.withStart(date(2026, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-10-01")
        .hasMessageContaining("2026-09-30");
    assertThatThrownBy(() -> q3.withEnd(date(2026, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-06-30")
        .hasMessageContaining("2026-07-01");
  }

  // --- parse / toString -------------------------------------------------------------------------

  @Test
  void toStringIsTheIsoIntervalForm() {
    assertThat(DateRange.of(date(2026, 7, 1), date(2026, 9, 30)))
        .hasToString("2026-07-01/2026-09-30");
  }

  @Test
  void parseReadsTheIsoIntervalForm() {
    DateRange parsed = DateRange.parse("2026-07-01/2026-09-30");

    assertThat(parsed.start()).isEqualTo(date(2026, 7, 1));
    assertThat(parsed.end()).isEqualTo(date(2026, 9, 30));
  }

  @Test
  void parseOfToStringRoundTrips() {
    for (DateRange range :
        List.of(
            DateRange.of(JAN_15, JAN_15),
            DateRange.ofYear(Year.of(2028)),
            DateRange.of(date(-5, 2, 28), date(12_345, 12, 31)),
            DateRange.of(LocalDate.MIN, LocalDate.MAX))) {
      assertThat(DateRange.parse(range.toString())).isEqualTo(range);
    }
  }

  @Test
  void parseRejectsEndBeforeStartNamingBothDates() {
    assertThatThrownBy(() -> DateRange.parse("2026-09-30/2026-07-01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("end must not be before start")
        .hasMessageContaining("2026-09-30")
        .hasMessageContaining("2026-07-01");
  }

  @Test
  void parseRejectsTextWithoutExactlyOneSlashShowingTheAllowedForm() {
    for (String bad : List.of("2026-07-01", "2026-07-01/2026-08-01/2026-09-01", "", "/")) {
      assertThatThrownBy(() -> DateRange.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two ISO dates joined by '/'")
          .hasMessageContaining("2026-07-01/2026-09-30")
          .hasMessageContaining("but was '" + bad + "'");
    }
  }

  @Test
  void parseRejectsInvalidDatesShowingTheInput() {
    for (String bad :
        List.of(
            "2026-02-30/2026-03-01",
            "2026-7-1/2026-09-30",
            "2026-07-01 / 2026-09-30",
            "Q3/2026-09-30")) {
      assertThatThrownBy(() -> DateRange.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("two ISO dates joined by '/'")
          .hasMessageContaining(bad);
    }
  }

  @Test
  void parseOfHostileTextKeepsTheMessageShort() {
    String hostile = "9".repeat(100_000) + "/2026-01-01";

    assertThatThrownBy(() -> DateRange.parse(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two ISO dates joined by '/'")
        .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(500));
  }

  @Test
  void parseRejectsNull() {
    assertThatThrownBy(() -> DateRange.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("text");
  }

  // --- ofQuarter / ofMonth / ofYear -------------------------------------------------------------

  @Test
  void ofQuarterCoversTheQuarter() {
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 1))).hasToString("2026-01-01/2026-03-31");
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 2))).hasToString("2026-04-01/2026-06-30");
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 3))).hasToString("2026-07-01/2026-09-30");
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 4))).hasToString("2026-10-01/2026-12-31");
  }

  @Test
  void quarterLengthsDependOnLeapYears() {
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 1)).lengthInDays()).isEqualTo(31 + 28 + 31);
    assertThat(DateRange.ofQuarter(Quarter.of(2028, 1)).lengthInDays()).isEqualTo(31 + 29 + 31);
    assertThat(DateRange.ofQuarter(Quarter.of(2026, 3)).lengthInDays()).isEqualTo(31 + 31 + 30);
  }

  @Test
  void ofMonthCoversTheMonthIncludingLeapFebruary() {
    assertThat(DateRange.ofMonth(YearMonth.of(2026, 2))).hasToString("2026-02-01/2026-02-28");
    assertThat(DateRange.ofMonth(YearMonth.of(2028, 2))).hasToString("2028-02-01/2028-02-29");
    assertThat(DateRange.ofMonth(YearMonth.of(2100, 2))).hasToString("2100-02-01/2100-02-28");
    assertThat(DateRange.ofMonth(YearMonth.of(2000, 2))).hasToString("2000-02-01/2000-02-29");
    assertThat(DateRange.ofMonth(YearMonth.of(2026, 4)).lengthInDays()).isEqualTo(30);
    assertThat(DateRange.ofMonth(YearMonth.of(2026, 12))).hasToString("2026-12-01/2026-12-31");
  }

  @Test
  void ofYearCoversTheYear() {
    assertThat(DateRange.ofYear(Year.of(2026))).hasToString("2026-01-01/2026-12-31");
    assertThat(DateRange.ofYear(Year.of(2026)).lengthInDays()).isEqualTo(365);
    assertThat(DateRange.ofYear(Year.of(2028)).lengthInDays()).isEqualTo(366);
    assertThat(DateRange.ofYear(Year.of(1900)).lengthInDays()).isEqualTo(365);
    assertThat(DateRange.ofYear(Year.of(2000)).lengthInDays()).isEqualTo(366);
  }

  @Test
  void factoriesRejectNullNamingTheField() {
    assertThatThrownBy(() -> DateRange.ofQuarter(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("quarter");
    assertThatThrownBy(() -> DateRange.ofMonth(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("month");
    assertThatThrownBy(() -> DateRange.ofYear(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("year");
    assertThatThrownBy(() -> DateRange.withinMonthsFrom(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("start");
    assertThatThrownBy(() -> DateRange.withinDaysFrom(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("start");
  }

  // --- withinMonthsFrom / withinDaysFrom --------------------------------------------------------

  @Test
  void sixMonthsFromFifteenthOfJanuaryEndsOnFourteenthOfJuly() {
    DateRange sixMonths = DateRange.withinMonthsFrom(JAN_15, 6);

    assertThat(sixMonths).hasToString("2026-01-15/2026-07-14");
    // 17 days of January, then February to June, then 14 days of July
    assertThat(sixMonths.lengthInDays()).isEqualTo(17 + 28 + 31 + 30 + 31 + 30 + 14);
  }

  @Test
  void monthsFromTheFirstOfAMonthEndOnTheLastDayOfAMonth() {
    assertThat(DateRange.withinMonthsFrom(date(2026, 1, 1), 1))
        .hasToString("2026-01-01/2026-01-31");
    assertThat(DateRange.withinMonthsFrom(date(2026, 2, 1), 1))
        .hasToString("2026-02-01/2026-02-28");
    assertThat(DateRange.withinMonthsFrom(date(2028, 2, 1), 1))
        .hasToString("2028-02-01/2028-02-29");
    assertThat(DateRange.withinMonthsFrom(date(2026, 1, 1), 12))
        .isEqualTo(DateRange.ofYear(Year.of(2026)));
    assertThat(DateRange.withinMonthsFrom(date(2026, 7, 1), 3))
        .isEqualTo(DateRange.ofQuarter(Quarter.of(2026, 3)));
  }

  @Test
  void oneMonthFromMidFebruaryCrossesIntoMarch() {
    assertThat(DateRange.withinMonthsFrom(date(2026, 2, 15), 1))
        .hasToString("2026-02-15/2026-03-14");
    assertThat(DateRange.withinMonthsFrom(date(2026, 12, 15), 1))
        .hasToString("2026-12-15/2027-01-14");
  }

  /**
   * "Within one month from 31 January": the same day a month later does not exist, so the day
   * before it is the last day of February. The range must not stop on 27 February, which would make
   * it end on the same day as the range from 28 January and leave out February's last day.
   */
  @Test
  void oneMonthFromThirtyFirstOfJanuaryEndsOnTheLastDayOfFebruary() {
    assertThat(DateRange.withinMonthsFrom(date(2026, 1, 31), 1))
        .hasToString("2026-01-31/2026-02-28");
    assertThat(DateRange.withinMonthsFrom(date(2028, 1, 31), 1))
        .hasToString("2028-01-31/2028-02-29");
  }

  /** One month from the last day of March must still include the last day of April. */
  @Test
  void oneMonthFromThirtyFirstOfMarchEndsOnThirtiethOfApril() {
    assertThat(DateRange.withinMonthsFrom(date(2026, 3, 31), 1))
        .hasToString("2026-03-31/2026-04-30");
    assertThat(DateRange.withinMonthsFrom(date(2026, 8, 31), 6))
        .hasToString("2026-08-31/2027-02-28");
  }

  @Test
  void monthsFromTwentyEighthOfJanuaryAreUnaffectedByShortMonths() {
    assertThat(DateRange.withinMonthsFrom(date(2026, 1, 28), 1))
        .hasToString("2026-01-28/2026-02-27");
    assertThat(DateRange.withinMonthsFrom(date(2028, 1, 29), 1))
        .hasToString("2028-01-29/2028-02-28");
  }

  @Test
  void withinMonthsFromAcceptsOneTo1200Months() {
    assertThat(DateRange.withinMonthsFrom(JAN_15, 1200)).hasToString("2026-01-15/2126-01-14");
    for (int bad : new int[] {0, -1, 1201, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> DateRange.withinMonthsFrom(JAN_15, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("months must be between 1 and 1200, but was " + bad);
    }
  }

  @Test
  void withinDaysFromCountsTheStartAsTheFirstDay() {
    assertThat(DateRange.withinDaysFrom(JAN_15, 1)).isEqualTo(DateRange.of(JAN_15, JAN_15));
    assertThat(DateRange.withinDaysFrom(date(2026, 8, 1), 31)).hasToString("2026-08-01/2026-08-31");
    assertThat(DateRange.withinDaysFrom(date(2028, 2, 1), 30)).hasToString("2028-02-01/2028-03-01");
    assertThat(DateRange.withinDaysFrom(date(2026, 2, 1), 30)).hasToString("2026-02-01/2026-03-02");
    assertThat(DateRange.withinDaysFrom(date(2026, 12, 31), 2))
        .hasToString("2026-12-31/2027-01-01");
  }

  @Test
  void withinDaysFromHasTheRequestedLength() {
    for (int days : new int[] {1, 2, 7, 30, 90, 365, 366, 36_600}) {
      assertThat(DateRange.withinDaysFrom(date(2028, 2, 29), days).lengthInDays()).isEqualTo(days);
    }
  }

  @Test
  void withinDaysFromAcceptsOneTo36600Days() {
    for (int bad : new int[] {0, -30, 36_601}) {
      assertThatThrownBy(() -> DateRange.withinDaysFrom(JAN_15, bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("days must be between 1 and 36600, but was " + bad);
    }
  }

  // --- contains / encloses / overlaps / length --------------------------------------------------

  @Test
  void containsIncludesBothEndsOnly() {
    DateRange august = DateRange.ofMonth(YearMonth.of(2026, Month.AUGUST));

    assertThat(august.contains(date(2026, 7, 31))).isFalse();
    assertThat(august.contains(date(2026, 8, 1))).isTrue();
    assertThat(august.contains(date(2026, 8, 15))).isTrue();
    assertThat(august.contains(date(2026, 8, 31))).isTrue();
    assertThat(august.contains(date(2026, 9, 1))).isFalse();
    assertThatThrownBy(() -> august.contains(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("date");
  }

  @Test
  void enclosesRequiresBothEndsInside() {
    DateRange q3 = DateRange.ofQuarter(Quarter.of(2026, 3));

    assertThat(q3.encloses(q3)).isTrue();
    assertThat(q3.encloses(DateRange.ofMonth(YearMonth.of(2026, 7)))).isTrue();
    assertThat(q3.encloses(DateRange.ofMonth(YearMonth.of(2026, 9)))).isTrue();
    assertThat(q3.encloses(DateRange.of(date(2026, 6, 30), date(2026, 7, 31)))).isFalse();
    assertThat(q3.encloses(DateRange.of(date(2026, 9, 1), date(2026, 10, 1)))).isFalse();
    assertThat(DateRange.ofMonth(YearMonth.of(2026, 7)).encloses(q3)).isFalse();
    assertThatThrownBy(() -> q3.encloses(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
  }

  @Test
  void overlapsWhenSharingAtLeastOneDay() {
    DateRange july = DateRange.ofMonth(YearMonth.of(2026, 7));
    DateRange august = DateRange.ofMonth(YearMonth.of(2026, 8));
    DateRange lastOfJuly = DateRange.of(date(2026, 7, 31), date(2026, 8, 10));

    assertThat(july.overlaps(august)).isFalse();
    assertThat(august.overlaps(july)).isFalse();
    assertThat(july.overlaps(lastOfJuly)).isTrue();
    assertThat(lastOfJuly.overlaps(july)).isTrue();
    assertThat(august.overlaps(lastOfJuly)).isTrue();
    assertThat(july.overlaps(DateRange.ofYear(Year.of(2026)))).isTrue();
    assertThat(DateRange.ofYear(Year.of(2026)).overlaps(july)).isTrue();
    assertThat(july.overlaps(DateRange.ofMonth(YearMonth.of(2027, 7)))).isFalse();
    assertThatThrownBy(() -> july.overlaps(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("other");
  }

  @Test
  void lengthInDaysCountsBothEnds() {
    assertThat(DateRange.of(date(2026, 8, 5), date(2026, 9, 1)).lengthInDays()).isEqualTo(28);
    assertThat(DateRange.of(date(2027, 12, 31), date(2028, 3, 1)).lengthInDays())
        .isEqualTo(1 + 31 + 29 + 1);
    assertThat(DateRange.of(date(2026, 12, 31), date(2027, 3, 1)).lengthInDays())
        .isEqualTo(1 + 31 + 28 + 1);
  }

  // --- equality and order -----------------------------------------------------------------------

  @Test
  void equalityIsByBothEnds() {
    DateRange a = DateRange.of(date(2026, 7, 1), date(2026, 9, 30));
    DateRange b = DateRange.parse("2026-07-01/2026-09-30");

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withEnd(date(2026, 9, 29)));
    assertThat(a).isNotEqualTo(a.withStart(date(2026, 7, 2)));
    assertThat(a).isNotEqualTo("2026-07-01/2026-09-30");
  }

  @Test
  void ordersByStartThenEnd() {
    DateRange a = DateRange.of(date(2026, 1, 1), date(2026, 1, 31));
    DateRange b = DateRange.of(date(2026, 1, 1), date(2026, 12, 31));
    DateRange c = DateRange.of(date(2026, 2, 1), date(2026, 2, 2));
    List<DateRange> ranges = new ArrayList<>(List.of(c, b, a));

    Collections.sort(ranges);

    assertThat(ranges).containsExactly(a, b, c);
    assertThat(a.compareTo(DateRange.parse("2026-01-01/2026-01-31"))).isZero();
  }

  @Test
  void parseReportsAMissingStartOrEndAsAnInvalidDateWithTheParsersReason() {
    for (String bad : List.of("/2026-09-30", "2026-07-01/")) {
      assertThatThrownBy(() -> DateRange.parse(bad))
          .as("parse(%s)", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasCauseInstanceOf(DateTimeParseException.class)
          .satisfies(
              e ->
                  assertThat(e.getMessage())
                      .isEqualTo(
                          "date range must be two ISO dates joined by '/', such as"
                              + " 2026-07-01/2026-09-30, but was '"
                              + bad
                              + "': "
                              + e.getCause().getMessage()));
    }
  }
}
