package dev.northstar.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.CoreGens;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimePropertiesTest {

  private static long index(Quarter q) {
    return q.year() * 4L + (q.quarter() - 1);
  }

  // --- DateRange --------------------------------------------------------------------------------

  @Test
  void dateRangeParseInvertsToString() {
    Property.named("DateRange.parse(r.toString()) equals r")
        .forAll(
            CoreGens.dateRanges(),
            r -> {
              DateRange parsed = DateRange.parse(r.toString());
              assertThat(parsed).isEqualTo(r).hasSameHashCodeAs(r);
              assertThat(parsed.toString()).isEqualTo(r.toString());
            });
  }

  @Test
  void dateRangeContainsItsEndsAndCountsItsDays() {
    Property.named("a range contains both ends, not the days around them, and counts both ends")
        .forAll(
            CoreGens.dateRanges(),
            r -> {
              assertThat(r.contains(r.start())).isTrue();
              assertThat(r.contains(r.end())).isTrue();
              if (!r.start().equals(LocalDate.MIN)) {
                assertThat(r.contains(r.start().minusDays(1))).isFalse();
              }
              if (!r.end().equals(LocalDate.MAX)) {
                assertThat(r.contains(r.end().plusDays(1))).isFalse();
              }
              assertThat(r.lengthInDays())
                  .isEqualTo(r.end().toEpochDay() - r.start().toEpochDay() + 1);
              assertThat(r.encloses(r)).isTrue();
              assertThat(r.overlaps(r)).isTrue();
            });
  }

  @Test
  void enclosesAndOverlapsAgreeWithTheirDefinitions() {
    Property.named("encloses = both ends contained; overlaps = a common day; both consistent")
        .forAll(
            CoreGens.typicalDateRanges(),
            CoreGens.typicalDateRanges(),
            (a, b) -> {
              boolean commonDay = !(a.end().isBefore(b.start()) || b.end().isBefore(a.start()));
              assertThat(a.overlaps(b)).isEqualTo(commonDay);
              assertThat(b.overlaps(a)).isEqualTo(commonDay);
              assertThat(a.encloses(b)).isEqualTo(a.contains(b.start()) && a.contains(b.end()));
              if (a.encloses(b)) {
                assertThat(a.overlaps(b)).isTrue();
                assertThat(a.lengthInDays()).isGreaterThanOrEqualTo(b.lengthInDays());
              }
              if (a.encloses(b) && b.encloses(a)) {
                assertThat(a).isEqualTo(b);
              }
              assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
              assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
            });
  }

  @Test
  void subRangesAreEnclosed() {
    Property.named("a range encloses every range between its ends")
        .forAll(
            CoreGens.dateRanges()
                .flatMap(outer -> CoreGens.subRanges(outer).map(inner -> List.of(outer, inner))),
            pair -> {
              assertThat(pair.get(0).encloses(pair.get(1))).isTrue();
              assertThat(pair.get(0).overlaps(pair.get(1))).isTrue();
            });
  }

  @Test
  void withinDaysFromHasTheRequestedLength() {
    Property.named("withinDaysFrom(start, n) starts on start and is n days long")
        .forAll(
            CoreGens.typicalDates(),
            Gens.ints(1, 36_600),
            (start, days) -> {
              DateRange r = DateRange.withinDaysFrom(start, days);
              assertThat(r.start()).isEqualTo(start);
              assertThat(r.lengthInDays()).isEqualTo(days.longValue());
            });
  }

  @Test
  void withinMonthsFromAnUnambiguousDayEndsTheDayBeforeTheSameDayLater() {
    Property.named("withinMonthsFrom(start, n) ends the day before start + n months (days 1-28)")
        .forAll(
            CoreGens.typicalDates().map(d -> d.withDayOfMonth(Math.min(d.getDayOfMonth(), 28))),
            Gens.ints(1, 1200),
            (start, months) -> {
              DateRange r = DateRange.withinMonthsFrom(start, months);
              assertThat(r.start()).isEqualTo(start);
              assertThat(r.end().plusDays(1)).isEqualTo(start.plusMonths(months));
              assertThat(ChronoUnit.MONTHS.between(start, r.end().plusDays(1)))
                  .isEqualTo(months.longValue());
            });
  }

  /**
   * For every start, "within N months" ends on the day before the same day N months later; when
   * that month is too short to have the start's day, the day before it is the month's last day.
   */
  @Test
  void withinMonthsFromEndsOnTheDayBeforeTheSameDayOrOnTheLastDayOfAShortMonth() {
    Property.named("withinMonthsFrom(start, n) never leaves out the last day of a short month")
        .forAll(
            CoreGens.typicalDates(),
            Gens.ints(1, 1200),
            (start, months) -> {
              YearMonth target = YearMonth.from(start).plusMonths(months);
              int day = start.getDayOfMonth();
              LocalDate expectedEnd =
                  day <= target.lengthOfMonth()
                      ? target.atDay(day).minusDays(1)
                      : target.atEndOfMonth();
              assertThat(DateRange.withinMonthsFrom(start, months).end()).isEqualTo(expectedEnd);
            });
  }

  // --- Quarter ----------------------------------------------------------------------------------

  @Test
  void quarterParseInvertsToString() {
    Property.named("Quarter.parse(q.toString()) equals q")
        .forAll(
            CoreGens.quarters(),
            q -> {
              assertThat(Quarter.parse(q.toString())).isEqualTo(q).hasSameHashCodeAs(q);
              assertThat(q.toString()).matches("-?\\d{4,9}-Q[1-4]");
            });
  }

  @Test
  void plusQuartersAndBackIsTheIdentity() {
    Property.named("q.plusQuarters(n).plusQuarters(-n) equals q")
        .forAll(
            CoreGens.quarters(),
            CoreGens.quarters(),
            (a, b) -> {
              long n = index(b) - index(a);
              assertThat(a.plusQuarters(n)).isEqualTo(b);
              assertThat(b.plusQuarters(-n)).isEqualTo(a);
              assertThat(a.plusQuarters(n).plusQuarters(-n)).isEqualTo(a);
              assertThat(Long.signum(n)).isEqualTo(Integer.signum(b.compareTo(a)));
            });
  }

  @Test
  void plusQuartersMovesByThreeMonths() {
    Property.named("q.plusQuarters(n) starts 3n months after q")
        .forAll(
            CoreGens.typicalQuarters(),
            Gens.ints(-400, 400),
            (q, n) -> {
              assertThat(q.plusQuarters(n).firstDay()).isEqualTo(q.firstDay().plusMonths(3L * n));
              assertThat(q.plusQuarters(1).firstDay()).isEqualTo(q.lastDay().plusDays(1));
            });
  }

  @Test
  void theQuarterOfADateContainsIt() {
    Property.named("Quarter.from(date) contains date")
        .forAll(
            CoreGens.dates(),
            date -> {
              Quarter q = Quarter.from(date);
              assertThat(q.contains(date)).isTrue();
              assertThat(q.toDateRange().contains(date)).isTrue();
              assertThat(q.firstDay()).isBeforeOrEqualTo(date);
              assertThat(q.lastDay()).isAfterOrEqualTo(date);
              assertThat(q.year()).isEqualTo(date.getYear());
              assertThat(DateRange.ofQuarter(q)).isEqualTo(q.toDateRange());
            });
  }

  @Test
  void quartersTileTheYear() {
    Property.named("a quarter is 90 to 92 days and ends the day before the next starts")
        .forAll(
            CoreGens.typicalQuarters(),
            q -> {
              assertThat(q.toDateRange().lengthInDays()).isBetween(90L, 92L);
              assertThat(q.firstDay().getMonthValue()).isEqualTo(q.quarter() * 3 - 2);
              assertThat(q.lastDay().getMonthValue()).isEqualTo(q.quarter() * 3);
              assertThat(q.lastDay().plusDays(1)).isEqualTo(q.plusQuarters(1).firstDay());
            });
  }

  // --- RelativePeriod ---------------------------------------------------------------------------

  @Test
  void relativePeriodsResolveConsistently() {
    Property.named("this-periods contain the reference, next-periods follow them, clocks agree")
        .forAll(
            CoreGens.typicalDates(),
            date -> {
              Clock clock =
                  Clock.fixed(date.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
              for (RelativePeriod p : RelativePeriod.values()) {
                assertThat(p.resolve(clock)).as("%s", p).isEqualTo(p.resolve(date));
              }
              DateRange month = RelativePeriod.THIS_MONTH.resolve(date);
              DateRange quarter = RelativePeriod.THIS_QUARTER.resolve(date);
              DateRange year = RelativePeriod.THIS_YEAR.resolve(date);
              assertThat(month.contains(date)).isTrue();
              assertThat(quarter.encloses(month)).isTrue();
              assertThat(year.encloses(quarter)).isTrue();
              assertThat(quarter).isEqualTo(Quarter.from(date).toDateRange());
              assertThat(RelativePeriod.NEXT_MONTH.resolve(date).start())
                  .isEqualTo(month.end().plusDays(1));
              assertThat(RelativePeriod.NEXT_QUARTER.resolve(date).start())
                  .isEqualTo(quarter.end().plusDays(1));
              assertThat(RelativePeriod.NEXT_YEAR.resolve(date).start())
                  .isEqualTo(year.end().plusDays(1));
            });
  }
}
