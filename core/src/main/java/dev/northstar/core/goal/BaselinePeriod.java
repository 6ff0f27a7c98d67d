package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The period a goal's baseline is measured over, from the data: fixed dates ("July's reach", "Q2
 * sales"), the period just before the goal's ("the previous period": the previous calendar month,
 * quarter or year for a goal over one, else as many days ending the day before the goal starts) or
 * the goal's period a year earlier ("the same period last year").
 *
 * <p>The baseline is the metric measured over that period as the goal is measured over its own: a
 * flow summed over it, a rate as the ratio of its sums, a stock as the level on its last day. The
 * text forms are {@code 2026-07-01/2026-07-31}, {@code previous period} and {@code same period last
 * year}; {@link #parse(CharSequence)} reads them back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BaselinePeriod {

  /** The kinds of baseline period. */
  public enum Kind {
    /** Fixed dates. */
    DATES,
    /**
     * The calendar month, quarter or year before the goal's when its period is one; else as many
     * days as the goal's period, ending the day before it starts.
     */
    PREVIOUS_PERIOD,
    /** The goal's period one year earlier. */
    SAME_PERIOD_LAST_YEAR
  }

  private static final BaselinePeriod PREVIOUS = new BaselinePeriod(Kind.PREVIOUS_PERIOD, null);
  private static final BaselinePeriod YEAR_AGO =
      new BaselinePeriod(Kind.SAME_PERIOD_LAST_YEAR, null);

  private final Kind kind;
  private final @Nullable DateRange dates;

  private BaselinePeriod(Kind kind, @Nullable DateRange dates) {
    this.kind = kind;
    this.dates = dates;
  }

  /**
   * Obtains a baseline period of fixed dates.
   *
   * @param dates the dates, not null
   * @return the period, never null
   * @throws NullPointerException if {@code dates} is null
   */
  public static BaselinePeriod of(DateRange dates) {
    return new BaselinePeriod(Kind.DATES, Checks.notNull(dates, "dates"));
  }

  /**
   * Returns the period as long as the goal's, ending the day before the goal starts.
   *
   * @return the period, never null
   */
  public static BaselinePeriod previousPeriod() {
    return PREVIOUS;
  }

  /**
   * Returns the goal's period one year earlier.
   *
   * @return the period, never null
   */
  public static BaselinePeriod samePeriodLastYear() {
    return YEAR_AGO;
  }

  /**
   * Parses {@code 2026-07-01/2026-07-31}, {@code previous period} or {@code same period last year}.
   *
   * @param text the text, not null
   * @return the period, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is none of those forms
   */
  public static BaselinePeriod parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.equals("previous period")) {
      return PREVIOUS;
    }
    if (lower.equals("same period last year")) {
      return YEAR_AGO;
    }
    try {
      return of(DateRange.parse(s));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "baseline period must be a date range such as 2026-07-01/2026-07-31, 'previous period' or"
              + " 'same period last year', but was '"
              + Checks.abbreviate(s)
              + "'",
          e);
    }
  }

  /**
   * Returns the kind.
   *
   * @return the kind, never null
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the fixed dates.
   *
   * @return the dates, or empty for a period relative to the goal's
   */
  public Optional<DateRange> dates() {
    return Optional.ofNullable(dates);
  }

  /**
   * Returns the dates of this period for a goal's period.
   *
   * @param goalPeriod the goal's period, not null
   * @return the dates, never null
   * @throws NullPointerException if {@code goalPeriod} is null
   */
  public DateRange resolve(DateRange goalPeriod) {
    Checks.notNull(goalPeriod, "goalPeriod");
    return switch (kind) {
      case DATES -> Objects.requireNonNull(dates);
      case PREVIOUS_PERIOD -> previous(goalPeriod);
      case SAME_PERIOD_LAST_YEAR ->
          DateRange.of(goalPeriod.start().minusYears(1), goalPeriod.end().minusYears(1));
    };
  }

  /**
   * The period before: the previous calendar month, quarter or year when the goal's period is one,
   * else as many days ending the day before it starts.
   */
  private static DateRange previous(DateRange p) {
    LocalDate start = p.start();
    LocalDate end = p.end();
    if (start.getDayOfMonth() == 1 && end.equals(end.with(TemporalAdjusters.lastDayOfMonth()))) {
      long months = ChronoUnit.MONTHS.between(start, end.plusDays(1));
      boolean calendar =
          months == 1
              || (months == 3 && start.getMonthValue() % 3 == 1)
              || (months == 12 && start.getMonthValue() == 1);
      if (calendar) {
        LocalDate from = start.minusMonths(months);
        return DateRange.of(from, start.minusDays(1));
      }
    }
    return DateRange.of(start.minusDays(p.lengthInDays()), start.minusDays(1));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof BaselinePeriod p && p.kind == kind && Objects.equals(p.dates, dates);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Objects.hashCode(dates);
  }

  /**
   * Returns the canonical form: {@code 2026-07-01/2026-07-31}, {@code previous period} or {@code
   * same period last year}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return switch (kind) {
      case DATES -> String.valueOf(dates);
      case PREVIOUS_PERIOD -> "previous period";
      case SAME_PERIOD_LAST_YEAR -> "same period last year";
    };
  }
}
