package dev.northstar.formulas.aggregate;

import dev.northstar.formulas.table.Dimension;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;

/**
 * A cyclic calendar bucket that rows are grouped by, such as the day of the week: unlike a {@link
 * TimeBucket}, the same bucket comes back every week, day or year, so a Monday of March and a
 * Monday of May fall in one group.
 *
 * <p>A field groups like a dimension whose values are computed from each row's time: its {@link
 * #dimension()} names the column in results and {@link GroupKey}s, and its values are labels that
 * sort in calendar order ({@code 1-Mon} to {@code 7-Sun}, {@code 00} to {@code 23}, {@code W01} to
 * {@code W53}, {@code 01-Jan} to {@code 12-Dec}).
 *
 * <p>{@link #DAY_OF_WEEK}, {@link #WEEK_OF_YEAR} and {@link #MONTH_OF_YEAR} are read from the
 * table's date column when it has one, else from its timestamp column in the query's zone ({@link
 * KpiQuery.Builder#zone(java.time.ZoneId)}). {@link #HOUR_OF_DAY} needs a timestamp column and an
 * explicit zone: a date has no hour, and no system zone is ever assumed.
 */
public enum CalendarField {
  /** The ISO day of the week, Monday (1) to Sunday (7), labelled {@code 1-Mon} to {@code 7-Sun}. */
  DAY_OF_WEEK("day_of_week", 7),
  /** The ISO week of the week-based year, labelled {@code W01} to {@code W53}. */
  WEEK_OF_YEAR("week_of_year", 53),
  /** The month of the year, labelled {@code 01-Jan} to {@code 12-Dec}. */
  MONTH_OF_YEAR("month_of_year", 12),
  /** The hour of the day on a 24-hour clock, labelled {@code 00} to {@code 23}. */
  HOUR_OF_DAY("hour_of_day", 24);

  // Only immutable fields: the dimension and labels are computed on demand, cheaply.
  private final String id;
  private final int size;

  CalendarField(String id, int size) {
    this.id = id;
    this.size = size;
  }

  private static String makeLabel(String id, int ordinal) {
    return switch (id) {
      case "day_of_week" ->
          (ordinal + 1)
              + "-"
              + java.time.DayOfWeek.of(ordinal + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT);
      case "week_of_year" -> String.format(Locale.ROOT, "W%02d", ordinal + 1);
      case "month_of_year" ->
          String.format(
              Locale.ROOT,
              "%02d-%s",
              ordinal + 1,
              java.time.Month.of(ordinal + 1).getDisplayName(TextStyle.SHORT, Locale.ROOT));
      default -> String.format(Locale.ROOT, "%02d", ordinal);
    };
  }

  /**
   * Returns the dimension under which the field appears in results: {@code day_of_week}, {@code
   * week_of_year}, {@code month_of_year} or {@code hour_of_day}.
   *
   * @return the dimension, never null
   */
  public Dimension dimension() {
    return Dimension.of(id);
  }

  /**
   * Returns the number of distinct values: 7, 53, 12 or 24.
   *
   * @return the count
   */
  public int size() {
    return size;
  }

  /**
   * Tells whether the field needs a time of day, so a timestamp column and a zone.
   *
   * @return true for {@link #HOUR_OF_DAY}
   */
  public boolean needsTimeOfDay() {
    return this == HOUR_OF_DAY;
  }

  /**
   * Returns the label of a value's index, from 0: {@code label(0)} of {@link #DAY_OF_WEEK} is
   * {@code 1-Mon}.
   *
   * @param index the index, 0 to {@link #size()} - 1
   * @return the label, never null
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public String label(int index) {
    return makeLabel(id, Objects.checkIndex(index, size));
  }

  /**
   * Returns the index of a date's value, from 0; for {@link #HOUR_OF_DAY}, which a date does not
   * have, an exception.
   *
   * @param date the date, not null
   * @return the index, 0 to {@link #size()} - 1
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalStateException for {@link #HOUR_OF_DAY}
   */
  public int indexOf(LocalDate date) {
    Objects.requireNonNull(date, "date must not be null");
    return switch (this) {
      case DAY_OF_WEEK -> date.getDayOfWeek().getValue() - 1;
      case WEEK_OF_YEAR -> date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) - 1;
      case MONTH_OF_YEAR -> date.getMonthValue() - 1;
      case HOUR_OF_DAY ->
          throw new IllegalStateException("a date has no hour of day; use a timestamp and a zone");
    };
  }

  /**
   * Returns the index of a local date-time's value, from 0.
   *
   * @param time the local date-time, not null
   * @return the index, 0 to {@link #size()} - 1
   * @throws NullPointerException if {@code time} is null
   */
  public int indexOf(LocalDateTime time) {
    Objects.requireNonNull(time, "time must not be null");
    return this == HOUR_OF_DAY ? time.getHour() : indexOf(time.toLocalDate());
  }

  /**
   * Finds the field of a column name, ignoring case and surrounding white space, such as {@code
   * day_of_week}; for a command line that accepts table dimensions and calendar fields alike.
   *
   * @param name the name, not null
   * @return the field, or empty if the name is no field's column name
   * @throws NullPointerException if {@code name} is null
   */
  public static java.util.Optional<CalendarField> lookup(CharSequence name) {
    String s = Objects.requireNonNull(name, "name must not be null").toString().strip();
    for (CalendarField f : values()) {
      if (s.equalsIgnoreCase(f.id)) {
        return java.util.Optional.of(f);
      }
    }
    return java.util.Optional.empty();
  }

  /**
   * Reads a field from its name or its dimension id, ignoring case: {@code day_of_week}, {@code
   * week_of_year}, {@code month_of_year}, {@code hour_of_day}.
   *
   * @param text the text, not null
   * @return the field, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text names no field
   */
  public static CalendarField parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip().toLowerCase(Locale.ROOT);
    for (CalendarField f : values()) {
      if (s.equals(f.id)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "calendar field must be one of day_of_week, week_of_year, month_of_year, hour_of_day, but"
            + " was '"
            + (s.length() > 40 ? s.substring(0, 37) + "..." : s)
            + "'");
  }
}
