package dev.northstar.formulas.ratio;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
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

  /** The amount over the units. */
  private final Ratio ratio;

  /** The currency of the amount. */
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
   * Obtains a money ratio from its canonical text {@code numerator/denominator CUR}, such as {@code
   * 500/250 USD}; surrounding white space is ignored.
   *
   * @param text the text, not null
   * @return the money ratio, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not a {@linkplain Ratio#parse(CharSequence)
   *     ratio}, a space and an ISO 4217 currency code
   */
  public static MoneyRatio parse(CharSequence text) {
    Objects.requireNonNull(text, "text must not be null");
    String s = text.toString().strip();
    int space = s.lastIndexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException(
          "money ratio must be 'numerator/denominator CUR' such as '500/250 USD', but was '"
              + (s.length() <= 60 ? s : s.substring(0, 57) + "...")
              + "'");
    }
    String code = s.substring(space + 1);
    Currency currency;
    try {
      currency = Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "money ratio currency must be an ISO 4217 code such as USD, but was '"
              + (code.length() <= 20 ? code : code.substring(0, 17) + "...")
              + "'",
          e);
    }
    return new MoneyRatio(Ratio.parse(s.substring(0, space)), currency);
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
   * @throws IllegalArgumentException if the quotient has more integer digits than {@link Money}
   *     allows (40)
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
   * @throws IllegalArgumentException if {@code decimals} is outside 0 to 20, or the quotient has
   *     more integer digits than {@link Money} allows (40)
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
      throw new CurrencyMismatchException("merge", amountOf(this), amountOf(other));
    }
    return new MoneyRatio(ratio.merge(other.ratio), currency);
  }

  /** The numerator as money for an error message; zero if it is too long for {@link Money}. */
  private static Money amountOf(MoneyRatio r) {
    try {
      return Money.of(r.ratio.numerator(), r.currency);
    } catch (IllegalArgumentException tooLong) {
      return Money.zero(r.currency);
    }
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

  /**
   * Checks a deserialized money ratio: both fields present.
   *
   * @param in the stream
   * @throws IOException if the stream cannot be read
   * @throws ClassNotFoundException if a class of the stream is missing
   * @throws InvalidObjectException if a field is missing
   */
  private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
    in.defaultReadObject();
    try {
      of(ratio, currency);
    } catch (RuntimeException e) {
      throw new InvalidObjectException("invalid serialized MoneyRatio: " + e.getMessage());
    }
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
