package dev.northstar.formulas.internal;

import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * The unit of a sum of columns: a count (scale 0, no currency) or an amount of one currency at a
 * scale. Stored sums are converted to exact decimals with it.
 *
 * @param scale the decimals of the stored values
 * @param currency the currency, or null for counts
 */
public record Units(int scale, @Nullable Currency currency) {

  /** The unit of counts. */
  public static final Units COUNT = new Units(0, null);

  /**
   * Converts a stored sum to the decimal it stands for.
   *
   * @param stored the stored sum
   * @return the decimal
   */
  public BigDecimal toDecimal(long stored) {
    return BigDecimal.valueOf(stored, scale);
  }

  /**
   * Tells whether this is an amount of money.
   *
   * @return true if there is a currency
   */
  public boolean isAmount() {
    return currency != null;
  }

  /**
   * Describes the unit for messages: {@code count} or {@code USD at scale 2}.
   *
   * @return the text
   */
  public String describe() {
    Currency c = currency;
    return c == null ? "count" : c.getCurrencyCode() + " at scale " + scale;
  }
}
