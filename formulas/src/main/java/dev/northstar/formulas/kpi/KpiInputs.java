package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The values of some measures for one row or one total, such as {@code engagements = 150, reach =
 * 3000}: the input of {@link RatioKpi#evaluate(KpiInputs)}.
 *
 * <p>A measure without a value is missing, which is distinct from zero: a KPI that uses it has no
 * result at all, while a zero denominator gives an undefined ratio. Values are exact decimals, zero
 * or more (counts and amounts of money in one currency), with at most 40 digits and 40 decimals.
 *
 * <pre>{@code
 * KpiInputs ads = KpiInputs.of(CoreMetrics.SPEND, 500).with(CoreMetrics.CLICKS, 250);
 * Kpis.CPC.evaluate(ads);   // Optional[500/250], 2
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class KpiInputs {

  private static final int MAX_DIGITS = 40;

  private static final KpiInputs EMPTY = new KpiInputs(new LinkedHashMap<>());

  private final Map<MetricId, BigDecimal> values;

  private KpiInputs(Map<MetricId, BigDecimal> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * Returns inputs without any value.
   *
   * @return the empty inputs, never null
   */
  public static KpiInputs empty() {
    return EMPTY;
  }

  /**
   * Obtains inputs with one value.
   *
   * @param measure the measure, not null
   * @param value its value, zero or more
   * @return the inputs, never null
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static KpiInputs of(MetricId measure, long value) {
    return EMPTY.with(measure, value);
  }

  /**
   * Obtains inputs with two values, such as a numerator and a denominator.
   *
   * @param first the first measure, not null
   * @param firstValue its value, zero or more
   * @param second the second measure, not null
   * @param secondValue its value, zero or more
   * @return the inputs, never null
   * @throws NullPointerException if a measure is null
   * @throws IllegalArgumentException if a value is negative
   */
  public static KpiInputs of(MetricId first, long firstValue, MetricId second, long secondValue) {
    return EMPTY.with(first, firstValue).with(second, secondValue);
  }

  /**
   * Obtains inputs from a map of values.
   *
   * @param values the measures and their values, not null, no null keys or values
   * @return the inputs, never null
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a value is negative or has more than 40 digits or decimals
   */
  public static KpiInputs of(Map<MetricId, BigDecimal> values) {
    Objects.requireNonNull(values, "values must not be null");
    KpiInputs inputs = EMPTY;
    for (Map.Entry<MetricId, BigDecimal> e : values.entrySet()) {
      inputs = inputs.with(e.getKey(), e.getValue());
    }
    return inputs;
  }

  /**
   * Returns a copy in which a measure has a value, replacing any earlier one.
   *
   * @param measure the measure, not null
   * @param value its value, zero or more
   * @return the new inputs, never null
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public KpiInputs with(MetricId measure, long value) {
    return with(measure, BigDecimal.valueOf(value));
  }

  /**
   * Returns a copy in which a measure has a value, replacing any earlier one.
   *
   * @param measure the measure, not null
   * @param value its value, zero or more, at most 40 digits and 40 decimals, not null
   * @return the new inputs, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code value} is negative or too long
   */
  public KpiInputs with(MetricId measure, BigDecimal value) {
    Objects.requireNonNull(measure, "measure must not be null");
    Objects.requireNonNull(value, () -> "value of measure " + measure + " must not be null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          "value of measure "
              + measure
              + " must be zero or more, but was "
              + value.toPlainString());
    }
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(
          "value of measure "
              + measure
              + " must have at most "
              + MAX_DIGITS
              + " digits and decimals, but had "
              + Math.max(integerDigits, value.scale()));
    }
    LinkedHashMap<MetricId, BigDecimal> copy = new LinkedHashMap<>(values);
    copy.put(measure, value);
    return new KpiInputs(copy);
  }

  /**
   * Returns a copy in which {@code engagements} is the sum of the platform's engagement set, when
   * it has no value of its own and every count of the set has one; otherwise this unchanged.
   *
   * @param sets the engagement sets, not null
   * @param platform the platform whose set applies, not null
   * @return the inputs, never null
   * @throws NullPointerException if an argument is null
   */
  public KpiInputs withEngagements(EngagementSets sets, Platform platform) {
    Objects.requireNonNull(sets, "sets must not be null");
    Objects.requireNonNull(platform, "platform must not be null");
    if (values.containsKey(CoreMetrics.ENGAGEMENTS)) {
      return this;
    }
    return valueOf(sets.sumFor(platform))
        .map(sum -> with(CoreMetrics.ENGAGEMENTS, sum))
        .orElse(this);
  }

  /**
   * Returns the value of a measure.
   *
   * @param measure the measure, not null
   * @return the value, or empty if the measure is missing
   * @throws NullPointerException if {@code measure} is null
   */
  public Optional<BigDecimal> value(MetricId measure) {
    return Optional.ofNullable(
        values.get(Objects.requireNonNull(measure, "measure must not be null")));
  }

  /**
   * Returns every value, in the order the measures were first given.
   *
   * @return an unmodifiable map, never null
   */
  public Map<MetricId, BigDecimal> values() {
    return values;
  }

  /**
   * Evaluates a sum of measures on these values.
   *
   * @param sum the sum, not null
   * @return the value of the sum, possibly negative, or empty if one of its measures is missing
   * @throws NullPointerException if {@code sum} is null
   */
  public Optional<BigDecimal> valueOf(LinearSum sum) {
    Objects.requireNonNull(sum, "sum must not be null");
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<MetricId, Long> term : sum.terms().entrySet()) {
      BigDecimal value = values.get(term.getKey());
      if (value == null) {
        return Optional.empty();
      }
      total = total.add(value.multiply(BigDecimal.valueOf(term.getValue())));
    }
    return Optional.of(total);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof KpiInputs other) || !values.keySet().equals(other.values.keySet())) {
      return false;
    }
    for (Map.Entry<MetricId, BigDecimal> e : values.entrySet()) {
      BigDecimal theirs = other.values.get(e.getKey());
      if (theirs == null || theirs.compareTo(e.getValue()) != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int h = 0;
    for (Map.Entry<MetricId, BigDecimal> e : values.entrySet()) {
      BigDecimal v = e.getValue();
      h += e.getKey().hashCode() ^ (v.signum() == 0 ? 0 : v.stripTrailingZeros().hashCode());
    }
    return h;
  }

  /**
   * Returns the values, such as {@code KpiInputs{engagements=150, reach=3000}}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("KpiInputs{");
    values.forEach(
        (m, v) ->
            s.append(s.length() > 10 ? ", " : "").append(m).append('=').append(v.toPlainString()));
    return s.append('}').toString();
  }
}
