package dev.northstar.formulas.ratio;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money per unit of something, such as {@code 500 USD / 250 clicks}: the result
 * of a cost formula (CPC, CPM, CPA, CPE, CAC).
 *
 * <p>It is a {@link Ratio} whose numerator is an amount in one {@link Currency}. Like a ratio it is
 * <em>undefined</em> when the denominator is zero ({@link #value()} is empty), and it merges by
 * adding numerators and denominators; merging two currencies is an error.
 *
 * <pre>{@code
 * MoneyRatio cpc = MoneyRatio.of(Money.of("500", "USD"), BigDecimal.valueOf(250));
 * cpc.value();   // Optional[2.00 USD]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 *
 * @serial exclude
 */
public final class MoneyRatio implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Ratio ratio;
  private final Currency currency;

  private MoneyRatio(Ratio ratio, Currency currency) {
    this.ratio = ratio;
    this.currency = currency;
  }

  /**
   * Obtains an amount per unit.
   *
   * @param amount the amount, not null
   * @param units the number of units, not null, zero or more; zero gives an undefined result
   * @return the money ratio, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code units} is negative or has more than 60 digits
   */
  public static MoneyRatio of(Money amount, BigDecimal units) {
    Objects.requireNonNull(amount, "amount must not be null");
    return new MoneyRatio(Ratio.of(amount.amount(), units), amount.currency());
  }

  /**
   * Obtains an amount per unit from a ratio whose numerator is in {@code currency}.
   *
   * @param ratio the ratio, not null
   * @param currency the currency of the numerator, not null
   * @return the money ratio, never null
   * @throws NullPointerException if an argument is null
   */
  public static MoneyRatio of(Ratio ratio, Currency currency) {
    return new MoneyRatio(
        Objects.requireNonNull(ratio, "ratio must not be null"),
        Objects.requireNonNull(currency, "currency must not be null"));
  }

  /**
   * Returns the underlying ratio: the amount over the units.
   *
   * @return the ratio, never null
   */
  public Ratio ratio() {
    return ratio;
  }

  /**
   * Returns the currency.
   *
   * @return the currency, never null
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Tells whether there is a value, that is whether the units are not zero.
   *
   * @return true if the denominator is not zero
   */
  public boolean isDefined() {
    return ratio.isDefined();
  }

  /**
   * Returns the amount per unit rounded half-even to the currency's usual decimals (two for USD),
   * such as {@code 2.00 USD}.
   *
   * @return the amount, or empty if undefined
   */
  public Optional<Money> value() {
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    return value(digits);
  }

  /**
   * Returns the amount per unit rounded half-even to {@code decimals} decimals.
   *
   * @param decimals the decimals, 0 to 20
   * @return the amount, or empty if undefined
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 20
   */
  public Optional<Money> value(int decimals) {
    if (decimals < 0 || decimals > 20) {
      throw new IllegalArgumentException("decimals must be 0 to 20, but was " + decimals);
    }
    if (!ratio.isDefined()) {
      return Optional.empty();
    }
    BigDecimal amount =
        ratio.numerator().divide(ratio.denominator(), decimals, RoundingMode.HALF_EVEN);
    return Optional.of(Money.of(amount, currency));
  }

  /**
   * Returns the amount per unit to 16 significant digits, unrounded to the currency.
   *
   * @return the exact-as-possible quotient, or empty if undefined
   */
  public Optional<BigDecimal> decimalValue() {
    return ratio.value(MathContext.DECIMAL64);
  }

  /**
   * Returns the result over the union of two disjoint sets of rows.
   *
   * @param other the other result, not null
   * @return the merged result, never null
   * @throws NullPointerException if {@code other} is null
   * @throws CurrencyMismatchException if the currencies differ
   */
  public MoneyRatio merge(MoneyRatio other) {
    Objects.requireNonNull(other, "other must not be null");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(
          "merge", Money.zero(currency), Money.zero(other.currency));
    }
    return new MoneyRatio(ratio.merge(other.ratio), currency);
  }

  /**
   * Returns this result with the amount multiplied by a factor, such as 1000 for CPM.
   *
   * @param factor the factor, not null
   * @return the scaled result, never null
   * @throws NullPointerException if {@code factor} is null
   */
  public MoneyRatio multipliedBy(BigDecimal factor) {
    return new MoneyRatio(ratio.multipliedBy(factor), currency);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MoneyRatio other
        && ratio.equals(other.ratio)
        && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return 31 * ratio.hashCode() + currency.hashCode();
  }

  /**
   * Returns the canonical form {@code numerator/denominator CUR}, such as {@code 500/250 USD}.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return ratio + " " + currency.getCurrencyCode();
  }
}
