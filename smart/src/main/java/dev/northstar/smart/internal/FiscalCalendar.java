package dev.northstar.smart.internal;

import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.time.Month;

/**
 * Quarters, halves and years of a fiscal year that starts on the first day of a given month
 * (January: the calendar year). Immutable and thread-safe.
 */
public final class FiscalCalendar {

  private final Month start;

  private FiscalCalendar(Month start) {
    this.start = start;
  }

  /**
   * Returns the fiscal calendar starting in a month.
   *
   * @param start the first month of the fiscal year
   * @return the calendar
   */
  public static FiscalCalendar startingIn(Month start) {
    return new FiscalCalendar(start);
  }

  boolean isCalendar() {
    return start == Month.JANUARY;
  }

  /** The first day of the fiscal year holding {@code date}. */
  private LocalDate yearStart(LocalDate date) {
    LocalDate s = LocalDate.of(date.getYear(), start, 1);
    return s.isAfter(date) ? s.minusYears(1) : s;
  }

  DateRange yearOf(LocalDate date) {
    return part(yearStart(date), 12);
  }

  DateRange quarterOf(LocalDate date) {
    LocalDate s = yearStart(date);
    while (!s.plusMonths(3).isAfter(date)) {
      s = s.plusMonths(3);
    }
    return part(s, 3);
  }

  /** The period of the same length right after {@code r} (a quarter or a year). */
  DateRange following(DateRange r) {
    LocalDate s = r.end().plusDays(1);
    long months = r.start().until(s, java.time.temporal.ChronoUnit.MONTHS);
    return part(s, (int) months);
  }

  /**
   * The n-th part of {@code months} months of the fiscal year holding {@code ref}, or of the next
   * one when that part has ended before {@code ref}.
   */
  DateRange part(LocalDate ref, int months, int n) {
    LocalDate s = yearStart(ref).plusMonths((long) months * (n - 1));
    DateRange r = part(s, months);
    return r.end().isBefore(ref) ? part(s.plusYears(1), months) : r;
  }

  private static DateRange part(LocalDate s, int months) {
    return DateRange.of(s, s.plusMonths(months).minusDays(1));
  }

  @Override
  public String toString() {
    return "FiscalCalendar[starts in " + start + "]";
  }
}
