package dev.northstar.core.format;

import dev.northstar.core.metric.MetricUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Formats numbers by their unit, the same on every machine (no locale: a comma groups thousands and
 * a point marks decimals):
 *
 * <table class="striped">
 *   <caption>How each unit prints</caption>
 *   <tr><th>Unit</th><th>Value</th><th>Text</th></tr>
 *   <tr><td>{@link MetricUnit#COUNT COUNT}</td><td>1000000 / 12.5</td>
 *       <td>{@code 1,000,000} / {@code 12.50} (whole numbers whole, others with two decimals)</td></tr>
 *   <tr><td>{@link MetricUnit#RATIO RATIO}</td><td>0.007</td>
 *       <td>{@code 0.70%} (always two decimals)</td></tr>
 *   <tr><td>{@link MetricUnit#CURRENCY CURRENCY}</td><td>1234.5 USD</td>
 *       <td>{@code 1,234.50 USD} (the currency's decimals, then its code)</td></tr>
 *   <tr><td>{@link MetricUnit#MULTIPLE MULTIPLE}</td><td>3</td>
 *       <td>{@code 3.00x} (always two decimals)</td></tr>
 *   <tr><td>{@link MetricUnit#DURATION DURATION}</td><td>3900 (seconds)</td>
 *       <td>{@code 1h 05m}; {@code 45s}, {@code 2m 05s}, {@code 3d 04h}</td></tr>
 *   <tr><td>{@link MetricUnit#SCORE SCORE}</td><td>42.456</td>
 *       <td>{@code 42.46} (at most two decimals)</td></tr>
 *   <tr><td>any</td><td>no value</td><td>{@code undefined}</td></tr>
 * </table>
 *
 * <p>Rounding is half-even. This class has no state; it is thread-safe.
 */
public final class UnitFormat {

  /** The text for a value that is not defined, such as a rate over zero: {@value}. */
  public static final String UNDEFINED = "undefined";

  private static final long MINUTE = 60;
  private static final long HOUR = 3_600;
  private static final long DAY = 86_400;

  private UnitFormat() {}

  /**
   * Formats a value of a unit; money without a known currency prints with two decimals and no code.
   *
   * @param value the value, or empty when it is undefined
   * @param unit the unit, not null
   * @param currency the currency of a {@link MetricUnit#CURRENCY} value, or null when unknown;
   *     ignored for other units
   * @return the text, {@value #UNDEFINED} for an empty value, never null
   * @throws NullPointerException if {@code value} or {@code unit} is null
   */
  public static String format(
      Optional<BigDecimal> value, MetricUnit unit, @Nullable Currency currency) {
    Objects.requireNonNull(unit, "unit must not be null");
    return value.map(v -> format(v, unit, currency)).orElse(UNDEFINED);
  }

  /**
   * Formats a value of a unit; money without a known currency prints with two decimals and no code.
   *
   * @param value the value, not null
   * @param unit the unit, not null
   * @param currency the currency of a {@link MetricUnit#CURRENCY} value, or null when unknown;
   *     ignored for other units
   * @return the text, never null
   * @throws NullPointerException if {@code value} or {@code unit} is null
   */
  public static String format(BigDecimal value, MetricUnit unit, @Nullable Currency currency) {
    Objects.requireNonNull(value, "value must not be null");
    Objects.requireNonNull(unit, "unit must not be null");
    return switch (unit) {
      case COUNT -> count(value);
      case RATIO -> percent(value);
      case CURRENCY -> currency == null ? grouped(value, 2) : money(value, currency);
      case MULTIPLE -> multiple(value);
      case DURATION -> duration(value);
      case SCORE -> decimal(value);
    };
  }

  /**
   * Formats a difference between two values of a unit, signed: percentage points for a ratio
   * ({@code +0.25 pp}), otherwise as {@link #format(BigDecimal, MetricUnit, Currency)} with a
   * {@code +} before a positive difference.
   *
   * @param difference the difference, not null
   * @param unit the unit of the values, not null
   * @param currency the currency of money, or null when unknown
   * @return the text, never null
   * @throws NullPointerException if {@code difference} or {@code unit} is null
   */
  public static String difference(
      BigDecimal difference, MetricUnit unit, @Nullable Currency currency) {
    Objects.requireNonNull(difference, "difference must not be null");
    String text =
        unit == MetricUnit.RATIO
            ? grouped(difference.movePointRight(2), 2) + " pp"
            : format(difference, unit, currency);
    return difference.signum() > 0 ? "+" + text : text;
  }

  /**
   * Formats a count: a whole number with thousands separators ({@code 1,000,000}), a fraction with
   * two decimals ({@code 2,231.95}).
   *
   * @param value the count, not null
   * @return the text, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static String count(BigDecimal value) {
    return grouped(value, isWhole(value) ? 0 : 2);
  }

  /**
   * Formats a fraction as a percent with two decimals: 0.007 is {@code 0.70%}.
   *
   * @param fraction the fraction, not null
   * @return the text, never null
   * @throws NullPointerException if {@code fraction} is null
   */
  public static String percent(BigDecimal fraction) {
    return grouped(fraction.movePointRight(2), 2) + "%";
  }

  /**
   * Formats an amount of money with the currency's decimals and its code: {@code 1,234.50 USD},
   * {@code 1,235 JPY}.
   *
   * @param amount the amount, not null
   * @param currency the currency, not null
   * @return the text, never null
   * @throws NullPointerException if an argument is null
   */
  public static String money(BigDecimal amount, Currency currency) {
    int digits = Math.max(0, currency.getDefaultFractionDigits());
    return grouped(amount, digits) + " " + currency.getCurrencyCode();
  }

  /**
   * Formats a quotient as a multiple with two decimals: 3 is {@code 3.00x}.
   *
   * @param quotient the quotient, not null
   * @return the text, never null
   * @throws NullPointerException if {@code quotient} is null
   */
  public static String multiple(BigDecimal quotient) {
    return grouped(quotient, 2) + "x";
  }

  /**
   * Formats seconds as a duration in its two largest units, rounded to the second: {@code 45s},
   * {@code 2m 05s}, {@code 1h 05m}, {@code 3d 04h}; a negative duration starts with {@code -}.
   *
   * @param seconds the seconds, not null
   * @return the text, never null
   * @throws NullPointerException if {@code seconds} is null
   * @throws ArithmeticException if the seconds do not fit in a {@code long}
   */
  public static String duration(BigDecimal seconds) {
    long total = seconds.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    String sign = total < 0 ? "-" : "";
    long s = Math.abs(total);
    if (s < MINUTE) {
      return sign + s + "s";
    }
    if (s < HOUR) {
      return sign + (s / MINUTE) + "m " + two(s % MINUTE) + "s";
    }
    if (s < DAY) {
      return sign + (s / HOUR) + "h " + two(s % HOUR / MINUTE) + "m";
    }
    return sign + (s / DAY) + "d " + two(s % DAY / HOUR) + "h";
  }

  /**
   * Formats a number with thousands separators and at most two decimals, trailing zeros dropped:
   * {@code 42.46}, {@code 4.5}, {@code 1,200}.
   *
   * @param value the number, not null
   * @return the text, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static String decimal(BigDecimal value) {
    BigDecimal rounded = value.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return grouped(rounded, Math.max(0, rounded.scale()));
  }

  /**
   * Formats a number with thousands separators and exactly the given decimals: {@code fixed(0.4,
   * 2)} is {@code 0.40}. For columns of quotients, such as clicks per post, whose decimals should
   * line up.
   *
   * @param value the number, not null
   * @param decimals the decimals, zero or more
   * @return the text, never null
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code decimals} is negative
   */
  public static String fixed(BigDecimal value, int decimals) {
    if (decimals < 0) {
      throw new IllegalArgumentException("decimals must be zero or more, but was " + decimals);
    }
    return grouped(value, decimals);
  }

  private static boolean isWhole(BigDecimal value) {
    return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
  }

  private static String two(long n) {
    return n < 10 ? "0" + n : Long.toString(n);
  }

  // The value rounded to the given decimals, with a comma between each group of three digits.
  static String grouped(BigDecimal value, int decimals) {
    BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_EVEN);
    String plain = rounded.abs().toPlainString();
    int point = plain.indexOf('.');
    String whole = point < 0 ? plain : plain.substring(0, point);
    String fraction = point < 0 ? "" : plain.substring(point);
    StringBuilder s = new StringBuilder();
    int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
    s.append(whole, 0, lead);
    for (int i = lead; i < whole.length(); i += 3) {
      s.append(',').append(whole, i, i + 3);
    }
    return (rounded.signum() < 0 ? "-" : "") + s + fraction;
  }
}
