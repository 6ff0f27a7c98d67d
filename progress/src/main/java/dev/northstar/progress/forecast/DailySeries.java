package dev.northstar.progress.forecast;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * One value per consecutive day, from a first date: the input of a {@link Projection}.
 *
 * <pre>{@code
 * DailySeries s = DailySeries.of(LocalDate.of(2026, 1, 1), 100, 102, 103, 105);
 * s.lastDate(); // 2026-01-04
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DailySeries {

  private final LocalDate start;
  private final double[] values;

  private DailySeries(LocalDate start, double[] values) {
    this.start = start;
    this.values = values;
  }

  /**
   * Creates a series from its first date and its values, one per day.
   *
   * @param start the date of the first value, not null
   * @param values the values, not null, at least one, all finite
   * @return the series, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there is no value or a value is NaN or infinite, naming its
   *     date
   */
  public static DailySeries of(LocalDate start, double... values) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(values, "values");
    if (values.length == 0) {
      throw new IllegalArgumentException(
          "a daily series needs at least one value, but none starts on " + start);
    }
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "the value on " + start.plusDays(i) + " is " + values[i] + "; values must be finite");
      }
    }
    return new DailySeries(start, values.clone());
  }

  /**
   * Creates a series from values by date, which must cover consecutive days.
   *
   * @param values the values by date, not null, not empty, without null keys or values
   * @return the series, never null
   * @throws NullPointerException if the map, a date or a value is null
   * @throws IllegalArgumentException if the map is empty, a day is missing (naming the first
   *     missing date) or a value is not finite
   */
  public static DailySeries from(SortedMap<LocalDate, ? extends Number> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new IllegalArgumentException("a daily series needs at least one value, but got none");
    }
    LocalDate first = values.firstKey();
    double[] out = new double[values.size()];
    int i = 0;
    for (Map.Entry<LocalDate, ? extends Number> e : values.entrySet()) {
      LocalDate expected = first.plusDays(i);
      LocalDate date = Objects.requireNonNull(e.getKey(), "date");
      if (!date.equals(expected)) {
        throw new IllegalArgumentException(
            "a daily series needs a value every day, but "
                + expected
                + " is missing (the next value is on "
                + date
                + ")");
      }
      out[i++] = Objects.requireNonNull(e.getValue(), "value on " + date).doubleValue();
    }
    return of(first, out);
  }

  /**
   * The date of the first value.
   *
   * @return the first date, never null
   */
  public LocalDate start() {
    return start;
  }

  /**
   * The date of the last value.
   *
   * @return the last date, never null
   */
  public LocalDate lastDate() {
    return start.plusDays(values.length - 1L);
  }

  /**
   * The number of days.
   *
   * @return at least 1
   */
  public int size() {
    return values.length;
  }

  /**
   * The value of the i-th day, 0 being {@link #start()}.
   *
   * @param index 0 to size() - 1
   * @return the value
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public double value(int index) {
    return values[Objects.checkIndex(index, values.length)];
  }

  /**
   * The values, one per day from {@link #start()}.
   *
   * @return a copy of the values, never null
   */
  public double[] values() {
    return values.clone();
  }

  /**
   * The first days of the series.
   *
   * @param days how many days to keep, 1 to size()
   * @return the shorter series, never null
   * @throws IllegalArgumentException if days is out of range
   */
  public DailySeries head(int days) {
    if (days < 1 || days > values.length) {
      throw new IllegalArgumentException(
          "head keeps 1 to " + values.length + " days, but was asked for " + days);
    }
    return new DailySeries(start, Arrays.copyOf(values, days));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DailySeries other
        && start.equals(other.start)
        && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return 31 * start.hashCode() + Arrays.hashCode(values);
  }

  /**
   * Returns the dates and the number of days, such as {@code DailySeries[2026-01-01..2026-01-04, 4
   * days, last 105]}.
   */
  @Override
  public String toString() {
    return "DailySeries["
        + start
        + ".."
        + lastDate()
        + ", "
        + values.length
        + " days, last "
        + Rounding.readable(values[values.length - 1])
        + "]";
  }
}
