package dev.northstar.formulas.aggregate;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.formulas.internal.Engine;
import dev.northstar.formulas.kpi.EngagementSets;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;

/**
 * What to compute over a {@link MetricTable}: a set of {@link RatioKpi KPIs}, measure totals and
 * stock levels, grouped by any dimensions and optionally a {@link TimeBucket}, aggregated as {@link
 * Aggregation#RATIO_OF_SUMS} (the default) or {@link Aggregation#MEAN_OF_RATIOS}.
 *
 * <pre>{@code
 * KpiQuery query = KpiQuery.builder()
 *     .kpis(err, ctr)
 *     .groupBy(Dimension.PLATFORM)
 *     .bucket(TimeBucket.MONTH)
 *     .build();
 * KpiTable result = query.run(table);
 * }</pre>
 *
 * <p>Every KPI is computed in one pass over the rows. A row missing a value that a KPI needs is
 * left out of that KPI and counted in its {@link KpiValue#rowsMissing()}; it still counts for the
 * other KPIs. The measure {@code engagements}, when the table has no such column, is the sum of the
 * row's platform's {@link EngagementSets engagement set}.
 *
 * <p>A measure follows its metric's declared {@link Accumulation}: a flow (likes, spend) is
 * totalled, a stock (followers: a level at a moment) is never summed but gets a {@link MeasureLevel
 * level} per group, its first, last, smallest and largest value ({@link Builder#totals}, {@link
 * Builder#levels}).
 *
 * <p>The same query runs on one thread ({@link #run(MetricTable)}), on several ({@link
 * #run(MetricTable, int)}), or part by part ({@link #aggregate(MetricTable)} then {@link
 * PartialAggregate#merge(PartialAggregate)}); all three give equal results.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf or unmodifiable ArrayList copies, which are serializable.
@SuppressWarnings("serial")
public final class KpiQuery implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<RatioKpi> kpis;
  private final List<MetricId> totals;
  private final List<MetricId> levels;
  private final List<Dimension> groupBy;
  private final List<CalendarField> calendarFields;
  private final @Nullable TimeBucket bucket;
  private final @Nullable ZoneId zone;
  private final Aggregation method;
  private final EngagementSets engagementSets;

  private KpiQuery(Builder b) {
    this.kpis = List.copyOf(b.kpis);
    List<MetricId> flows = new ArrayList<>();
    List<MetricId> stocks = new ArrayList<>(b.levels);
    for (MetricId t : b.totals) {
      (isStock(b.metrics, t) ? stocks : flows).add(t);
    }
    this.totals = List.copyOf(flows);
    this.levels = List.copyOf(stocks);
    this.groupBy = List.copyOf(b.groupBy);
    this.calendarFields = List.copyOf(b.calendarFields);
    this.bucket = b.bucket;
    this.zone = b.zone;
    this.method = b.method;
    this.engagementSets = b.engagementSets;
  }

  /**
   * Starts a builder: no KPI, no grouping, ratio of sums, the default engagement sets.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the KPIs, in column order.
   *
   * @return an unmodifiable list, never null
   */
  public List<RatioKpi> kpis() {
    return kpis;
  }

  /**
   * Returns the measures whose totals are computed, in column order.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricId> totals() {
    return totals;
  }

  /**
   * Returns the stock measures whose levels are computed, in column order: those asked for with
   * {@link Builder#levels}, then the totals asked for of metrics declared {@link
   * Accumulation#STOCK}.
   *
   * @return an unmodifiable list, never null
   */
  public List<MetricId> levels() {
    return levels;
  }

  private static boolean isStock(MetricRegistry metrics, MetricId id) {
    return metrics
        .find(id)
        .map(MetricDefinition::accumulation)
        .filter(a -> a == Accumulation.STOCK)
        .isPresent();
  }

  /**
   * Returns the grouped dimensions.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<Dimension> groupBy() {
    return groupBy;
  }

  /**
   * Returns the calendar fields grouped by, in the order they were added; each is also in {@link
   * #groupBy()} as its {@link CalendarField#dimension()}.
   *
   * @return an unmodifiable list, possibly empty, never null
   */
  public List<CalendarField> calendarFields() {
    return calendarFields;
  }

  /**
   * Returns the calendar field a grouped dimension stands for.
   *
   * @param dimension a dimension of {@link #groupBy()}, not null
   * @return the field, or empty if the dimension is a column of the table
   * @throws NullPointerException if {@code dimension} is null
   */
  public Optional<CalendarField> calendarField(Dimension dimension) {
    Objects.requireNonNull(dimension, "dimension must not be null");
    for (CalendarField f : calendarFields) {
      if (f.dimension().equals(dimension)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the time zone in which timestamps are read as local dates and hours.
   *
   * @return the zone, or empty if none was given (then timestamps are not read)
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Returns the time bucket.
   *
   * @return the bucket, or empty if rows are not grouped by time
   */
  public Optional<TimeBucket> bucket() {
    return Optional.ofNullable(bucket);
  }

  /**
   * Returns the aggregation method of every KPI.
   *
   * @return {@link Aggregation#RATIO_OF_SUMS} or {@link Aggregation#MEAN_OF_RATIOS}
   */
  public Aggregation method() {
    return method;
  }

  /**
   * Returns what counts as an engagement on each platform.
   *
   * @return the engagement sets, never null
   */
  public EngagementSets engagementSets() {
    return engagementSets;
  }

  /**
   * Runs the query on one thread.
   *
   * @param table the table, not null
   * @return the result, never null
   * @throws NullPointerException if {@code table} is null
   * @throws IllegalArgumentException if the table lacks a dimension, a measure or the date the
   *     query needs, or a KPI's terms mix units (naming them); if a calendar field or bucket needs
   *     timestamps the table lacks, or a zone the query lacks (the message starts with {@code
   *     zone:}); or if a table dimension has the id of a grouped calendar field
   * @throws ArithmeticException if a sum overflows a {@code long}, naming the KPI or measure
   */
  public KpiTable run(MetricTable table) {
    return aggregate(table).toTable();
  }

  /**
   * Runs the query on {@code threads} threads, each aggregating a contiguous part of the rows; the
   * parts' partial aggregates are then merged, so the result equals {@link #run(MetricTable)}'s.
   * The calling thread aggregates the first part; the others run on one executor shared by the
   * whole JVM, which starts daemon threads named {@code northstar-aggregate-N} as parts need them
   * and ends each after 30 idle seconds. No pool is created per call. To choose the threads, use
   * {@link #run(MetricTable, Executor)}.
   *
   * @param table the table, not null
   * @param threads the number of threads, 1 to 256
   * @return the result, never null
   * @throws NullPointerException if {@code table} is null
   * @throws IllegalArgumentException if {@code threads} is out of range, or as {@link
   *     #run(MetricTable)}
   * @throws ArithmeticException as {@link #run(MetricTable)}
   */
  public KpiTable run(MetricTable table, int threads) {
    if (threads < 1 || threads > 256) {
      throw new IllegalArgumentException("threads must be 1 to 256, but was " + threads);
    }
    return new PartialAggregate(
            this,
            Engine.aggregate(
                this, Objects.requireNonNull(table, "table must not be null"), threads))
        .toTable();
  }

  /**
   * Runs the query with the parts of the rows aggregated as tasks of an executor, the first part on
   * the calling thread; the result equals {@link #run(MetricTable)}'s. The rows are split into as
   * many parts as the executor runs at once (a {@link java.util.concurrent.ForkJoinPool}'s
   * parallelism, a {@link java.util.concurrent.ThreadPoolExecutor}'s maximum size plus the calling
   * thread, otherwise the number of processors), each of at least 1,024 rows. The executor is not
   * shut down.
   *
   * @param table the table, not null
   * @param executor the executor, not null
   * @return the result, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException as {@link #run(MetricTable)}
   * @throws ArithmeticException as {@link #run(MetricTable)}
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses a part
   */
  public KpiTable run(MetricTable table, Executor executor) {
    Objects.requireNonNull(table, "table must not be null");
    Objects.requireNonNull(executor, "executor must not be null");
    return new PartialAggregate(
            this, Engine.aggregate(this, table, Engine.partsFor(executor), executor))
        .toTable();
  }

  /**
   * Aggregates a table into a mergeable partial aggregate.
   *
   * @param table the table, not null
   * @return the partial aggregate, never null
   * @throws NullPointerException if {@code table} is null
   * @throws IllegalArgumentException as {@link #run(MetricTable)}
   * @throws ArithmeticException as {@link #run(MetricTable)}
   */
  public PartialAggregate aggregate(MetricTable table) {
    return new PartialAggregate(
        this, Engine.aggregate(this, Objects.requireNonNull(table, "table must not be null"), 1));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof KpiQuery other
        && kpis.equals(other.kpis)
        && totals.equals(other.totals)
        && levels.equals(other.levels)
        && groupBy.equals(other.groupBy)
        && calendarFields.equals(other.calendarFields)
        && bucket == other.bucket
        && Objects.equals(zone, other.zone)
        && method == other.method
        && engagementSets.equals(other.engagementSets);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kpis, totals, levels, groupBy, calendarFields, bucket, zone, method, engagementSets);
  }

  /**
   * Returns a summary such as {@code KpiQuery[err, ctr by platform, month; RATIO_OF_SUMS]}, or
   * {@code KpiQuery[err by hour_of_day in Europe/Paris; RATIO_OF_SUMS]} with a zone.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> what = new ArrayList<>();
    kpis.forEach(k -> what.add(k.id().value()));
    totals.forEach(t -> what.add("total " + t.value()));
    levels.forEach(t -> what.add("level " + t.value()));
    List<String> by = new ArrayList<>();
    groupBy.forEach(d -> by.add(d.id()));
    if (bucket != null) {
      by.add(bucket.columnName());
    }
    return "KpiQuery["
        + String.join(", ", what)
        + (by.isEmpty() ? "" : " by " + String.join(", ", by))
        + (zone == null ? "" : " in " + zone)
        + "; "
        + method
        + "]";
  }

  /** A mutable builder of {@link KpiQuery}; not thread-safe. */
  public static final class Builder {
    private final List<RatioKpi> kpis = new ArrayList<>();
    private final List<MetricId> totals = new ArrayList<>();
    private final List<MetricId> levels = new ArrayList<>();
    private MetricRegistry metrics = MetricRegistry.coreOnly();
    private final List<Dimension> groupBy = new ArrayList<>();
    private final List<CalendarField> calendarFields = new ArrayList<>();
    private final Set<String> columns = new HashSet<>();
    private @Nullable TimeBucket bucket;
    private @Nullable ZoneId zone;
    private Aggregation method = Aggregation.RATIO_OF_SUMS;
    private EngagementSets engagementSets = EngagementSets.defaults();

    private Builder() {}

    /**
     * Adds KPIs.
     *
     * @param kpis the KPIs, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a KPI is null
     * @throws IllegalArgumentException if a KPI or total of the same id is already added
     */
    public Builder kpis(RatioKpi... kpis) {
      return kpis(List.of(kpis));
    }

    /**
     * Adds KPIs.
     *
     * @param kpis the KPIs, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a KPI is null
     * @throws IllegalArgumentException if a KPI or total of the same id is already added
     */
    public Builder kpis(List<RatioKpi> kpis) {
      for (RatioKpi k : kpis) {
        Objects.requireNonNull(k, "kpi must not be null");
        claim(k.id().value(), "KPI");
        this.kpis.add(k);
      }
      return this;
    }

    /**
     * Adds totals of measures: the sum over the group's rows that have a value (the count of rows
     * without one is reported). A total of a non-additive measure such as reach is a "summed" value
     * and is labelled so. A measure whose metric is declared {@link Accumulation#STOCK} in the
     * query's {@link #metrics(MetricRegistry) registry} (followers) is never summed: it becomes a
     * {@link #levels level}, decided when the query is built.
     *
     * @param measures the measures, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a measure is null
     * @throws IllegalArgumentException if a KPI or total of the same id is already added
     */
    public Builder totals(MetricId... measures) {
      for (MetricId m : measures) {
        Objects.requireNonNull(m, "measure must not be null");
        claim(m.value(), "total");
        totals.add(m);
      }
      return this;
    }

    /**
     * Adds levels of stock measures (followers, members): per group, the value at the group's first
     * and last time and the smallest and largest value of a row ({@link MeasureLevel}), so that
     * followers by month are each month's closing count, never a sum. The table needs a date or
     * timestamp column to tell first from last.
     *
     * @param measures the measures, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a measure is null
     * @throws IllegalArgumentException if a KPI, total or level of the same id is already added
     */
    public Builder levels(MetricId... measures) {
      for (MetricId m : measures) {
        Objects.requireNonNull(m, "measure must not be null");
        claim(m.value(), "level");
        levels.add(m);
      }
      return this;
    }

    /**
     * Sets the registry whose declared {@link Accumulation} tells a total of a flow from the level
     * of a stock; by default {@link MetricRegistry#coreOnly()}, so a plugin's stock metric needs
     * its registry here (or {@link #levels}).
     *
     * @param metrics the registry, not null
     * @return this builder
     * @throws NullPointerException if {@code metrics} is null
     */
    public Builder metrics(MetricRegistry metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics must not be null");
      return this;
    }

    private void claim(String id, String kind) {
      if (!columns.add(id)) {
        throw new IllegalArgumentException(
            kind + " '" + id + "' is already in the query; each KPI, total or level appears once");
      }
    }

    /**
     * Groups by dimensions, in this order; called again, adds more.
     *
     * @param dimensions the dimensions, not null, no null elements, no repeats
     * @return this builder
     * @throws NullPointerException if a dimension is null
     * @throws IllegalArgumentException if a dimension is repeated
     */
    public Builder groupBy(Dimension... dimensions) {
      for (Dimension d : dimensions) {
        Objects.requireNonNull(d, "dimension must not be null");
        if (groupBy.contains(d)) {
          throw new IllegalArgumentException("dimension '" + d + "' is already grouped by");
        }
        groupBy.add(d);
      }
      return this;
    }

    /**
     * Groups by cyclic calendar fields (day of week, hour of day...), after the dimensions and
     * fields already added; each appears in results as its {@link CalendarField#dimension()}.
     * {@link CalendarField#HOUR_OF_DAY} needs {@link #zone(ZoneId)} and a table with timestamps.
     *
     * @param fields the fields, not null, no null elements, no repeats
     * @return this builder
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if a field (or a dimension of its id) is repeated
     */
    public Builder groupBy(CalendarField... fields) {
      for (CalendarField f : fields) {
        Objects.requireNonNull(f, "calendar field must not be null");
        groupBy(f.dimension());
        calendarFields.add(f);
      }
      return this;
    }

    /**
     * Sets the time zone in which the table's timestamps are read as local dates and hours. There
     * is no default: a query that needs a zone and has none is refused, never run in the system
     * zone.
     *
     * @param zone the zone, not null
     * @return this builder
     * @throws NullPointerException if {@code zone} is null
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone must not be null");
      return this;
    }

    /**
     * Groups rows by a time bucket of their date, or, in a table without a date column, of their
     * timestamp read in the query's {@link #zone(ZoneId) zone}.
     *
     * @param bucket the bucket, not null
     * @return this builder
     * @throws NullPointerException if {@code bucket} is null
     */
    public Builder bucket(TimeBucket bucket) {
      this.bucket = Objects.requireNonNull(bucket, "bucket must not be null");
      return this;
    }

    /**
     * Sets the aggregation method of every KPI.
     *
     * @param method {@link Aggregation#RATIO_OF_SUMS} or {@link Aggregation#MEAN_OF_RATIOS}
     * @return this builder
     * @throws NullPointerException if {@code method} is null
     * @throws IllegalArgumentException for any other aggregation
     */
    public Builder method(Aggregation method) {
      Objects.requireNonNull(method, "method must not be null");
      if (method != Aggregation.RATIO_OF_SUMS && method != Aggregation.MEAN_OF_RATIOS) {
        throw new IllegalArgumentException(
            "KPI aggregation method must be RATIO_OF_SUMS or MEAN_OF_RATIOS, but was " + method);
      }
      this.method = method;
      return this;
    }

    /**
     * Sets what counts as an engagement on each platform.
     *
     * @param sets the engagement sets, not null
     * @return this builder
     * @throws NullPointerException if {@code sets} is null
     */
    public Builder engagementSets(EngagementSets sets) {
      this.engagementSets = Objects.requireNonNull(sets, "engagementSets must not be null");
      return this;
    }

    /**
     * Builds the query.
     *
     * @return the query, never null
     * @throws IllegalArgumentException if it has no KPI, total or level, or groups by {@link
     *     CalendarField#HOUR_OF_DAY} without a zone
     */
    public KpiQuery build() {
      if (kpis.isEmpty() && totals.isEmpty() && levels.isEmpty()) {
        throw new IllegalArgumentException("a query needs at least one KPI, total or level");
      }
      if (zone == null && calendarFields.contains(CalendarField.HOUR_OF_DAY)) {
        throw new IllegalArgumentException(
            "zone: the query groups by hour_of_day, which needs an explicit time zone;"
                + " call zone(ZoneId), no system zone is assumed");
      }
      return new KpiQuery(this);
    }
  }
}
