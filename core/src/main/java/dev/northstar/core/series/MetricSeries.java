package dev.northstar.core.series;

import dev.northstar.core.internal.Checks;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Dated observations of one metric for one scope, sorted by date, one value per date.
 *
 * <p>Two observations for the same date are an error unless the factory is given an explicit {@link
 * DuplicateDates} rule to merge them.
 *
 * <pre>{@code
 * MetricSeries followers = MetricSeries.of(CoreMetrics.FOLLOWERS, Scope.of(Platform.LINKEDIN),
 *     List.of(Observation.of(LocalDate.of(2026, 1, 1), 1200),
 *             Observation.of(LocalDate.of(2026, 2, 1), 1310)));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricSeries {

  private final MetricId metric;
  private final Scope scope;
  private final List<Observation> observations;

  private MetricSeries(MetricId metric, Scope scope, List<Observation> observations) {
    this.metric = metric;
    this.scope = scope;
    this.observations = observations;
  }

  /**
   * Obtains a series, refusing two observations for one date.
   *
   * @param metric the metric, not null
   * @param scope where the values were measured, not null
   * @param observations the observations in any order, not null, no nulls
   * @return the series, never null
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException naming the date and both values if a date occurs twice
   */
  public static MetricSeries of(
      MetricId metric, Scope scope, Collection<Observation> observations) {
    return of(metric, scope, observations, DuplicateDates.REJECT);
  }

  /**
   * Obtains a series, merging observations for one date by a rule.
   *
   * @param metric the metric, not null
   * @param scope where the values were measured, not null
   * @param observations the observations in any order, not null, no nulls
   * @param duplicates what to do with two values for one date, not null
   * @return the series, never null
   * @throws NullPointerException if an argument or an observation is null
   * @throws IllegalArgumentException naming the date and both values if a date occurs twice and the
   *     rule is {@link DuplicateDates#REJECT}
   */
  public static MetricSeries of(
      MetricId metric,
      Scope scope,
      Collection<Observation> observations,
      DuplicateDates duplicates) {
    Checks.notNull(metric, "metric");
    Checks.notNull(scope, "scope");
    Checks.notNull(observations, "observations");
    Checks.notNull(duplicates, "duplicates");
    Map<LocalDate, BigDecimal> byDate = new TreeMap<>();
    for (Observation o : observations) {
      Checks.notNull(o, "observation");
      BigDecimal earlier = byDate.get(o.date());
      if (earlier == null) {
        byDate.put(o.date(), o.value());
      } else if (duplicates == DuplicateDates.REJECT) {
        throw new IllegalArgumentException(
            "series of "
                + metric
                + " has two values for "
                + o.date()
                + ": "
                + earlier.toPlainString()
                + " and "
                + o.value().toPlainString()
                + "; pass a DuplicateDates rule to merge them");
      } else {
        byDate.put(o.date(), duplicates.merge(earlier, o.value()));
      }
    }
    List<Observation> sorted = new ArrayList<>(byDate.size());
    byDate.forEach((date, value) -> sorted.add(Observation.of(date, value)));
    return new MetricSeries(metric, scope, List.copyOf(sorted));
  }

  /**
   * Returns the metric.
   *
   * @return the metric's id, never null
   */
  public MetricId metric() {
    return metric;
  }

  /**
   * Returns where the values were measured.
   *
   * @return the scope, never null
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns the observations, sorted by date, one per date.
   *
   * @return an unmodifiable list, never null
   */
  public List<Observation> observations() {
    return observations;
  }

  /**
   * Returns the number of observations.
   *
   * @return the size
   */
  public int size() {
    return observations.size();
  }

  /**
   * Tells whether the series has no observation.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return observations.isEmpty();
  }

  /**
   * Returns the earliest observation.
   *
   * @return the first observation, or empty for an empty series
   */
  public Optional<Observation> first() {
    return observations.isEmpty() ? Optional.empty() : Optional.of(observations.get(0));
  }

  /**
   * Returns the latest observation.
   *
   * @return the last observation, or empty for an empty series
   */
  public Optional<Observation> last() {
    return observations.isEmpty()
        ? Optional.empty()
        : Optional.of(observations.get(observations.size() - 1));
  }

  /**
   * Returns the value observed on a date.
   *
   * @param date the date, not null
   * @return the value, or empty if nothing was observed that day
   */
  public Optional<BigDecimal> valueOn(LocalDate date) {
    int i = indexOnOrBefore(Checks.notNull(date, "date"));
    return i >= 0 && observations.get(i).date().equals(date)
        ? Optional.of(observations.get(i).value())
        : Optional.empty();
  }

  /**
   * Returns the latest observation on or before a date.
   *
   * @param date the date, not null
   * @return the observation, or empty if the series starts after {@code date}
   */
  public Optional<Observation> latestOnOrBefore(LocalDate date) {
    int i = indexOnOrBefore(Checks.notNull(date, "date"));
    return i >= 0 ? Optional.of(observations.get(i)) : Optional.empty();
  }

  /**
   * Returns the part of the series within a range, ends included.
   *
   * @param range the range, not null
   * @return a series of the same metric and scope, possibly empty, never null
   */
  public MetricSeries within(DateRange range) {
    Checks.notNull(range, "range");
    List<Observation> part = new ArrayList<>();
    for (Observation o : observations) {
      if (range.contains(o.date())) {
        part.add(o);
      }
    }
    return new MetricSeries(metric, scope, List.copyOf(part));
  }

  /** Binary search for the last index whose date is on or before {@code date}, or -1. */
  private int indexOnOrBefore(LocalDate date) {
    int lo = 0;
    int hi = observations.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (observations.get(mid).date().isAfter(date)) {
        hi = mid - 1;
      } else {
        found = mid;
        lo = mid + 1;
      }
    }
    return found;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MetricSeries other
        && other.metric.equals(metric)
        && other.scope.equals(scope)
        && other.observations.equals(observations);
  }

  @Override
  public int hashCode() {
    return (metric.hashCode() * 31 + scope.hashCode()) * 31 + observations.hashCode();
  }

  /**
   * Returns a readable form listing up to ten observations, such as {@code MetricSeries[followers
   * on [linkedin], 2 observations: 2026-01-01=1200, 2026-02-01=1310]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("MetricSeries[").append(metric).append(" on ");
    s.append(scope).append(", ").append(observations.size()).append(" observations");
    for (int i = 0; i < observations.size() && i < 10; i++) {
      s.append(i == 0 ? ": " : ", ").append(observations.get(i));
    }
    if (observations.size() > 10) {
      s.append(", ...");
    }
    return s.append(']').toString();
  }
}
