package dev.northstar.jackson.csv;

import dev.northstar.formulas.table.MetricTable;
import java.util.List;
import java.util.Objects;

/**
 * What a lenient read of a metric CSV gives: the table of the good rows, and the rows left out.
 * Immutable and thread-safe.
 *
 * @param table the table of every row that was read without a problem
 * @param rejected the first {@value #MAX_REPORTED} rows left out, in file order
 * @param rejectedCount how many rows were left out in all; more than {@code rejected.size()} only
 *     if more than {@value #MAX_REPORTED} were
 */
public record LenientRead(MetricTable table, List<RejectedRow> rejected, long rejectedCount) {

  /** The most rejected rows reported one by one; later ones are only counted. */
  public static final int MAX_REPORTED = 1_000;

  /**
   * Checks the parts and copies the list.
   *
   * @param table the table, not null
   * @param rejected the rejected rows, not null, at most {@value #MAX_REPORTED}
   * @param rejectedCount the count, at least {@code rejected.size()}
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if the list is too long or the count too small
   */
  public LenientRead {
    Objects.requireNonNull(table, "table must not be null");
    rejected = List.copyOf(rejected);
    if (rejected.size() > MAX_REPORTED) {
      throw new IllegalArgumentException(
          "at most " + MAX_REPORTED + " rejected rows are reported, but got " + rejected.size());
    }
    if (rejectedCount < rejected.size()
        || (rejected.size() < MAX_REPORTED && rejectedCount != rejected.size())) {
      throw new IllegalArgumentException(
          "rejectedCount must be the number of rejected rows, "
              + rejected.size()
              + (rejected.size() == MAX_REPORTED ? " or more" : "")
              + ", but was "
              + rejectedCount);
    }
  }

  /**
   * Tells whether every row was read.
   *
   * @return true if no row was rejected
   */
  public boolean isComplete() {
    return rejectedCount == 0;
  }
}
