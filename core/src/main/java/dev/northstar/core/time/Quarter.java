package dev.northstar.core.time;

import dev.northstar.core.internal.Checks;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A quarter of a year, such as {@code 2026-Q3}: the usual period of a marketing goal.
 *
 * <p>{@link #toString()} is the canonical form {@code 2026-Q3} and {@link #parse(CharSequence)}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Quarter implements Comparable<Quarter> {

  private static final Pattern FORM = Pattern.compile("(-?\\d{4,9})-[Qq]([1-4])");

  private final int year;
  private final int quarter;

  private Quarter(int year, int quarter) {
    this.year = year;
    this.quarter = quarter;
  }

  /**
   * Obtains a quarter.
   *
   * @param year the year, within {@link Year#MIN_VALUE}..{@link Year#MAX_VALUE}
   * @param quarter the quarter of the year, 1 to 4
   * @return the quarter, never null
   * @throws IllegalArgumentException if a value is out of range
   */
  public static Quarter of(int year, int quarter) {
    Checks.inRange(year, "year", Year.MIN_VALUE, Year.MAX_VALUE);
    Checks.inRange(quarter, "quarter", 1, 4);
    return new Quarter(year, quarter);
  }

  /**
   * Obtains the quarter a date falls in.
   *
   * @param date the date, not null
   * @return the quarter, never null
   */
  public static Quarter from(LocalDate date) {
    Checks.notNull(date, "date");
    return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * Parses the form {@code 2026-Q3}; surrounding white space and a lower-case {@code q} are
   * accepted.
   *
   * @param text the text, not null
   * @return the quarter, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of the form {@code YYYY-Qn}
   */
  public static Quarter parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "quarter must look like 2026-Q3, but was '" + Checks.abbreviate(s) + "'");
    }
    long year = Long.parseLong(m.group(1));
    if (year < Year.MIN_VALUE || year > Year.MAX_VALUE) {
      throw new IllegalArgumentException(
          "year must be between "
              + Year.MIN_VALUE
              + " and "
              + Year.MAX_VALUE
              + ", but was "
              + year);
    }
    return of((int) year, Integer.parseInt(m.group(2)));
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the quarter of the year.
   *
   * @return 1 to 4
   */
  public int quarter() {
    return quarter;
  }

  /**
   * Returns the first day of the quarter.
   *
   * @return the first day, never null
   */
  public LocalDate firstDay() {
    return LocalDate.of(year, Month.of(quarter * 3 - 2), 1);
  }

  /**
   * Returns the last day of the quarter.
   *
   * @return the last day, never null
   */
  public LocalDate lastDay() {
    LocalDate lastMonth = LocalDate.of(year, Month.of(quarter * 3), 1);
    return lastMonth.withDayOfMonth(lastMonth.lengthOfMonth());
  }

  /**
   * Returns the quarter's dates.
   *
   * @return the range from the first to the last day, never null
   */
  public DateRange toDateRange() {
    return DateRange.ofQuarter(this);
  }

  /**
   * Returns the quarter some quarters later (or earlier, if negative).
   *
   * @param quarters the number of quarters to add, may be negative
   * @return the quarter, never null
   * @throws java.time.DateTimeException if the year goes out of range
   */
  public Quarter plusQuarters(long quarters) {
    long index = year * 4L + (quarter - 1) + Math.max(Math.min(quarters, 1L << 40), -(1L << 40));
    long newYear = Math.floorDiv(index, 4);
    if (newYear < Year.MIN_VALUE || newYear > Year.MAX_VALUE) {
      throw new java.time.DateTimeException(
          "year out of range after adding " + quarters + " quarters to " + this);
    }
    return new Quarter((int) newYear, Math.floorMod(index, 4) + 1);
  }

  /**
   * Tells whether a date lies in the quarter.
   *
   * @param date the date, not null
   * @return whether the date falls in this quarter
   */
  public boolean contains(LocalDate date) {
    return from(date).equals(this);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : quarter - other.quarter;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Quarter other && other.year == year && other.quarter == quarter;
  }

  @Override
  public int hashCode() {
    return year * 4 + quarter;
  }

  /**
   * Returns the canonical form, such as {@code 2026-Q3}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return String.format(java.util.Locale.ROOT, year < 0 ? "%05d-Q%d" : "%04d-Q%d", year, quarter);
  }
}
