package dev.northstar.formulas.aggregate;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which earlier period a {@link PeriodComparison} compares each period with.
 *
 * <ul>
 *   <li>{@link #PREVIOUS}: the calendar period just before, whether or not the table has rows in
 *       it: month over month with {@link TimeBucket#MONTH}, quarter over quarter with {@link
 *       TimeBucket#QUARTER}, year over year with {@link TimeBucket#YEAR}, week over week, day over
 *       day.
 *   <li>{@link #YEAR_AGO}: the same period one year earlier: March 2026 against March 2025, Q1
 *       against Q1, 2026-03-01 against 2025-03-01 (29 February against 28 February), ISO week 9
 *       against week 9 of the previous week-based year (week 53 has none when that year has 52
 *       weeks).
 * </ul>
 */
public enum PeriodOffset {
  /** The period just before. */
  PREVIOUS,
  /** The same period a year before. */
  YEAR_AGO;

  /**
   * Returns the first day of the period compared with the bucket starting at {@code start}.
   *
   * @param bucket the time bucket, not null
   * @param start the first day of a bucket, not null
   * @return the first day of the earlier bucket, or empty if there is none (ISO week 53 a year ago,
   *     or a date before {@link LocalDate#MIN})
   * @throws NullPointerException if an argument is null
   */
  public Optional<LocalDate> earlierStart(TimeBucket bucket, LocalDate start) {
    Objects.requireNonNull(bucket, "bucket must not be null");
    Objects.requireNonNull(start, "start must not be null");
    LocalDate s = bucket.start(start);
    try {
      if (this == PREVIOUS) {
        return Optional.of(bucket.start(s.minusDays(1)));
      }
      if (bucket == TimeBucket.ISO_WEEK) {
        int week = s.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        LocalDate yearAgo = s.minusWeeks(52);
        if (yearAgo.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != week) {
          // A year of 53 weeks lies in between: step one more week back to the same number.
          yearAgo = yearAgo.minusWeeks(1);
        }
        return yearAgo.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) == week
            ? Optional.of(yearAgo)
            : Optional.empty();
      }
      return Optional.of(bucket.start(s.minusYears(1)));
    } catch (java.time.DateTimeException beforeMin) {
      return Optional.empty();
    }
  }

  /**
   * Reads an offset from its name, ignoring case: {@code previous}, {@code year_ago} (or {@code
   * year}).
   *
   * @param text the text, not null
   * @return the offset, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no offset
   */
  public static PeriodOffset parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    return switch (s) {
      case "previous" -> PREVIOUS;
      case "year_ago", "year" -> YEAR_AGO;
      default ->
          throw new IllegalArgumentException(
              "period offset must be previous or year_ago, but was '"
                  + (s.length() > 40 ? s.substring(0, 37) + "..." : s)
                  + "'");
    };
  }
}
