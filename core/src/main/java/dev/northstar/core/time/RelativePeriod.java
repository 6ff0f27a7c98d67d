package dev.northstar.core.time;

import dev.northstar.core.internal.Checks;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;

/**
 * A period named relative to a reference date, such as "next quarter".
 *
 * <p>It is always resolved against an explicit reference date or {@link Clock}, never the wall
 * clock silently, so the same goal text gives the same period in tests and in production.
 *
 * <pre>{@code
 * DateRange q = RelativePeriod.NEXT_QUARTER.resolve(LocalDate.of(2026, 11, 22));
 * // 2027-01-01/2027-03-31
 * }</pre>
 */
public enum RelativePeriod {
  /** The calendar month of the reference date. */
  THIS_MONTH,
  /** The calendar month after the reference date's. */
  NEXT_MONTH,
  /** The quarter of the reference date. */
  THIS_QUARTER,
  /** The quarter after the reference date's. */
  NEXT_QUARTER,
  /** The calendar year of the reference date. */
  THIS_YEAR,
  /** The calendar year after the reference date's. */
  NEXT_YEAR;

  /**
   * Resolves the period against a reference date.
   *
   * @param reference the date "now" means, not null
   * @return the period's dates, never null
   * @throws NullPointerException if {@code reference} is null
   */
  public DateRange resolve(LocalDate reference) {
    Checks.notNull(reference, "reference");
    return switch (this) {
      case THIS_MONTH -> DateRange.ofMonth(YearMonth.from(reference));
      case NEXT_MONTH -> DateRange.ofMonth(YearMonth.from(reference).plusMonths(1));
      case THIS_QUARTER -> Quarter.from(reference).toDateRange();
      case NEXT_QUARTER -> Quarter.from(reference).plusQuarters(1).toDateRange();
      case THIS_YEAR -> DateRange.ofYear(Year.from(reference));
      case NEXT_YEAR -> DateRange.ofYear(Year.from(reference).plusYears(1));
    };
  }

  /**
   * Resolves the period against the date a clock gives.
   *
   * @param clock the clock whose current date "now" means, not null
   * @return the period's dates, never null
   * @throws NullPointerException if {@code clock} is null
   */
  public DateRange resolve(Clock clock) {
    return resolve(LocalDate.now(Checks.notNull(clock, "clock")));
  }
}
