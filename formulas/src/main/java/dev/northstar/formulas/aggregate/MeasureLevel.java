package dev.northstar.formulas.aggregate;

import dev.northstar.core.format.UnitFormat;
import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The level of a stock measure ({@link Accumulation#STOCK}: followers, members) over one group: a
 * stock is a count at a moment, so its figures over many rows are the value at the group's first
 * and last time and the smallest and largest value, never a sum. Followers by month are each
 * month's {@link #last()}; the month's net change is {@link #change()}.
 *
 * <p>When several rows of the group share its first (last) time, such as the follower counts of
 * several accounts on the same day, the first (last) value is their sum, the group's level at that
 * moment, and {@link #rowsAtFirst()} ({@link #rowsAtLast()}) says how many rows it adds. {@link
 * #min()} and {@link #max()} are of single rows. A row's time is its timestamp, or the start (UTC)
 * of its date in a table without timestamps.
 *
 * <p>A group whose rows all lack the value has no figure: the figures are then empty, never 0.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class MeasureLevel implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * The figures of a group with a value, absent when no row had one.
   *
   * @param firstTime the earliest time with a value
   * @param first the sum of the values at that time
   * @param rowsAtFirst the rows at that time
   * @param lastTime the latest time with a value
   * @param last the sum of the values at that time
   * @param rowsAtLast the rows at that time
   * @param min the smallest value of a row
   * @param max the largest value of a row
   */
  record Figures(
      Instant firstTime,
      BigDecimal first,
      long rowsAtFirst,
      Instant lastTime,
      BigDecimal last,
      long rowsAtLast,
      BigDecimal min,
      BigDecimal max)
      implements Serializable {}

  private final MetricId measure;
  private final @Nullable Figures figures;
  private final @Nullable Currency currency;
  private final long rowsCounted;
  private final long rowsMissing;

  MeasureLevel(
      MetricId measure,
      @Nullable Figures figures,
      @Nullable Currency currency,
      long rowsCounted,
      long rowsMissing) {
    this.measure = measure;
    this.figures = figures;
    this.currency = currency;
    this.rowsCounted = rowsCounted;
    this.rowsMissing = rowsMissing;
  }

  /**
   * Returns the measure.
   *
   * @return the measure's id, never null
   */
  public MetricId measure() {
    return measure;
  }

  /**
   * Tells whether some row of the group had a value, so that the figures are present.
   *
   * @return true if {@link #rowsCounted()} is one or more
   */
  public boolean isPresent() {
    return figures != null;
  }

  /**
   * Returns the value at the group's earliest time: the sum of the rows at that time.
   *
   * @return the value, or empty if no row had one
   */
  public Optional<BigDecimal> first() {
    return figure().map(Figures::first);
  }

  /**
   * Returns the value at the group's latest time: the sum of the rows at that time, such as a
   * month's closing follower count.
   *
   * @return the value, or empty if no row had one
   */
  public Optional<BigDecimal> last() {
    return figure().map(Figures::last);
  }

  /**
   * Returns the change from the first to the last value, {@code last - first}: the net change over
   * the group's rows, negative for a loss.
   *
   * @return the change, or empty if no row had a value
   */
  public Optional<BigDecimal> change() {
    return figure().map(f -> f.last().subtract(f.first()));
  }

  /**
   * Returns the smallest value of a single row.
   *
   * @return the value, or empty if no row had one
   */
  public Optional<BigDecimal> min() {
    return figure().map(Figures::min);
  }

  /**
   * Returns the largest value of a single row.
   *
   * @return the value, or empty if no row had one
   */
  public Optional<BigDecimal> max() {
    return figure().map(Figures::max);
  }

  /**
   * Returns the group's earliest time with a value.
   *
   * @return the instant (for a table of dates, the date's start in UTC), or empty if no row had a
   *     value
   */
  public Optional<Instant> firstTime() {
    return figure().map(Figures::firstTime);
  }

  /**
   * Returns the group's latest time with a value.
   *
   * @return the instant (for a table of dates, the date's start in UTC), or empty if no row had a
   *     value
   */
  public Optional<Instant> lastTime() {
    return figure().map(Figures::lastTime);
  }

  /**
   * Returns how many rows were at the earliest time, added into {@link #first()}.
   *
   * @return the count, zero if no row had a value
   */
  public long rowsAtFirst() {
    return figure().map(Figures::rowsAtFirst).orElse(0L);
  }

  /**
   * Returns how many rows were at the latest time, added into {@link #last()}.
   *
   * @return the count, zero if no row had a value
   */
  public long rowsAtLast() {
    return figure().map(Figures::rowsAtLast).orElse(0L);
  }

  /**
   * Returns the currency of an amount.
   *
   * @return the currency, or empty for a count
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the number of rows that had a value.
   *
   * @return the count, zero or more
   */
  public long rowsCounted() {
    return rowsCounted;
  }

  /**
   * Returns the number of rows without a value.
   *
   * @return the count, zero or more
   */
  public long rowsMissing() {
    return rowsMissing;
  }

  private Optional<Figures> figure() {
    return Optional.ofNullable(figures);
  }

  /**
   * Formats {@link #first()} with thousands separators ({@link UnitFormat}): {@code 1,200} for a
   * count, {@code 1,869.26 USD} for an amount, {@code missing} when no row had a value.
   *
   * @return the text, never null
   */
  public String formatFirst() {
    return format(first());
  }

  /**
   * Formats {@link #last()} as {@link #formatFirst()} formats the first value.
   *
   * @return the text, never null
   */
  public String formatLast() {
    return format(last());
  }

  private String format(Optional<BigDecimal> value) {
    if (value.isEmpty()) {
      return "missing";
    }
    Currency c = currency;
    return c == null ? UnitFormat.count(value.get()) : UnitFormat.money(value.get(), c);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MeasureLevel other
        && measure.equals(other.measure)
        && Objects.equals(figures, other.figures)
        && Objects.equals(currency, other.currency)
        && rowsCounted == other.rowsCounted
        && rowsMissing == other.rowsMissing;
  }

  @Override
  public int hashCode() {
    return Objects.hash(measure, figures, currency, rowsCounted, rowsMissing);
  }

  /**
   * Returns a summary such as {@code followers: first 1,200 at 2026-03-01T00:00:00Z, last 1,350 at
   * 2026-03-31T00:00:00Z, min 1,180, max 1,360 (31 rows)}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String rows =
        " ("
            + rowsCounted
            + " rows"
            + (rowsMissing == 0 ? "" : ", " + rowsMissing + " missing")
            + ")";
    Figures f = figures;
    if (f == null) {
      return measure.value() + ": missing" + rows;
    }
    return measure.value()
        + ": first "
        + format(first())
        + " at "
        + f.firstTime()
        + ", last "
        + format(last())
        + " at "
        + f.lastTime()
        + ", min "
        + format(min())
        + ", max "
        + format(max())
        + rows;
  }
}
