package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;

/**
 * The change of a count between two points, such as followers at the start and at the end of a
 * month: the absolute net change, and the growth rate relative to the start.
 *
 * <p>The rate is {@code (end - start) / start}, undefined when the start is 0, while the net change
 * is always known. Both may be negative.
 *
 * <pre>{@code
 * Growth g = AudienceFormulas.growth(10_000, 10_500);
 * g.netChange();                 // 500
 * g.rate().toPercentString();    // "5%"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the count at the start (or in the previous period), zero or more
 * @param end the count at the end (or in this period), zero or more
 */
public record Growth(long start, long end) {

  /**
   * Checks the counts.
   *
   * @param start the count at the start, zero or more
   * @param end the count at the end, zero or more
   * @throws IllegalArgumentException if a count is negative
   */
  public Growth {
    Checks.count(start, "start");
    Checks.count(end, "end");
  }

  /**
   * Returns the absolute change, {@code end - start}.
   *
   * @return the net change, negative for a decline
   */
  public long netChange() {
    // Both are zero or more, so the difference cannot overflow.
    return end - start;
  }

  /**
   * Returns the growth rate, {@code (end - start) / start}.
   *
   * @return the ratio, undefined when the start is 0, never null
   */
  public Ratio rate() {
    return Ratio.of(netChange(), start);
  }
}
