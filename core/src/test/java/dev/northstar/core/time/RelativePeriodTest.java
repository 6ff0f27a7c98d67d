package dev.northstar.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelativePeriodTest {

  /** A Sunday in the fourth quarter, as in the Javadoc example. */
  private static final LocalDate NOV_22 = LocalDate.of(2026, 11, 22);

  @Test
  void everyConstantResolvesAgainstAFixedDate() {
    Map<RelativePeriod, String> expected = new EnumMap<>(RelativePeriod.class);
    expected.put(RelativePeriod.THIS_MONTH, "2026-11-01/2026-11-30");
    expected.put(RelativePeriod.NEXT_MONTH, "2026-12-01/2026-12-31");
    expected.put(RelativePeriod.THIS_QUARTER, "2026-10-01/2026-12-31");
    expected.put(RelativePeriod.NEXT_QUARTER, "2027-01-01/2027-03-31");
    expected.put(RelativePeriod.THIS_YEAR, "2026-01-01/2026-12-31");
    expected.put(RelativePeriod.NEXT_YEAR, "2027-01-01/2027-12-31");

    assertThat(expected).containsOnlyKeys(RelativePeriod.values());
    expected.forEach(
        (period, range) -> assertThat(period.resolve(NOV_22)).as("%s", period).hasToString(range));
  }

  @Test
  void everyConstantResolvesAtTheEndOfAYear() {
    LocalDate newYearsEve = LocalDate.of(2027, 12, 31);

    assertThat(RelativePeriod.THIS_MONTH.resolve(newYearsEve)).hasToString("2027-12-01/2027-12-31");
    assertThat(RelativePeriod.NEXT_MONTH.resolve(newYearsEve)).hasToString("2028-01-01/2028-01-31");
    assertThat(RelativePeriod.THIS_QUARTER.resolve(newYearsEve))
        .hasToString("2027-10-01/2027-12-31");
    assertThat(RelativePeriod.NEXT_QUARTER.resolve(newYearsEve))
        .hasToString("2028-01-01/2028-03-31");
    assertThat(RelativePeriod.THIS_YEAR.resolve(newYearsEve)).hasToString("2027-01-01/2027-12-31");
    assertThat(RelativePeriod.NEXT_YEAR.resolve(newYearsEve)).hasToString("2028-01-01/2028-12-31");
  }

  @Test
  void nextMonthFromJanuaryOfALeapYearIsA29DayFebruary() {
    DateRange february = RelativePeriod.NEXT_MONTH.resolve(LocalDate.of(2028, 1, 31));

    assertThat(february).hasToString("2028-02-01/2028-02-29");
  }

  @Test
  void thisPeriodsContainTheReferenceDate() {
    for (LocalDate reference :
        new LocalDate[] {
          NOV_22, LocalDate.of(2026, 1, 1), LocalDate.of(2028, 2, 29), LocalDate.of(2026, 12, 31)
        }) {
      assertThat(RelativePeriod.THIS_MONTH.resolve(reference).contains(reference)).isTrue();
      assertThat(RelativePeriod.THIS_QUARTER.resolve(reference).contains(reference)).isTrue();
      assertThat(RelativePeriod.THIS_YEAR.resolve(reference).contains(reference)).isTrue();
      assertThat(RelativePeriod.NEXT_MONTH.resolve(reference).start())
          .isEqualTo(RelativePeriod.THIS_MONTH.resolve(reference).end().plusDays(1));
      assertThat(RelativePeriod.NEXT_QUARTER.resolve(reference).start())
          .isEqualTo(RelativePeriod.THIS_QUARTER.resolve(reference).end().plusDays(1));
      assertThat(RelativePeriod.NEXT_YEAR.resolve(reference).start())
          .isEqualTo(RelativePeriod.THIS_YEAR.resolve(reference).end().plusDays(1));
    }
  }

  @Test
  void everyConstantResolvesAgainstAFixedClockLikeAgainstItsDate() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);

    for (RelativePeriod period : RelativePeriod.values()) {
      assertThat(period.resolve(clock)).as("%s", period).isEqualTo(period.resolve(NOV_22));
    }
    assertThat(RelativePeriod.NEXT_QUARTER.resolve(clock)).hasToString("2027-01-01/2027-03-31");
  }

  @Test
  void clockResolutionUsesTheClocksTimeZone() {
    Instant lateOnNewYearsEveInUtc = Instant.parse("2026-12-31T23:30:00Z");
    Clock utc = Clock.fixed(lateOnNewYearsEveInUtc, ZoneOffset.UTC);
    Clock auckland = Clock.fixed(lateOnNewYearsEveInUtc, ZoneId.of("Pacific/Auckland"));

    assertThat(RelativePeriod.THIS_YEAR.resolve(utc)).hasToString("2026-01-01/2026-12-31");
    assertThat(RelativePeriod.THIS_YEAR.resolve(auckland)).hasToString("2027-01-01/2027-12-31");
    assertThat(RelativePeriod.THIS_MONTH.resolve(auckland)).hasToString("2027-01-01/2027-01-31");
  }

  @Test
  void resolveRejectsNull() {
    assertThatThrownBy(() -> RelativePeriod.THIS_MONTH.resolve((LocalDate) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("reference");
    assertThatThrownBy(() -> RelativePeriod.THIS_MONTH.resolve((Clock) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("clock");
  }
}
