package dev.northstar.formulas.utm;

import dev.northstar.formulas.ratio.Ratio;

/**
 * Sums of {@link LandingVisit}s: how many visit rows, sessions, leads and conversions.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param visits the number of visit rows summed, zero or more
 * @param sessions the sessions, zero or more
 * @param leads the leads, zero or more
 * @param conversions the conversions, zero or more
 */
public record VisitTotals(long visits, long sessions, long leads, long conversions) {

  /** No visit. */
  public static final VisitTotals NONE = new VisitTotals(0, 0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param visits the visit rows, zero or more
   * @param sessions the sessions, zero or more
   * @param leads the leads, zero or more
   * @param conversions the conversions, zero or more
   * @throws IllegalArgumentException if a count is negative
   */
  public VisitTotals {
    if (visits < 0 || sessions < 0 || leads < 0 || conversions < 0) {
      throw new IllegalArgumentException(
          "visit totals must be zero or more, but were "
              + visits
              + ", "
              + sessions
              + ", "
              + leads
              + ", "
              + conversions);
    }
  }

  /**
   * Adds one visit row.
   *
   * @param v the visit, not null
   * @return the new totals, never null
   * @throws ArithmeticException if a sum overflows a {@code long}, naming the sum and its values
   */
  public VisitTotals plus(LandingVisit v) {
    return new VisitTotals(
        add("visits", visits, 1),
        add("sessions", sessions, v.sessions()),
        add("leads", leads, v.leads()),
        add("conversions", conversions, v.conversions()));
  }

  /**
   * Adds other totals.
   *
   * @param o the totals, not null
   * @return the new totals, never null
   * @throws ArithmeticException if a sum overflows a {@code long}, naming the sum and its values
   */
  public VisitTotals plus(VisitTotals o) {
    return new VisitTotals(
        add("visits", visits, o.visits),
        add("sessions", sessions, o.sessions),
        add("leads", leads, o.leads),
        add("conversions", conversions, o.conversions));
  }

  /**
   * Returns leads per session.
   *
   * @return the ratio, undefined when there is no session, never null
   */
  public Ratio leadRate() {
    return Ratio.of(leads, sessions);
  }

  /**
   * Returns conversions per session.
   *
   * @return the ratio, undefined when there is no session, never null
   */
  public Ratio conversionRate() {
    return Ratio.of(conversions, sessions);
  }

  /**
   * Returns conversions per lead.
   *
   * @return the ratio, undefined when there is no lead, never null
   */
  public Ratio leadConversionRate() {
    return Ratio.of(conversions, leads);
  }

  /** A checked sum whose overflow says what overflowed and the values. */
  private static long add(String what, long total, long more) {
    long sum = total + more;
    if (((total ^ sum) & (more ^ sum)) < 0) {
      throw new ArithmeticException(
          "the total of "
              + what
              + " overflows a long: "
              + total
              + " + "
              + more
              + " is beyond "
              + Long.MAX_VALUE);
    }
    return sum;
  }
}
