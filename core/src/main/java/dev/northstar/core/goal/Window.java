package dev.northstar.core.goal;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What stretch of time a goal's number is measured over: the goal's whole period, each calendar
 * day, week, month or quarter of it, or the trailing N days.
 *
 * <p>A flow is summed over the window, a rate is the ratio of the window's sums, and a stock is the
 * level at the date, so a stock has only the {@linkplain #period() period} window. A goal without a
 * window is measured over its period. The text forms are {@code period}, {@code per day}, {@code
 * per week} (ISO weeks, Monday to Sunday), {@code per month}, {@code per quarter} and {@code
 * trailing 28 days}; {@link #parse(CharSequence)} reads them back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Window {

  /** The kinds of window. */
  public enum Kind {
    /** The goal's whole period, from its start to its deadline. */
    PERIOD,
    /** Each calendar day. */
    DAY,
    /** Each ISO week, Monday to Sunday. */
    WEEK,
    /** Each calendar month. */
    MONTH,
    /** Each calendar quarter. */
    QUARTER,
    /** The N days up to and including the date. */
    TRAILING_DAYS
  }

  /** The longest trailing window, ten years of days. */
  public static final int MAX_TRAILING_DAYS = 3660;

  private static final Window PERIOD = new Window(Kind.PERIOD, 0);
  private static final Window DAY = new Window(Kind.DAY, 0);
  private static final Window WEEK = new Window(Kind.WEEK, 0);
  private static final Window MONTH = new Window(Kind.MONTH, 0);
  private static final Window QUARTER = new Window(Kind.QUARTER, 0);

  private final Kind kind;
  private final int days;

  private Window(Kind kind, int days) {
    this.kind = kind;
    this.days = days;
  }

  /**
   * Returns the window of the goal's whole period.
   *
   * @return the window, never null
   */
  public static Window period() {
    return PERIOD;
  }

  /**
   * Returns the window of each calendar day.
   *
   * @return the window, never null
   */
  public static Window perDay() {
    return DAY;
  }

  /**
   * Returns the window of each ISO week, Monday to Sunday.
   *
   * @return the window, never null
   */
  public static Window perWeek() {
    return WEEK;
  }

  /**
   * Returns the window of each calendar month.
   *
   * @return the window, never null
   */
  public static Window perMonth() {
    return MONTH;
  }

  /**
   * Returns the window of each calendar quarter.
   *
   * @return the window, never null
   */
  public static Window perQuarter() {
    return QUARTER;
  }

  /**
   * Returns the window of the {@code days} days up to and including the date.
   *
   * @param days the length, from 1 to {@value #MAX_TRAILING_DAYS}
   * @return the window, never null
   * @throws IllegalArgumentException if {@code days} is out of range
   */
  public static Window trailingDays(int days) {
    return new Window(
        Kind.TRAILING_DAYS,
        Checks.inRange(days, "days of a trailing window", 1, MAX_TRAILING_DAYS));
  }

  /**
   * Parses {@code period}, {@code per day}, {@code per week}, {@code per month}, {@code per
   * quarter} or {@code trailing N days}, ignoring case and surrounding white space.
   *
   * @param text the text, not null
   * @return the window, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is none of those forms
   */
  public static Window parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip().toLowerCase(Locale.ROOT);
    Window named =
        switch (s) {
          case "period" -> PERIOD;
          case "per day" -> DAY;
          case "per week" -> WEEK;
          case "per month" -> MONTH;
          case "per quarter" -> QUARTER;
          default -> null;
        };
    if (named != null) {
      return named;
    }
    if (s.startsWith("trailing ") && s.endsWith(" days") && s.length() > 14 && s.length() < 30) {
      String n = s.substring("trailing ".length(), s.length() - " days".length());
      if (n.matches("[0-9]{1,4}")) {
        return trailingDays(Integer.parseInt(n));
      }
    }
    throw new IllegalArgumentException(
        "window must be one of 'period', 'per day', 'per week', 'per month', 'per quarter' or"
            + " 'trailing N days', but was '"
            + Checks.abbreviate(s)
            + "'");
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
   * Returns the length of a trailing window.
   *
   * @return the number of days, or 0 for any other kind
   */
  public int days() {
    return days;
  }

  /**
   * Tells whether a metric that accumulates so can be measured over this window: every window but
   * the period would add up a stock's levels, so a stock has only the period.
   *
   * @param accumulation the metric's accumulation, not null
   * @return true if allowed
   */
  public boolean allows(Accumulation accumulation) {
    return kind == Kind.PERIOD
        || Checks.notNull(accumulation, "accumulation") != Accumulation.STOCK;
  }

  /**
   * Checks that a goal's metric can be measured over this window.
   *
   * @param goal the goal's id, for the message, not null
   * @param metric the metric's id, for the message, not null
   * @param accumulation the metric's accumulation, not null
   * @return this window
   * @throws IllegalArgumentException if {@link #allows(Accumulation)} is false, naming the goal,
   *     the metric, the window and what is allowed
   */
  public Window requireAllows(GoalId goal, MetricId metric, Accumulation accumulation) {
    if (!allows(accumulation)) {
      throw new IllegalArgumentException(
          "window of goal "
              + goal
              + " must be 'period' for "
              + metric
              + ", a stock measured as its level at a date, but was '"
              + this
              + "': values "
              + this
              + " would add up levels; measure a flow such as the gains instead");
    }
    return this;
  }

  /**
   * Returns the window that holds a date: the goal's period, the calendar day, week, month or
   * quarter of the date, clipped to the period when one is given, or the trailing days ending on
   * the date.
   *
   * @param date the date, not null
   * @param period the goal's period, or null if unknown; the {@linkplain #period() period} window
   *     is then the date alone
   * @return the range, never null
   * @throws NullPointerException if {@code date} is null
   */
  public DateRange rangeAt(LocalDate date, @Nullable DateRange period) {
    Checks.notNull(date, "date");
    DateRange r =
        switch (kind) {
          case PERIOD -> period != null ? period : DateRange.of(date, date);
          case DAY -> DateRange.of(date, date);
          case WEEK ->
              DateRange.of(
                  date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                  date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)));
          case MONTH ->
              DateRange.of(date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()));
          case QUARTER -> quarterOf(date);
          case TRAILING_DAYS -> DateRange.of(date.minusDays(days - 1L), date);
        };
    if (period == null || kind == Kind.TRAILING_DAYS || kind == Kind.PERIOD) {
      return r;
    }
    LocalDate start = r.start().isBefore(period.start()) ? period.start() : r.start();
    LocalDate end = r.end().isAfter(period.end()) ? period.end() : r.end();
    return end.isBefore(start) ? r : DateRange.of(start, end);
  }

  private static DateRange quarterOf(LocalDate date) {
    LocalDate first = date.with(IsoFields.DAY_OF_QUARTER, 1);
    return DateRange.of(first, first.plusMonths(3).minusDays(1));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Window w && w.kind == kind && w.days == days;
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + days;
  }

  /**
   * Returns the canonical form, such as {@code per month} or {@code trailing 28 days}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return switch (kind) {
      case PERIOD -> "period";
      case DAY -> "per day";
      case WEEK -> "per week";
      case MONTH -> "per month";
      case QUARTER -> "per quarter";
      case TRAILING_DAYS -> "trailing " + days + " days";
    };
  }
}
