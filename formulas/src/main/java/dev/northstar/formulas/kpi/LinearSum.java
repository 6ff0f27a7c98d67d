package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.MetricId;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A whole-number linear combination of measures, such as {@code likes + comments + shares} or
 * {@code positive - negative}: the numerator or denominator of a {@link RatioKpi}.
 *
 * <p>The measure {@code engagements} has a special meaning: when a table has no {@code engagements}
 * column, it stands for the platform's {@link EngagementSets engagement set} (for example likes +
 * comments + shares on Facebook).
 *
 * <p>Terms keep the order in which they were added; a measure added twice has its coefficients
 * summed, and a term whose coefficient becomes zero is dropped. {@link #toString()} is the
 * canonical form {@code likes + comments - 2*shares}, which {@link #parse(CharSequence)} reads
 * back.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
public final class LinearSum implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern TERM =
      Pattern.compile("\\s*([+-])?\\s*(?:([0-9]{1,19})\\s*\\*\\s*)?([a-z][a-z0-9_.-]{0,63})\\s*");

  /** The measures and their non-zero coefficients, in order; serialized through {@link Proxy}. */
  private final transient Map<MetricId, Long> terms;

  private LinearSum(Map<MetricId, Long> terms) {
    this.terms = terms;
  }

  /**
   * Obtains the plain sum of one or more measures, each with coefficient 1.
   *
   * @param first the first measure, not null
   * @param more further measures, not null, no null elements
   * @return the sum, never null
   * @throws NullPointerException if a measure is null
   */
  public static LinearSum of(MetricId first, MetricId... more) {
    Builder b = new Builder().plus(first, 1L);
    for (MetricId m : more) {
      b.plus(m, 1L);
    }
    return b.build();
  }

  /**
   * Obtains a sum from measures and their coefficients.
   *
   * @param coefficients the measures and coefficients, in order, not null, not empty after zero
   *     coefficients are dropped
   * @return the sum, never null
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if no term has a non-zero coefficient
   */
  public static LinearSum of(Map<MetricId, Long> coefficients) {
    Objects.requireNonNull(coefficients, "coefficients must not be null");
    Builder b = new Builder();
    coefficients.forEach(b::plus);
    return b.build();
  }

  /**
   * Reads the canonical form, such as {@code likes + comments - 2*shares}.
   *
   * @param text the text, not null
   * @return the sum, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not terms of the form {@code [+|-][n*]measure}
   */
  public static LinearSum parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString();
    if (s.length() > 10_000) {
      throw new IllegalArgumentException(
          "linear sum must be at most 10000 characters, but was " + s.length());
    }
    Matcher m = TERM.matcher(s);
    Builder b = new Builder();
    int at = 0;
    boolean first = true;
    while (at < s.length()) {
      if (!m.find(at) || m.start() != at || (m.group(1) == null && !first)) {
        throw new IllegalArgumentException(
            "linear sum must be terms such as 'likes + comments - 2*shares', but was '"
                + s
                + "' (bad term at index "
                + at
                + ")");
      }
      long coefficient = m.group(2) == null ? 1 : coefficient(m.group(2), s);
      b.plus(MetricId.of(m.group(3)), "-".equals(m.group(1)) ? -coefficient : coefficient);
      at = m.end();
      first = false;
    }
    return b.build();
  }

  private static long coefficient(String digits, String whole) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "linear sum coefficient must be at most "
              + Long.MAX_VALUE
              + ", but was "
              + digits
              + " in '"
              + (whole.length() <= 60 ? whole : whole.substring(0, 57) + "...")
              + "'",
          e);
    }
  }

  /**
   * Returns the terms: each measure with its non-zero coefficient, in order.
   *
   * @return an unmodifiable map, never empty
   */
  public Map<MetricId, Long> terms() {
    return Collections.unmodifiableMap(terms);
  }

  /**
   * Tells whether this sum uses a measure.
   *
   * @param measure the measure, not null
   * @return true if {@code measure} has a term
   */
  public boolean uses(MetricId measure) {
    return terms.containsKey(Objects.requireNonNull(measure, "measure must not be null"));
  }

  /**
   * Tells whether every coefficient is positive, so that the sum of non-negative measures is never
   * negative.
   *
   * @return true if no coefficient is negative
   */
  public boolean isNonNegative() {
    return terms.values().stream().allMatch(c -> c > 0);
  }

  /**
   * Returns this sum with another measure added.
   *
   * @param measure the measure, not null
   * @param coefficient its coefficient
   * @return the new sum, never null
   * @throws NullPointerException if {@code measure} is null
   * @throws IllegalArgumentException if every coefficient becomes zero, or a coefficient leaves the
   *     range of {@code long}
   */
  public LinearSum plus(MetricId measure, long coefficient) {
    Builder b = new Builder();
    terms.forEach(b::plus);
    return b.plus(measure, coefficient).build();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof LinearSum other && terms.equals(other.terms);
  }

  @Override
  public int hashCode() {
    return terms.hashCode();
  }

  /**
   * Returns the canonical form, such as {@code likes + comments - 2*shares}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    terms.forEach(
        (measure, c) -> {
          if (s.length() > 0) {
            s.append(c < 0 ? " - " : " + ");
          } else if (c < 0) {
            s.append('-');
          }
          long abs = Math.abs(c);
          if (abs != 1) {
            s.append(abs).append('*');
          }
          s.append(measure.value());
        });
    return s.toString();
  }

  /**
   * Serializes this sum as its canonical text, so that a stream can never bypass {@link
   * #parse(CharSequence)}'s validation.
   *
   * @return the serialization proxy, never null
   */
  private Object writeReplace() {
    return new Proxy(toString());
  }

  /**
   * Refuses a stream that did not come from {@link #writeReplace()}.
   *
   * @param in the stream
   * @throws InvalidObjectException always
   */
  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("LinearSum is serialized through its proxy");
  }

  /** The serialized form of a {@link LinearSum}: its canonical text. */
  private static final class Proxy implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The canonical text, such as {@code likes + comments - 2*shares}. */
    private final String text;

    Proxy(String text) {
      this.text = text;
    }

    /**
     * Reads the sum back from its text.
     *
     * @return the sum, never null
     * @throws InvalidObjectException if the text is not a valid sum
     */
    private Object readResolve() throws InvalidObjectException {
      try {
        return parse(text);
      } catch (RuntimeException e) {
        throw new InvalidObjectException("invalid serialized LinearSum: " + e.getMessage());
      }
    }
  }

  private static final class Builder {
    private final LinkedHashMap<MetricId, Long> terms = new LinkedHashMap<>();

    Builder plus(MetricId measure, @Nullable Long coefficient) {
      Objects.requireNonNull(measure, "measure must not be null");
      Objects.requireNonNull(coefficient, "coefficient of " + measure + " must not be null");
      if (coefficient == Long.MIN_VALUE) {
        throw new IllegalArgumentException("coefficient of " + measure + " is out of range");
      }
      long sum;
      try {
        sum = Math.addExact(terms.getOrDefault(measure, 0L), coefficient);
      } catch (ArithmeticException e) {
        throw new IllegalArgumentException(
            "coefficient of " + measure + " must stay within the range of long", e);
      }
      if (sum == 0) {
        terms.remove(measure);
      } else {
        terms.put(measure, sum);
      }
      return this;
    }

    LinearSum build() {
      if (terms.isEmpty()) {
        throw new IllegalArgumentException("linear sum must have at least one non-zero term");
      }
      return new LinearSum(new LinkedHashMap<>(terms));
    }
  }
}
