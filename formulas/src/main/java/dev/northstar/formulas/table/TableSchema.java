package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The columns of a {@link MetricTable}: its dimensions, whether rows carry a date, and its
 * measures, each in a fixed order.
 *
 * <pre>{@code
 * TableSchema schema = TableSchema.builder()
 *     .dimensions(Dimension.PLATFORM, Dimension.CAMPAIGN)
 *     .dated()
 *     .measure(Measure.count(CoreMetrics.REACH))
 *     .measure(Measure.amount(CoreMetrics.SPEND, Currency.getInstance("USD")))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
// The list fields hold List.copyOf or unmodifiable ArrayList copies, which are serializable.
@SuppressWarnings("serial")
public final class TableSchema implements Serializable {

  private static final long serialVersionUID = 1L;

  private final List<Dimension> dimensions;
  private final boolean dated;
  private final boolean timestamped;
  private final List<Measure> measures;

  private TableSchema(
      List<Dimension> dimensions, boolean dated, boolean timestamped, List<Measure> measures) {
    this.dimensions = List.copyOf(dimensions);
    this.dated = dated;
    this.timestamped = timestamped;
    this.measures = List.copyOf(measures);
  }

  /**
   * Starts a builder of a schema with no columns.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the dimensions, in column order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Dimension> dimensions() {
    return dimensions;
  }

  /**
   * Tells whether every row carries a date.
   *
   * @return true if rows are dated
   */
  public boolean isDated() {
    return dated;
  }

  /**
   * Tells whether every row carries a timestamp (an instant, stored as epoch seconds), which a
   * query reads in the zone it names.
   *
   * @return true if rows are timestamped
   */
  public boolean isTimestamped() {
    return timestamped;
  }

  /**
   * Returns the measures, in column order.
   *
   * @return an unmodifiable list, never null
   */
  public List<Measure> measures() {
    return measures;
  }

  /**
   * Returns the index of a dimension.
   *
   * @param dimension the dimension, not null
   * @return the index, or -1 if the schema has no such dimension
   */
  public int indexOf(Dimension dimension) {
    return dimensions.indexOf(Objects.requireNonNull(dimension, "dimension must not be null"));
  }

  /**
   * Returns the index of a measure.
   *
   * @param id the measure's id, not null
   * @return the index, or -1 if the schema has no such measure
   */
  public int indexOf(MetricId id) {
    Objects.requireNonNull(id, "measure id must not be null");
    for (int i = 0; i < measures.size(); i++) {
      if (measures.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the measure with an id.
   *
   * @param id the id, not null
   * @return the measure, or empty if there is none
   */
  public Optional<Measure> measure(MetricId id) {
    int i = indexOf(id);
    return i < 0 ? Optional.empty() : Optional.of(measures.get(i));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TableSchema other
        && dimensions.equals(other.dimensions)
        && dated == other.dated
        && timestamped == other.timestamped
        && measures.equals(other.measures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dimensions, dated, timestamped, measures);
  }

  /**
   * Returns the columns, such as {@code [platform, campaign, date | reach, spend[USD:2]]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    List<String> dims = new ArrayList<>();
    dimensions.forEach(d -> dims.add(d.id()));
    if (dated) {
      dims.add("date");
    }
    if (timestamped) {
      dims.add("timestamp");
    }
    List<String> ms = new ArrayList<>();
    measures.forEach(m -> ms.add(m.toString()));
    return "[" + String.join(", ", dims) + " | " + String.join(", ", ms) + "]";
  }

  /** A mutable builder of {@link TableSchema}; not thread-safe. */
  public static final class Builder {
    private final List<Dimension> dimensions = new ArrayList<>();
    private final List<Measure> measures = new ArrayList<>();
    private final Set<String> names = new HashSet<>();
    private boolean dated;
    private boolean timestamped;

    private Builder() {}

    /**
     * Adds dimensions.
     *
     * @param dimensions the dimensions, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a dimension is null
     * @throws IllegalArgumentException if a dimension is already in the schema
     */
    public Builder dimensions(Dimension... dimensions) {
      for (Dimension d : dimensions) {
        Objects.requireNonNull(d, "dimension must not be null");
        claim(d.id(), "dimension");
        this.dimensions.add(d);
      }
      return this;
    }

    /**
     * Adds dimensions.
     *
     * @param dimensions the dimensions, not null, no null elements
     * @return this builder
     * @throws NullPointerException if a dimension is null
     * @throws IllegalArgumentException if a dimension is already in the schema
     */
    public Builder dimensions(List<Dimension> dimensions) {
      return dimensions(dimensions.toArray(new Dimension[0]));
    }

    /**
     * Says that every row carries a date.
     *
     * @return this builder
     */
    public Builder dated() {
      this.dated = true;
      return this;
    }

    /**
     * Says that every row carries a timestamp (an instant, stored as epoch seconds).
     *
     * @return this builder
     */
    public Builder timestamped() {
      this.timestamped = true;
      return this;
    }

    /**
     * Adds a measure.
     *
     * @param measure the measure, not null
     * @return this builder
     * @throws NullPointerException if {@code measure} is null
     * @throws IllegalArgumentException if a column of that name is already in the schema
     */
    public Builder measure(Measure measure) {
      Objects.requireNonNull(measure, "measure must not be null");
      claim(measure.id().value(), "measure");
      measures.add(measure);
      return this;
    }

    /**
     * Adds count measures.
     *
     * @param ids the measures' ids, not null, no null elements
     * @return this builder
     * @throws NullPointerException if an id is null
     * @throws IllegalArgumentException if a column of that name is already in the schema
     */
    public Builder counts(MetricId... ids) {
      for (MetricId id : ids) {
        measure(Measure.count(id));
      }
      return this;
    }

    private void claim(String name, String kind) {
      if (name.equals("date") || name.equals("timestamp") || !names.add(name)) {
        throw new IllegalArgumentException(
            kind
                + " '"
                + name
                + "' is already a column of the schema; column names must be unique");
      }
    }

    /**
     * Builds the schema.
     *
     * @return the schema, never null
     * @throws IllegalArgumentException if it has no measure
     */
    public TableSchema build() {
      if (measures.isEmpty()) {
        throw new IllegalArgumentException("a table schema must have at least one measure");
      }
      return new TableSchema(dimensions, dated, timestamped, measures);
    }
  }
}
