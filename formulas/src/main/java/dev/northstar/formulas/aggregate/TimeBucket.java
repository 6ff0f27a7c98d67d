package dev.northstar.formulas.aggregate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar period that dated rows are grouped into: a day, an ISO week (Monday to Sunday), a
 * month, a quarter or a year.
 *
 * <p>Each bucket is identified by its first day ({@link #start(LocalDate)}) and shown by a label:
 * {@code 2026-03-01}, {@code 2026-W09}, {@code 2026-03}, {@code 2026-Q1}, {@code 2026}.
 */
public enum TimeBucket {
  /** One calendar day. */
  DAY,
  /** An ISO-8601 week, Monday to Sunday, labelled with its week-based year. */
  ISO_WEEK,
  /** A calendar month. */
  MONTH,
  /** A calendar quarter: January to March is Q1. */
  QUARTER,
  /** A calendar year. */
  YEAR;

  /**
   * Returns the first day of the bucket that contains a date.
   *
   * @param date the date, not null
   * @return the bucket's first day, never null
   * @throws NullPointerException if {@code date} is null
   * @throws java.time.DateTimeException if the week's Monday is before {@link LocalDate#MIN}
   */
  public LocalDate start(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return switch (this) {
      case DAY -> date;
      case ISO_WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> date.withDayOfMonth(1);
      case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
      case YEAR -> date.withDayOfYear(1);
    };
  }

  /**
   * Returns the label of the bucket that contains a date, such as {@code 2026-W09}.
   *
   * @param date the date, not null
   * @return the label, never null
   * @throws NullPointerException if {@code date} is null
   */
  public String label(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return switch (this) {
      case DAY -> date.toString();
      case ISO_WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              date.get(IsoFields.WEEK_BASED_YEAR),
              date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", date.getYear(), date.getMonthValue());
      case QUARTER -> date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
      case YEAR -> Integer.toString(date.getYear());
    };
  }

  /**
   * Returns the column name used for the bucket in result tables: {@code day}, {@code week}, {@code
   * month}, {@code quarter} or {@code year}.
   *
   * @return the name, never null
   */
  public String columnName() {
    return this == ISO_WEEK ? "week" : name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a bucket from its name or column name, ignoring case: {@code day}, {@code week} or {@code
   * iso_week}, {@code month}, {@code quarter}, {@code year}.
   *
   * @param text the text, not null
   * @return the bucket, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no bucket
   */
  public static TimeBucket parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    for (TimeBucket b : values()) {
      if (s.equals(b.columnName()) || s.equals(b.name().toLowerCase(Locale.ROOT))) {
        return b;
      }
    }
    throw new IllegalArgumentException(
        "time bucket must be one of day, week, month, quarter, year, but was '"
            + (s.length() > 40 ? s.substring(0, 37) + "..." : s)
            + "'");
  }
}
