package dev.northstar.progress.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Decimal arithmetic of the progress module: every quotient is rounded to 16 significant digits
 * (IEEE 754 decimal64, half-even), and a division by zero is an empty result rather than an
 * exception, NaN or infinity, so that callers must say what an undefined figure means.
 *
 * <p>Not part of the API: this package is not exported.
 */
public final class Decimals {

  /** The precision of every derived figure: 16 significant digits, half-even. */
  public static final MathContext CONTEXT = MathContext.DECIMAL64;

  private Decimals() {}

  /**
   * Divides, rounding to {@link #CONTEXT}.
   *
   * @param dividend the dividend
   * @param divisor the divisor
   * @return the rounded, canonical quotient, or empty if {@code divisor} is zero
   */
  public static Optional<BigDecimal> divide(BigDecimal dividend, BigDecimal divisor) {
    if (divisor.signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(canonical(dividend.divide(divisor, CONTEXT)));
  }

  /**
   * Limits a number to a closed interval.
   *
   * @param value the number
   * @param min the lower end
   * @param max the upper end, not less than {@code min}
   * @return {@code value} if inside, else the nearer end
   */
  public static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0) {
      return min;
    }
    return value.compareTo(max) > 0 ? max : value;
  }

  /**
   * Returns a number without trailing zeros and never with a negative scale, so that {@code 1.0}
   * and {@code 1} print and compare alike.
   *
   * @param value the number
   * @return the canonical form
   */
  public static BigDecimal canonical(BigDecimal value) {
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /**
   * Prints a figure for a {@code toString()} read by people (JShell): at most four decimals from 1
   * up ({@code 2104.80602006689} is {@code 2104.806}), four significant digits below 1 ({@code
   * 0.0512345} is {@code 0.05123}), half-even, without trailing zeros or an exponent. The accessors
   * keep the exact values.
   *
   * @param value the number
   * @return the text
   */
  public static String readable(BigDecimal value) {
    BigDecimal rounded =
        value.abs().compareTo(BigDecimal.ONE) < 0
            ? value.round(new MathContext(4, RoundingMode.HALF_EVEN))
            : value.setScale(Math.min(value.scale(), 4), RoundingMode.HALF_EVEN);
    return canonical(rounded).toPlainString();
  }

  /**
   * Converts a double to a decimal of {@link #CONTEXT}'s precision.
   *
   * @param value the number
   * @return the decimal, or empty if {@code value} is NaN or infinite
   */
  public static Optional<BigDecimal> fromDouble(double value) {
    if (!Double.isFinite(value)) {
      return Optional.empty();
    }
    return Optional.of(canonical(new BigDecimal(value, CONTEXT)));
  }

  /**
   * Returns {@code value} if it is not null.
   *
   * @param value the value to check, may be null
   * @param field the name of the field, for the message
   * @param <T> the value's type
   * @return {@code value}
   * @throws NullPointerException naming {@code field} if {@code value} is null
   */
  public static <T> T notNull(@Nullable T value, String field) {
    return Objects.requireNonNull(value, () -> field + " must not be null");
  }
}
