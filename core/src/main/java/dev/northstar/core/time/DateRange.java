package dev.northstar.core.time;

import dev.northstar.core.internal.Checks;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * A range of dates from a start to an end, both inclusive: a goal's period runs from its start to
 * its deadline.
 *
 * <p>{@link #toString()} is the ISO-8601 interval form {@code 2026-07-01/2026-09-30}, and {@link
 * #parse(CharSequence)} reads it back.
 *
 * <pre>{@code
 * DateRange q3 = DateRange.ofQuarter(Quarter.of(2026, 3));          // 2026-07-01/2026-09-30
 * DateRange sixMonths = DateRange.withinMonthsFrom(LocalDate.of(2026, 1, 15), 6);
 *                                                                    // 2026-01-15/2026-07-14
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange implements Comparable<DateRange> {

  private final LocalDate start;
  private final LocalDate end;

  private DateRange(LocalDate start, LocalDate end) {
    this.start = start;
    this.end = end;
  }

  /**
   * Obtains a range from a start to an end, both inclusive; a single day has start equal to end.
   *
   * @param start the first day, not null
   * @param end the last day, not null, not before {@code start}
   * @return the range, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public static DateRange of(LocalDate start, LocalDate end) {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end must not be before start, but end was " + end + " and start " + start);
    }
    return new DateRange(start, end);
  }

  /**
   * Obtains the range of a quarter.
   *
   * @param quarter the quarter, not null
   * @return the range from the quarter's first to its last day, never null
   */
  public static DateRange ofQuarter(Quarter quarter) {
    Checks.notNull(quarter, "quarter");
    return new DateRange(quarter.firstDay(), quarter.lastDay());
  }

  /**
   * Obtains the range of a month.
   *
   * @param month the month, not null
   * @return the range from the month's first to its last day, never null
   */
  public static DateRange ofMonth(YearMonth month) {
    Checks.notNull(month, "month");
    return new DateRange(month.atDay(1), month.atEndOfMonth());
  }

  /**
   * Obtains the range of a year.
   *
   * @param year the year, not null
   * @return the range from 1 January to 31 December, never null
   */
  public static DateRange ofYear(Year year) {
    Checks.notNull(year, "year");
    return new DateRange(year.atDay(1), year.atMonth(12).atEndOfMonth());
  }

  /**
   * Obtains the range "within N months from" a start: from {@code start} to the day before the same
   * day N months later (six months from 15 January ends on 14 July). When that month is too short
   * to have the same day, the range ends on its last day instead (one month from 31 January ends on
   * 28 or 29 February), so no day of the last month is lost.
   *
   * @param start the first day, not null
   * @param months the number of months, 1 to 1200
   * @return the range, never null
   * @throws IllegalArgumentException if {@code months} is out of range
   */
  public static DateRange withinMonthsFrom(LocalDate start, int months) {
    Checks.notNull(start, "start");
    Checks.inRange(months, "months", 1, 1200);
    LocalDate sameDayLater = start.plusMonths(months);
    boolean clamped = sameDayLater.getDayOfMonth() != start.getDayOfMonth();
    return new DateRange(start, clamped ? sameDayLater : sameDayLater.minusDays(1));
  }

  /**
   * Obtains the range "within N days from" a start: N days, the first being {@code start}.
   *
   * @param start the first day, not null
   * @param days the number of days, 1 to 36,600
   * @return the range, never null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static DateRange withinDaysFrom(LocalDate start, int days) {
    Checks.notNull(start, "start");
    Checks.inRange(days, "days", 1, 36_600);
    return new DateRange(start, start.plusDays(days - 1L));
  }

  /**
   * Parses the form {@code 2026-07-01/2026-09-30}; surrounding white space is ignored.
   *
   * @param text the text, not null
   * @return the range, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not two ISO dates joined by {@code /}, or the
   *     end is before the start
   */
  public static DateRange parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "date range must be two ISO dates joined by '/', such as 2026-07-01/2026-09-30, but was"
              + " '"
              + Checks.abbreviate(s)
              + "'");
    }
    try {
      return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "date range must be two ISO dates joined by '/', such as 2026-07-01/2026-09-30, but was"
              + " '"
              + Checks.abbreviate(s)
              + "': "
              + Checks.abbreviate(String.valueOf(e.getMessage())),
          e);
    }
  }

  /**
   * Returns the first day.
   *
   * @return the start, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * Returns the last day, inclusive; for a goal, its deadline.
   *
   * @return the end, never null
   */
  public LocalDate end() {
    return end;
  }

  /**
   * Returns a copy with another start.
   *
   * @param newStart the first day, not null, not after the end
   * @return the changed range, never null
   * @throws IllegalArgumentException if {@code newStart} is after the end
   */
  public DateRange withStart(LocalDate newStart) {
    return of(newStart, end);
  }

  /**
   * Returns a copy with another end.
   *
   * @param newEnd the last day, not null, not before the start
   * @return the changed range, never null
   * @throws IllegalArgumentException if {@code newEnd} is before the start
   */
  public DateRange withEnd(LocalDate newEnd) {
    return of(start, newEnd);
  }

  /**
   * Returns the number of days in the range, counting both ends (a single day gives 1).
   *
   * @return the length in days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * Tells whether a date lies in the range, ends included.
   *
   * @param date the date, not null
   * @return whether {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    Checks.notNull(date, "date");
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /**
   * Tells whether another range lies entirely within this one.
   *
   * @param other the other range, not null
   * @return whether both ends of {@code other} are contained in this range
   */
  public boolean encloses(DateRange other) {
    Checks.notNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Tells whether two ranges share at least one day.
   *
   * @param other the other range, not null
   * @return whether the ranges overlap
   */
  public boolean overlaps(DateRange other) {
    Checks.notNull(other, "other");
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** Orders by start, then by end. */
  @Override
  public int compareTo(DateRange other) {
    int byStart = start.compareTo(other.start);
    return byStart != 0 ? byStart : end.compareTo(other.end);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DateRange other && other.start.equals(start) && other.end.equals(end);
  }

  @Override
  public int hashCode() {
    return start.hashCode() * 31 + end.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code 2026-07-01/2026-09-30}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return start + "/" + end;
  }
}
