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
 * 10^-scale} of the currency (cents for {@code USD} at scale 2). Every value is zero or more.
 *
 * <p>The canonical form is {@code likes} for a count and {@code spend[USD:2]} for an amount; {@link
 * #parse(CharSequence)} reads it back.
 *
 * <p>This class is immutable, thread-safe and serializable.
 *
 * @serial exclude
 */
public final class Measure implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Pattern FORM =
      Pattern.compile("([a-z][a-z0-9_.-]{0,63})(?:\\[([A-Z]{3})(?::([0-9]{1,2}))?\\])?");

  /** The largest allowed scale of an amount. */
  public static final int MAX_SCALE = 9;

  private final MetricId id;
  private final @Nullable Currency currency;
  private final int scale;

  private Measure(MetricId id, @Nullable Currency currency, int scale) {
    this.id = id;
    this.currency = currency;
    this.scale = scale;
  }

  /**
   * Obtains a count measure.
   *
   * @param id the metric id, not null
   * @return the measure, never null
   * @throws NullPointerException if {@code id} is null
   */
  public static Measure count(MetricId id) {
    return new Measure(Objects.requireNonNull(id, "measure id must not be null"), null, 0);
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
    Objects.requireNonNull(id, "measure id must not be null");
    Objects.requireNonNull(currency, "currency must not be null");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new IllegalArgumentException(
          "scale of amount " + id + " must be 0 to " + MAX_SCALE + ", but was " + scale);
    }
    return new Measure(id, currency, scale);
  }

  /**
   * Reads the canonical form: {@code likes}, {@code spend[USD]} or {@code spend[USD:2]}.
   *
   * @param text the text, not null
   * @return the measure, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text does not have that form or names an unknown
   *     currency
   */
  public static Measure parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip();
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "measure must be 'id' or 'id[CUR]' or 'id[CUR:scale]' such as 'spend[USD:2]', but was '"
              + (s.length() > 80 ? s.substring(0, 77) + "..." : s)
              + "'");
    }
    MetricId id = MetricId.of(m.group(1));
    if (m.group(2) == null) {
      return count(id);
    }
    Currency currency;
    try {
      currency = Currency.getInstance(m.group(2));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency of measure " + id + " must be an ISO 4217 code, but was '" + m.group(2) + "'",
          e);
    }
    return m.group(3) == null
        ? amount(id, currency)
        : amount(id, currency, Integer.parseInt(m.group(3)));
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
   * @param value the value, not null, zero or more, with at most {@link #scale()} decimals
   * @return the stored value
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if the value is negative, has more decimals than the scale, or
   *     does not fit
   */
  public long toStored(BigDecimal value) {
    Objects.requireNonNull(value, "value must not be null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          id + " must be zero or more, but was " + value.toPlainString());
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
          id + " is too large: " + value.toPlainString() + " does not fit in 63 bits", e);
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Measure other
        && id.equals(other.id)
        && Objects.equals(currency, other.currency)
        && scale == other.scale;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, currency, scale);
  }

  /**
   * Returns the canonical form: {@code likes} or {@code spend[USD:2]}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return currency == null
        ? id.value()
        : id.value() + "[" + currency.getCurrencyCode() + ":" + scale + "]";
  }
}
