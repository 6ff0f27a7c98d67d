package dev.northstar.formulas.table;

import dev.northstar.core.metric.MetricId;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A numeric column of a {@link MetricTable}: a count (likes, reach, clicks) or an amount of money
 * in one currency (spend, revenue).
 *
 * <p>Values are stored exactly as {@code long}s: counts as they are, amounts in units of {@code
 * 10^-scale} of the currency (cents for {@code USD} at scale 2). Every value of a measure is zero
 * or more, unless the measure is {@linkplain #isSigned() signed} (a net follower change, a
 * sentiment balance): then a value may be negative too.
 *
 * <p>The canonical form is {@code likes} for a count, {@code spend[USD:2]} for an amount, and
 * {@code net_follows[signed]} or {@code balance[USD:2,signed]} for signed ones; {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class Measure implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM =
      Pattern.compile(
          "([a-z][a-z0-9_.-]{0,63})"
              + "(?:\\[(?:([A-Z]{3})(?::([0-9]{1,2}))?(,signed)?|(signed))\\])?");

  /** The largest allowed scale of an amount. */
  public static final int MAX_SCALE = 9;

  private final MetricId id;
  private final @Nullable Currency currency;
  private final int scale;

  /** Whether values may be negative; false in a form serialized before signed measures. */
  private final boolean signed;

  private Measure(MetricId id, @Nullable Currency currency, int scale, boolean signed) {
    this.id = id;
    this.currency = currency;
    this.scale = scale;
    this.signed = signed;
  }

  /**
   * Obtains a count measure.
   *
   * @param id the metric id, not null
   * @return the measure, never null
   * @throws NullPointerException if {@code id} is null
   */
  public static Measure count(MetricId id) {
    return new Measure(Objects.requireNonNull(id, "measure id must not be null"), null, 0, false);
  }

  /**
   * Obtains a signed count measure, whose values may be negative, such as a net follower change.
   *
   * @param id the metric id, not null
   * @return the measure, never null
   * @throws NullPointerException if {@code id} is null
   */
  public static Measure signedCount(MetricId id) {
    return new Measure(Objects.requireNonNull(id, "measure id must not be null"), null, 0, true);
  }

  /**
   * Obtains an amount measure at the currency's usual number of decimals (2 for USD, 0 for JPY).
   *
   * @param id the metric id, not null
   * @param currency the currency, not null
   * @return the measure, never null
   * @throws NullPointerException if an argument is null
   */
  public static Measure amount(MetricId id, Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    return amount(id, currency, Math.max(0, currency.getDefaultFractionDigits()));
  }

  /**
   * Obtains an amount measure with a given number of decimals, such as 6 for micro-units.
   *
   * @param id the metric id, not null
   * @param currency the currency, not null
   * @param scale the number of decimals kept, 0 to 9
   * @return the measure, never null
   * @throws NullPointerException if {@code id} or {@code currency} is null
   * @throws IllegalArgumentException if {@code scale} is outside 0 to 9
   */
  public static Measure amount(MetricId id, Currency currency, int scale) {
    return amount(id, currency, scale, false);
  }

  /**
   * Obtains a signed amount measure, whose values may be negative, at the currency's usual number
   * of decimals (2 for USD, 0 for JPY).
   *
   * @param id the metric id, not null
   * @param currency the currency, not null
   * @return the measure, never null
   * @throws NullPointerException if an argument is null
   */
  public static Measure signedAmount(MetricId id, Currency currency) {
    Objects.requireNonNull(currency, "currency must not be null");
    return signedAmount(id, currency, Math.max(0, currency.getDefaultFractionDigits()));
  }

  /**
   * Obtains a signed amount measure, whose values may be negative, with a given number of decimals.
   *
   * @param id the metric id, not null
   * @param currency the currency, not null
   * @param scale the number of decimals kept, 0 to 9
   * @return the measure, never null
   * @throws NullPointerException if {@code id} or {@code currency} is null
   * @throws IllegalArgumentException if {@code scale} is outside 0 to 9
   */
  public static Measure signedAmount(MetricId id, Currency currency, int scale) {
    return amount(id, currency, scale, true);
  }

  private static Measure amount(MetricId id, Currency currency, int scale, boolean signed) {
    Objects.requireNonNull(id, "measure id must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "scale of amount " + id + " must be 0 to " + MAX_SCALE + ", but was " + scale);
    }
    return new Measure(id, currency, scale, signed);
  }

  /**
   * Reads the canonical form: {@code likes}, {@code spend[USD]} or {@code spend[USD:2]}; a signed
   * measure adds {@code signed} in the brackets: {@code net_follows[signed]}, {@code
   * balance[USD,signed]} or {@code balance[USD:2,signed]}.
   *
   * @param text the text, not null
   * @return the measure, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have that form, names an unknown currency
   *     or a scale above 9
   */
  public static Measure parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip();
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "measure must be 'id', 'id[CUR]' or 'id[CUR:scale]' such as 'spend[USD:2]', or signed"
              + " 'id[signed]' or 'id[CUR:scale,signed]' such as 'balance[USD:2,signed]', but was '"
              + (s.length() > 80 ? s.substring(0, 77) + "..." : s)
              + "'");
    }
    MetricId id = MetricId.of(m.group(1));
    if (m.group(2) == null) {
      return m.group(5) == null ? count(id) : signedCount(id);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(2));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency of measure " + id + " must be an ISO 4217 code, but was '" + m.group(2) + "'",
          e);
    }
    int scale =
        m.group(3) == null
            ? Math.max(0, currency.getDefaultFractionDigits())
            : Integer.parseInt(m.group(3));
    return amount(id, currency, scale, m.group(4) != null);
  }

  /**
   * Returns the metric id.
   *
   * @return the id, never null
   */
  public MetricId id() {
    return id;
  }

  /**
   * Tells whether this is an amount of money.
   *
   * @return true for an amount, false for a count
   */
  public boolean isAmount() {
    return currency != null;
  }

  /**
   * Returns the currency of an amount.
   *
   * @return the currency, or empty for a count
   */
  public Optional<Currency> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Returns the number of decimals stored: 0 for a count.
   *
   * @return the scale, 0 to 9
   */
  public int scale() {
    return scale;
  }

  /**
   * Tells whether values may be negative.
   *
   * @return true for a signed measure, false for one whose values are zero or more
   */
  public boolean isSigned() {
    return signed;
  }

  /**
   * Returns a stored value as the exact decimal it stands for: {@code 1250} at scale 2 is {@code
   * 12.50}.
   *
   * @param stored the stored value
   * @return the decimal, never null
   */
  public BigDecimal toDecimal(long stored) {
    return BigDecimal.valueOf(stored, scale);
  }

  /**
   * Converts a decimal to its stored form, exactly.
   *
   * @param value the value, not null, with at most {@link #scale()} decimals, zero or more unless
   *     this measure is signed
   * @return the stored value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is negative and this measure is not signed, has
   *     more decimals than the scale, or does not fit a {@code long}
   */
  public long toStored(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.signum() < 0 && !signed) {
      throw new IllegalArgumentException(
          id
              + " must be zero or more, but was "
              + value.toPlainString()
              + "; a signed measure ('"
              + new Measure(id, currency, scale, true)
              + "') allows negative values");
    }
    BigDecimal scaled;
    try {
      scaled = value.setScale(scale);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          id
              + " must have at most "
              + scale
              + " decimals, but was "
              + value.toPlainString()
              + (isAmount() ? "" : " (a count is a whole number)"),
          e);
    }
    try {
      return scaled.unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          id
              + " is too large: "
              + value.toPlainString()
              + (signed ? " does not fit in a signed 64-bit long" : " does not fit in 63 bits"),
          e);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Measure other
        && id.equals(other.id)
        && Objects.equals(currency, other.currency)
        && scale == other.scale
        && signed == other.signed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, currency, scale, signed);
  }

  /**
   * Returns the canonical form: {@code likes}, {@code spend[USD:2]}, {@code net_follows[signed]} or
   * {@code balance[USD:2,signed]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    if (currency == null) {
      return signed ? id.value() + "[signed]" : id.value();
    }
    return id.value()
        + "["
        + currency.getCurrencyCode()
        + ":"
        + scale
        + (signed ? ",signed]" : "]");
  }
}
