package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import dev.northstar.core.metric.Polarity;
import dev.northstar.formulas.ratio.Ratio;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A KPI that is a ratio of two {@link LinearSum sums of measures}, times a constant factor: the
 * kind the aggregation engine computes over a metric table in one pass, such as engagement rate by
 * reach ({@code (likes + comments + shares) / reach}) or CPM ({@code spend / impressions x 1000}).
 *
 * <p>Over many rows it is aggregated as {@link Aggregation#RATIO_OF_SUMS} (the sum of the row
 * numerators over the sum of the row denominators) or {@link Aggregation#MEAN_OF_RATIOS} (the mean
 * of the per-row ratios, skipping rows whose denominator is zero).
 *
 * <pre>{@code
 * RatioKpi err = RatioKpi.builder(MetricId.of("err"))
 *     .name("Engagement rate by reach")
 *     .numerator(LinearSum.of(CoreMetrics.ENGAGEMENTS))
 *     .denominator(LinearSum.of(CoreMetrics.REACH))
 *     .build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
public final class RatioKpi implements Serializable {

  private static final long serialVersionUID = 1L;

  // Transient: the KPI is serialized through Proxy, which rebuilds it with the builder's checks.
  /** The id. */
  private final transient MetricId id;

  /** The human name. */
  private final transient String name;

  /** The description. */
  private final transient String description;

  /** The numerator. */
  private final transient LinearSum numerator;

  /** The denominator, with positive coefficients. */
  private final transient LinearSum denominator;

  /** The factor, positive. */
  private final transient BigDecimal factor;

  /** The unit of the result. */
  private final transient MetricUnit unit;

  /** Whether higher or lower is better. */
  private final transient Polarity polarity;

  private RatioKpi(Builder b) {
    this.id = b.id;
    this.name = b.name == null ? b.id.value() : b.name;
    this.description = b.description;
    this.numerator =
        Objects.requireNonNull(b.numerator, () -> "numerator of KPI " + b.id + " must be set");
    this.denominator =
        Objects.requireNonNull(b.denominator, () -> "denominator of KPI " + b.id + " must be set");
    this.factor = b.factor;
    this.unit = b.unit;
    this.polarity = b.polarity;
  }

  /**
   * Starts a builder.
   *
   * <p>Defaults: name = the id's text, empty description, factor 1, unit {@link MetricUnit#RATIO},
   * {@link Polarity#HIGHER_IS_BETTER}. Numerator and denominator must be set.
   *
   * @param id the KPI's id, not null
   * @return a new builder, never null
   * @throws NullPointerException if {@code id} is null
   */
  public static Builder builder(MetricId id) {
    return new Builder(Objects.requireNonNull(id, "id must not be null"));
  }

  /**
   * Returns the id.
   *
   * @return the id, never null
   */
  public MetricId id() {
    return id;
  }

  /**
   * Returns the human name, such as "Engagement rate by reach".
   *
   * @return the name, never null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the description: formula, unit, source and edge cases.
   *
   * @return the description, possibly empty, never null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator, never null
   */
  public LinearSum numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator, never null
   */
  public LinearSum denominator() {
    return denominator;
  }

  /**
   * Returns the factor the quotient is multiplied by, such as 1000 for CPM; usually 1.
   *
   * @return the factor, positive, never null
   */
  public BigDecimal factor() {
    return factor;
  }

  /**
   * Returns the unit of the result: {@link MetricUnit#RATIO} for rates, {@link MetricUnit#CURRENCY}
   * for costs, {@link MetricUnit#COUNT} for per-post averages.
   *
   * @return the unit, never null
   */
  public MetricUnit unit() {
    return unit;
  }

  /**
   * Returns whether higher or lower is better.
   *
   * @return the polarity, never null
   */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * Returns this KPI as a metric definition for the registry: non-additive, aggregated as a ratio
   * of sums by default.
   *
   * @return the definition, never null
   */
  public MetricDefinition toDefinition() {
    return MetricDefinition.builder(id)
        .name(name)
        .description(description)
        .unit(unit)
        .polarity(polarity)
        .additivity(Additivity.NON_ADDITIVE)
        .accumulation(Accumulation.RATE)
        .defaultAggregation(Aggregation.RATIO_OF_SUMS)
        .build();
  }

  /**
   * Evaluates this KPI on given measure values: the numerator's value times the factor, over the
   * denominator's value.
   *
   * <p>The result is empty when a measure the KPI uses has no value (missing data), and an
   * {@linkplain Ratio#isDefined() undefined} ratio when the denominator is zero. A missing {@code
   * engagements} is not derived here; use {@link KpiInputs#withEngagements(EngagementSets,
   * dev.northstar.core.scope.Platform)} first.
   *
   * <pre>{@code
   * Kpis.ERR.evaluate(KpiInputs.of(CoreMetrics.ENGAGEMENTS, 150, CoreMetrics.REACH, 3_000))
   *     .map(Ratio::toPercentString);   // Optional["5%"]
   * }</pre>
   *
   * @param inputs the measure values, not null
   * @return the ratio, or empty if a measure is missing
   * @throws NullPointerException if {@code inputs} is null
   * @throws IllegalArgumentException if a value has more than 60 digits once summed or scaled
   */
  public Optional<Ratio> evaluate(KpiInputs inputs) {
    Objects.requireNonNull(inputs, "inputs must not be null");
    Optional<BigDecimal> num = inputs.valueOf(numerator);
    Optional<BigDecimal> den = inputs.valueOf(denominator);
    if (num.isEmpty() || den.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Ratio.of(num.get().multiply(factor), den.get()));
  }

  /**
   * Tells whether this KPI uses a measure in its numerator or denominator.
   *
   * @param measure the measure, not null
   * @return true if either sum uses {@code measure}
   * @throws NullPointerException if {@code measure} is null
   */
  public boolean uses(MetricId measure) {
    return numerator.uses(measure) || denominator.uses(measure);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof RatioKpi other
        && id.equals(other.id)
        && name.equals(other.name)
        && description.equals(other.description)
        && numerator.equals(other.numerator)
        && denominator.equals(other.denominator)
        && factor.compareTo(other.factor) == 0
        && unit == other.unit
        && polarity == other.polarity;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, numerator, denominator, unit, polarity);
  }

  /**
   * Returns the formula in one line, such as {@code cpm = spend / impressions x 1000}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    String num = numerator.terms().size() > 1 ? "(" + numerator + ")" : numerator.toString();
    String den = denominator.terms().size() > 1 ? "(" + denominator + ")" : denominator.toString();
    return id
        + " = "
        + num
        + " / "
        + den
        + (factor.compareTo(BigDecimal.ONE) == 0 ? "" : " x " + factor.toPlainString());
  }

  /**
   * Serializes this KPI through a proxy of plain values, so that a stream cannot bypass the
   * builder's checks.
   *
   * @return the serialization proxy, never null
   */
  private Object writeReplace() {
    return new Proxy(this);
  }

  /**
   * Refuses a stream that did not come from {@link #writeReplace()}.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("RatioKpi is serialized through its proxy");
  }

  /** The serialized form of a {@link RatioKpi}: its fields as plain values. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The id's text. */
    private final String id;

    /** The name. */
    private final String name;

    /** The description. */
    private final String description;

    /** The numerator's canonical text. */
    private final String numerator;

    /** The denominator's canonical text. */
    private final String denominator;

    /** The factor. */
    private final BigDecimal factor;

    /** The unit. */
    private final MetricUnit unit;

    /** The polarity. */
    private final Polarity polarity;

    Proxy(RatioKpi kpi) {
      this.id = kpi.id.value();
      this.name = kpi.name;
      this.description = kpi.description;
      this.numerator = kpi.numerator.toString();
      this.denominator = kpi.denominator.toString();
      this.factor = kpi.factor;
      this.unit = kpi.unit;
      this.polarity = kpi.polarity;
    }

    /**
     * Rebuilds the KPI with the builder's checks.
     *
     * @return the KPI, never null
     * @throws InvalidObjectException if a value is invalid
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return builder(MetricId.of(id))
            .name(name)
            .description(description)
            .numerator(LinearSum.parse(numerator))
            .denominator(LinearSum.parse(denominator))
            .factor(factor)
            .unit(unit)
            .polarity(polarity)
            .build();
      } catch (RuntimeException e) {
        throw new InvalidObjectException("invalid serialized RatioKpi: " + e.getMessage());
      }
    }
  }

  /** A mutable builder of {@link RatioKpi}; not thread-safe. */
  public static final class Builder {
    private final MetricId id;
    private @Nullable String name;
    private String description = "";
    private @Nullable LinearSum numerator;
    private @Nullable LinearSum denominator;
    private BigDecimal factor = BigDecimal.ONE;
    private MetricUnit unit = MetricUnit.RATIO;
    private Polarity polarity = Polarity.HIGHER_IS_BETTER;

    private Builder(MetricId id) {
      this.id = id;
    }

    /**
     * Sets the human name.
     *
     * @param name the name, not blank
     * @return this builder
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name must not be null");
      if (name.isBlank()) {
        throw new IllegalArgumentException("name of KPI " + id + " must not be blank");
      }
      this.name = name.strip();
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, not null
     * @return this builder
     * @throws NullPointerException if {@code description} is null
     */
    public Builder description(String description) {
      this.description =
          Objects.requireNonNull(description, "description must not be null").strip();
      return this;
    }

    /**
     * Sets the numerator.
     *
     * @param numerator the numerator, not null
     * @return this builder
     * @throws NullPointerException if {@code numerator} is null
     */
    public Builder numerator(LinearSum numerator) {
      this.numerator = Objects.requireNonNull(numerator, "numerator must not be null");
      return this;
    }

    /**
     * Sets the denominator. Its coefficients must be positive, so that it is never negative over
     * non-negative measures.
     *
     * @param denominator the denominator, not null
     * @return this builder
     * @throws NullPointerException if {@code denominator} is null
     * @throws IllegalArgumentException if a coefficient is negative
     */
    public Builder denominator(LinearSum denominator) {
      Objects.requireNonNull(denominator, "denominator must not be null");
      if (!denominator.isNonNegative()) {
        throw new IllegalArgumentException(
            "denominator of KPI "
                + id
                + " must have positive coefficients, but was "
                + denominator);
      }
      this.denominator = denominator;
      return this;
    }

    /**
     * Sets the factor the quotient is multiplied by, such as 1000 for CPM.
     *
     * @param factor the factor, positive, not null
     * @return this builder
     * @throws NullPointerException if {@code factor} is null
     * @throws IllegalArgumentException if {@code factor} is not positive
     */
    public Builder factor(BigDecimal factor) {
      Objects.requireNonNull(factor, "factor must not be null");
      if (factor.signum() <= 0) {
        throw new IllegalArgumentException(
            "factor of KPI " + id + " must be positive, but was " + factor.toPlainString());
      }
      this.factor = factor;
      return this;
    }

    /**
     * Sets the unit of the result.
     *
     * @param unit the unit, not null
     * @return this builder
     * @throws NullPointerException if {@code unit} is null
     */
    public Builder unit(MetricUnit unit) {
      this.unit = Objects.requireNonNull(unit, "unit must not be null");
      return this;
    }

    /**
     * Sets the polarity.
     *
     * @param polarity the polarity, not null
     * @return this builder
     * @throws NullPointerException if {@code polarity} is null
     */
    public Builder polarity(Polarity polarity) {
      this.polarity = Objects.requireNonNull(polarity, "polarity must not be null");
      return this;
    }

    /**
     * Builds the KPI.
     *
     * @return the KPI, never null
     * @throws NullPointerException if the numerator or denominator is not set
     */
    public RatioKpi build() {
      return new RatioKpi(this);
    }
  }
}
