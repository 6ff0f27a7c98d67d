package dev.northstar.core.internal;

import java.math.BigDecimal;

/**
 * Canonical decimal numbers for value types: {@code 20}, {@code 20.0} and {@code 2E+1} become the
 * same {@link BigDecimal}, so {@code equals} agrees with numeric equality and a JSON round trip
 * gives an equal object.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Numbers {

  /** The most significant digits a value may have; more is refused as hostile input. */
  public static final int MAX_PRECISION = 40;

  /** The most decimal places allowed. */
  public static final int MAX_SCALE = 40;

  private Numbers() {}

  /**
   * Returns the canonical form of a number: trailing zeros stripped, never a negative scale.
   *
   * @param value the number, not null
   * @param field the name of the field, for the message
   * @return the canonical number
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the number has more than 40 digits in plain notation
   *     (integer digits and decimals together, trailing zeros of the fraction ignored)
   */
  public static BigDecimal canonical(BigDecimal value, String field) {
    Checks.notNull(value, field);
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    long integerDigits = (long) stripped.precision() - stripped.scale();
    if (stripped.precision() > MAX_PRECISION
        || integerDigits > MAX_PRECISION
        || stripped.scale() > MAX_SCALE) {
      throw new IllegalArgumentException(
          field
              + " must have at most "
              + MAX_PRECISION
              + " significant digits and "
              + MAX_SCALE
              + " decimals, and at most "
              + MAX_PRECISION
              + " digits before the point, but was "
              + Checks.abbreviate(value.toString()));
    }
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
