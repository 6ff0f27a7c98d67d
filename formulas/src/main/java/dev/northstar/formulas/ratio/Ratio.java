package dev.northstar.formulas.ratio;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * An exact ratio of two numbers, such as {@code 150/3000} engagements per reached person.
 *
 * <p>The numerator and the denominator are kept exactly; the quotient is computed only when asked
 * for. A ratio whose denominator is zero is <em>undefined</em>: {@link #value()} is empty, {@link
 * #toPercentString()} says {@code "undefined"}, and no 0, NaN or Infinity ever comes out of it.
 * Undefined is distinct from missing data, which a formula reports by having no ratio at all.
 *
 * <p>Ratios over disjoint sets of rows combine with {@link #merge(Ratio)}, which adds both
 * numerators and both denominators: the ratio of sums. The numerator may be negative (net
 * sentiment, ROI); the denominator may not.
 *
 * <p>{@link #toString()} is the canonical form {@code 150/3000}, which {@link #parse(CharSequence)}
 * reads back. Two ratios are equal when their numerators and denominators are numerically equal:
 * {@code 1/2} equals {@code 1.0/2} but not {@code 2/4}; use {@link #hasSameValueAs(Ratio)} to
 * compare quotients.
 *
 * <pre>{@code
 * Ratio err = Ratio.of(150, 3_000);
 * err.value();             // Optional[0.05]
 * err.toPercentString();   // "5%"
 * Ratio.of(7, 0).isDefined();   // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
public final class Ratio implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Operands are limited to this many digits, so a hostile number cannot exhaust memory. */
  private static final int MAX_DIGITS = 60;

  /**
   * The longest canonical text, plus room for white space: two operands of a sign, 60 digits, a
   * point and 60 decimals each.
   */
  private static final int MAX_TEXT_LENGTH = 2 * (2 * MAX_DIGITS + 2) + 16;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The text shown for an undefined ratio. */
  public static final String UNDEFINED_TEXT = "undefined";

  /** The numerator, any sign, at most 60 digits and 60 decimals. */
  private final BigDecimal numerator;

  /** The denominator, zero or more, at most 60 digits and 60 decimals. */
  private final BigDecimal denominator;

  private Ratio(BigDecimal numerator, BigDecimal denominator) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /**
   * Obtains a ratio of two whole numbers.
   *
   * @param numerator the numerator, any value
   * @param denominator the denominator, zero or more; zero gives an undefined ratio
   * @return the ratio, never null
   * @throws IllegalArgumentException if {@code denominator} is negative
   */
  public static Ratio of(long numerator, long denominator) {
    return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
  }

  /**
   * Obtains a ratio of two exact decimals, such as an amount of money over a count.
   *
   * @param numerator the numerator, not null, at most 60 digits
   * @param denominator the denominator, not null, zero or more, at most 60 digits
   * @return the ratio, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code denominator} is negative or an operand has more than
   *     60 digits
   */
  public static Ratio of(BigDecimal numerator, BigDecimal denominator) {
    Objects.requireNonNull(numerator, "numerator must not be null");
    Objects.requireNonNull(denominator, "denominator must not be null");
    checkDigits(numerator, "numerator");
    checkDigits(denominator, "denominator");
    if (denominator.signum() < 0) {
      throw new IllegalArgumentException(
          "denominator must be zero or more, but was " + denominator.toPlainString());
    }
    return new Ratio(numerator, denominator);
  }

  private static void checkDigits(BigDecimal value, String field) {
    long integerDigits = (long) value.precision() - value.scale();
    if (integerDigits > MAX_DIGITS || value.scale() > MAX_DIGITS) {
      throw new IllegalArgumentException(
          field + " must have at most " + MAX_DIGITS + " digits and decimals");
    }
  }

  /**
   * Obtains a ratio from its canonical text {@code numerator/denominator}, such as {@code
   * 150/3000}; surrounding white space is ignored.
   *
   * @param text the text, not null
   * @return the ratio, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not two plain decimal numbers separated by
   *     {@code /}, or the denominator is negative
   */
  public static Ratio parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip();
    int slash = s.indexOf('/');
    if (slash < 0 || s.indexOf('/', slash + 1) >= 0 || s.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(
          "ratio must be 'numerator/denominator' such as '150/3000', but was '"
              + abbreviate(s)
              + "'");
    }
    return of(
        decimal(s.substring(0, slash).strip(), "numerator", s),
        decimal(s.substring(slash + 1).strip(), "denominator", s));
  }

  private static BigDecimal decimal(String part, String field, String whole) {
    if (!part.matches("[+-]?[0-9]+(\\.[0-9]+)?")) {
      throw new IllegalArgumentException(
          "ratio "
              + field
              + " must be a plain decimal number, but was '"
              + abbreviate(part)
              + "' in '"
              + abbreviate(whole)
              + "'");
    }
    return new BigDecimal(part);
  }

  private static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }

  /**
   * Returns the numerator.
   *
   * @return the numerator, never null
   */
  public BigDecimal numerator() {
    return numerator;
  }

  /**
   * Returns the denominator.
   *
   * @return the denominator, zero or more, never null
   */
  public BigDecimal denominator() {
    return denominator;
  }

  /**
   * Tells whether the ratio has a value, that is whether its denominator is not zero.
   *
   * @return true if the denominator is not zero
   */
  public boolean isDefined() {
    return denominator.signum() != 0;
  }

  /**
   * Returns the quotient to 16 significant digits ({@link MathContext#DECIMAL64}), such as {@code
   * 0.05} for {@code 150/3000}.
   *
   * @return the quotient, or empty if the ratio is undefined
   */
  public Optional<BigDecimal> value() {
    return value(MathContext.DECIMAL64);
  }

  /**
   * Returns the quotient rounded as {@code context} says, trailing zeros stripped.
   *
   * @param context the precision and rounding, not null
   * @return the quotient, or empty if the ratio is undefined
   * @throws NullPointerException if {@code context} is null
   * @throws ArithmeticException if {@code context} asks for unlimited precision and the quotient
   *     has no exact decimal form
   */
  public Optional<BigDecimal> value(MathContext context) {
    Objects.requireNonNull(context, "context must not be null");
    if (!isDefined()) {
      return Optional.empty();
    }
    return Optional.of(numerator.divide(denominator, context).stripTrailingZeros());
  }

  /**
   * Returns the quotient as the nearest {@code double}.
   *
   * @return the quotient, or empty if the ratio is undefined; never NaN or infinite
   */
  public OptionalDouble doubleValue() {
    return isDefined()
        ? OptionalDouble.of(numerator.divide(denominator, MathContext.DECIMAL64).doubleValue())
        : OptionalDouble.empty();
  }

  /**
   * Returns the ratio over the union of two disjoint sets of rows: numerators added, denominators
   * added.
   *
   * @param other the other ratio, not null
   * @return the merged ratio, never null
   * @throws NullPointerException if {@code other} is null
   * @throws IllegalArgumentException if a sum has more than 60 digits
   */
  public Ratio merge(Ratio other) {
    Objects.requireNonNull(other, "other must not be null");
    return of(numerator.add(other.numerator), denominator.add(other.denominator));
  }

  /**
   * Returns this ratio with its numerator multiplied by a factor, such as 1000 for a cost per
   * thousand impressions. The denominator, and so whether the ratio is defined, is unchanged.
   *
   * @param factor the factor, not null
   * @return the scaled ratio, never null
   * @throws NullPointerException if {@code factor} is null
   * @throws IllegalArgumentException if the product has more than 60 digits
   */
  public Ratio multipliedBy(BigDecimal factor) {
    Objects.requireNonNull(factor, "factor must not be null");
    return of(numerator.multiply(factor), denominator);
  }

  /**
   * Returns one minus this ratio, over the same denominator: {@code (d - n)/d}, such as a bounce
   * rate from an engaged-session rate.
   *
   * @return the complement, never null
   */
  public Ratio complement() {
    return of(denominator.subtract(numerator), denominator);
  }

  /**
   * Tells whether two ratios have the same quotient, or are both undefined.
   *
   * @param other the other ratio, not null
   * @return true if {@code n1 * d2 == n2 * d1} and both are defined, or both are undefined
   * @throws NullPointerException if {@code other} is null
   */
  public boolean hasSameValueAs(Ratio other) {
    Objects.requireNonNull(other, "other must not be null");
    if (isDefined() != other.isDefined()) {
      return false;
    }
    return !isDefined()
        || numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator))
            == 0;
  }

  /**
   * Returns the quotient as a percent with at most two decimals, trailing zeros dropped, such as
   * {@code "5%"} or {@code "1.25%"}; {@code "undefined"} if the ratio is undefined.
   *
   * @return the text, never null
   */
  public String toPercentString() {
    return toPercentString(2);
  }

  /**
   * Returns the quotient as a percent rounded half-even to at most {@code decimals} decimals,
   * trailing zeros dropped; {@code "undefined"} if the ratio is undefined.
   *
   * @param decimals the most decimals, 0 to 10
   * @return the text, never null
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 10
   */
  public String toPercentString(int decimals) {
    if (decimals < 0 || decimals > 10) {
      throw new IllegalArgumentException("decimals must be 0 to 10, but was " + decimals);
    }
    if (!isDefined()) {
      return UNDEFINED_TEXT;
    }
    BigDecimal percent =
        numerator
            .multiply(HUNDRED)
            .divide(denominator, decimals, RoundingMode.HALF_EVEN)
            .stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0, RoundingMode.UNNECESSARY);
    }
    return percent.toPlainString() + "%";
  }

  /**
   * Checks a deserialized ratio as {@link #of(BigDecimal, BigDecimal)} would.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class of the stream is missing
   * @throws InvalidObjectException if an operand is missing, too long, or the denominator negative
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      of(numerator, denominator);
    } catch (RuntimeException e) {
      throw new InvalidObjectException("invalid serialized Ratio: " + e.getMessage());
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    if (this == obj) {
      return true;
    }
    return obj instanceof Ratio other
        && numerator.compareTo(other.numerator) == 0
        && denominator.compareTo(other.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * numerator.stripTrailingZeros().hashCode()
        + denominator.stripTrailingZeros().hashCode();
  }

  /**
   * Returns the canonical form {@code numerator/denominator} in plain decimals, such as {@code
   * 150/3000} or {@code 12.5/0}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return plain(numerator) + "/" + plain(denominator);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped)
        .toPlainString();
  }
}
