package dev.northstar.core.tactic;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.time.DateRange;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A repeating due date, such as "by the 30th of each month" or "every Monday".
 *
 * <p>A monthly day beyond the month's length falls on its last day: "the 30th" is 28 February in a
 * common year. {@link #toString()} is {@code monthly on day 30} or {@code weekly on monday}; {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Recurrence {

  /** How often a recurrence repeats. */
  public enum Frequency {
    /** Once a week, on a day of the week. */
    WEEKLY,
    /** Once a month, on a day of the month. */
    MONTHLY
  }

  private static final Pattern MONTHLY = Pattern.compile("monthly on day (\\d{1,2})");
  private static final Pattern WEEKLY = Pattern.compile("weekly on ([a-z]{6,9})");

  /** Expanding more occurrences than this is refused, as a guard against absurd windows. */
  private static final int MAX_OCCURRENCES = 100_000;

  private final Frequency frequency;
  private final int dayOfMonth;
  private final @Nullable DayOfWeek dayOfWeek;

  private Recurrence(Frequency frequency, int dayOfMonth, @Nullable DayOfWeek dayOfWeek) {
    this.frequency = frequency;
    this.dayOfMonth = dayOfMonth;
    this.dayOfWeek = dayOfWeek;
  }

  /**
   * Obtains a monthly recurrence on a day of the month.
   *
   * @param dayOfMonth the day, 1 to 31; past a month's end it falls on the month's last day
   * @return the recurrence, never null
   * @throws IllegalArgumentException if {@code dayOfMonth} is out of range
   */
  public static Recurrence monthlyOnDay(int dayOfMonth) {
    return new Recurrence(
        Frequency.MONTHLY, Checks.inRange(dayOfMonth, "day of month", 1, 31), null);
  }

  /**
   * Obtains a weekly recurrence on a day of the week.
   *
   * @param dayOfWeek the day, not null
   * @return the recurrence, never null
   */
  public static Recurrence weeklyOn(DayOfWeek dayOfWeek) {
    return new Recurrence(Frequency.WEEKLY, 0, Checks.notNull(dayOfWeek, "day of week"));
  }

  /**
   * Parses {@code monthly on day 30} or {@code weekly on MONDAY} (any case).
   *
   * @param text the text, not null
   * @return the recurrence, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is neither form
   */
  public static Recurrence parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip().toLowerCase(Locale.ROOT);
    Matcher m = MONTHLY.matcher(s);
    if (m.matches()) {
      return monthlyOnDay(Integer.parseInt(m.group(1)));
    }
    m = WEEKLY.matcher(s);
    if (m.matches()) {
      for (DayOfWeek day : DayOfWeek.values()) {
        if (day.name().equalsIgnoreCase(m.group(1))) {
          return weeklyOn(day);
        }
      }
    }
    throw new IllegalArgumentException(
        "recurrence must look like 'monthly on day 30' or 'weekly on monday', but was '"
            + Checks.abbreviate(text.toString())
            + "'");
  }

  /**
   * Returns how often it repeats.
   *
   * @return the frequency, never null
   */
  public Frequency frequency() {
    return frequency;
  }

  /**
   * Returns the day of the month of a monthly recurrence.
   *
   * @return 1 to 31, or 0 for a weekly recurrence
   */
  public int dayOfMonth() {
    return dayOfMonth;
  }

  /**
   * Returns the day of the week of a weekly recurrence.
   *
   * @return the day, or null for a monthly recurrence
   */
  public @Nullable DayOfWeek dayOfWeek() {
    return dayOfWeek;
  }

  /**
   * Lists the dates the recurrence falls on within a range, in order.
   *
   * @param range the range, not null
   * @return an unmodifiable list, possibly empty, never null
   * @throws IllegalArgumentException if the range holds more than 100,000 occurrences
   */
  public List<LocalDate> occurrencesWithin(DateRange range) {
    Checks.notNull(range, "range");
    List<LocalDate> dates = new ArrayList<>();
    if (frequency == Frequency.WEEKLY) {
      LocalDate d =
          range.start().with(TemporalAdjusters.nextOrSame(Checks.notNull(dayOfWeek, "dayOfWeek")));
      // Step only while a next week fits, so a range ending near LocalDate.MAX never overflows.
      while (!d.isAfter(range.end())) {
        add(dates, d);
        if (ChronoUnit.DAYS.between(d, range.end()) < 7) {
          break;
        }
        d = d.plusWeeks(1);
      }
    } else {
      YearMonth last = YearMonth.from(range.end());
      for (YearMonth m = YearMonth.from(range.start()); ; m = m.plusMonths(1)) {
        LocalDate d = m.atDay(Math.min(dayOfMonth, m.lengthOfMonth()));
        if (range.contains(d)) {
          add(dates, d);
        }
        if (!m.isBefore(last)) {
          break;
        }
      }
    }
    return List.copyOf(dates);
  }

  private static void add(List<LocalDate> dates, LocalDate date) {
    if (dates.size() == MAX_OCCURRENCES) {
      throw new IllegalArgumentException(
          "range holds more than " + MAX_OCCURRENCES + " occurrences; use a shorter range");
    }
    dates.add(date);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Recurrence other
        && other.frequency == frequency
        && other.dayOfMonth == dayOfMonth
        && other.dayOfWeek == dayOfWeek;
  }

  @Override
  public int hashCode() {
    return (frequency.hashCode() * 31 + dayOfMonth) * 31
        + (dayOfWeek == null ? 0 : dayOfWeek.hashCode());
  }

  /**
   * Returns the canonical form: {@code monthly on day 30} or {@code weekly on monday}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return frequency == Frequency.MONTHLY
        ? "monthly on day " + dayOfMonth
        : "weekly on " + Checks.notNull(dayOfWeek, "dayOfWeek").name().toLowerCase(Locale.ROOT);
  }
}
