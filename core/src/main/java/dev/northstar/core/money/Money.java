package dev.northstar.core.money;

import dev.northstar.core.internal.Checks;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * An exact amount of money in one currency, such as {@code 12.50 USD}.
 *
 * <p>The amount is a {@link BigDecimal} kept as given: no rounding happens unless asked for.
 * Arithmetic between two currencies is an error ({@link CurrencyMismatchException}), never a silent
 * sum. Two amounts are equal when their currencies are and their amounts are numerically equal
 * ({@code 2.5 USD} equals {@code 2.50 USD}).
 *
 * <p>{@link #toString()} is the canonical form {@code 12.50 USD}; {@link #parse(CharSequence)}
 * reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

  /**
   * Amounts are limited to this many integer digits and this many decimals, to refuse hostile
   * numbers early and keep {@code parse(toString())} working.
   */
  private static final int MAX_PRECISION = 40;

  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount of money.
   *
   * @param amount the amount, not null, at most 40 integer digits and 40 decimals
   * @param currency the currency, not null
   * @return the money, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount has more than 40 integer digits or decimals
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Checks.notNull(amount, "amount");
    Checks.notNull(currency, "currency");
    long integerDigits = (long) amount.precision() - amount.scale();
    if (integerDigits > MAX_PRECISION || amount.scale() > MAX_PRECISION) {
      throw new IllegalArgumentException(
          "amount must have at most "
              + MAX_PRECISION
              + " digits and decimals, but was "
              + Checks.abbreviate(amount.toString()));
    }
    return new Money(amount, currency);
  }

  /**
   * Obtains an amount of money from text.
   *
   * @param amount the amount as a decimal number, such as {@code "12.50"}, not null
   * @param currencyCode the ISO 4217 code, such as {@code "USD"}, not null
   * @return the money, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the number or the code is invalid
   */
  public static Money of(String amount, String currencyCode) {
    return of(decimal(amount), currency(currencyCode));
  }

  /**
   * Obtains zero in a currency.
   *
   * @param currency the currency, not null
   * @return zero, never null
   */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, Checks.notNull(currency, "currency"));
  }

  /**
   * Parses the canonical form, an amount, a space and an ISO 4217 code: {@code 12.50 USD}.
   *
   * @param text the text, not null
   * @return the money, never null
   * @throws NullPointerException if {@code text} is null
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static Money parse(CharSequence text) {
    String s = Checks.notNull(text, "text").toString().strip();
    int space = s.indexOf(' ');
    if (space < 0 || s.indexOf(' ', space + 1) >= 0) {
      throw new IllegalArgumentException(
          "money must be an amount and an ISO 4217 code, such as '12.50 USD', but was '"
              + Checks.abbreviate(s)
              + "'");
    }
    return of(s.substring(0, space), s.substring(space + 1));
  }

  private static BigDecimal decimal(String amount) {
    Checks.notNull(amount, "amount");
    if (amount.length() > 100) {
      throw new IllegalArgumentException(
          "amount must be a decimal number of at most 100 characters, but was "
              + amount.length()
              + " characters long");
    }
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "amount must be a decimal number such as 12.50, but was '" + amount + "'", e);
    }
  }

  private static Currency currency(String code) {
    Checks.notNull(code, "currency code");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "currency must be an ISO 4217 code such as USD or EUR, but was '"
              + Checks.abbreviate(code)
              + "'",
          e);
    }
  }

  /**
   * Returns the amount.
   *
   * @return the amount as given, never null
   */
  public BigDecimal amount() {
    return amount;
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
   * Adds an amount in the same currency.
   *
   * @param other the amount to add, not null
   * @return the sum, never null
   * @throws CurrencyMismatchException naming both currencies if they differ
   */
  public Money plus(Money other) {
    requireSameCurrency(other, "add");
    return of(amount.add(other.amount), currency);
  }

  /**
   * Subtracts an amount in the same currency.
   *
   * @param other the amount to subtract, not null
   * @return the difference, never null
   * @throws CurrencyMismatchException naming both currencies if they differ
   */
  public Money minus(Money other) {
    requireSameCurrency(other, "subtract");
    return of(amount.subtract(other.amount), currency);
  }

  /**
   * Multiplies the amount by a number, exactly.
   *
   * @param factor the factor, not null
   * @return the product, never null
   */
  public Money multipliedBy(BigDecimal factor) {
    return of(amount.multiply(Checks.notNull(factor, "factor")), currency);
  }

  /**
   * Returns the amount with the opposite sign.
   *
   * @return the negated money, never null
   */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /**
   * Tells whether the amount is zero.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /**
   * Tells whether the amount is below zero.
   *
   * @return true for a negative amount
   */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  private void requireSameCurrency(Money other, String operation) {
    Checks.notNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(operation, this, other);
    }
  }

  /**
   * Compares amounts in the same currency.
   *
   * @param other the other amount, not null
   * @return negative, zero or positive as this amount is less than, equal to or greater than
   * @throws CurrencyMismatchException naming both currencies if they differ
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other, "compare");
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Money other
        && other.currency.equals(currency)
        && other.amount.compareTo(amount) == 0;
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31
        + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /**
   * Returns the canonical form, such as {@code 12.50 USD}, with the amount in plain notation.
   *
   * @return the text, never null
   */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
