package dev.northstar.core.money;

import java.util.Currency;

/** Thrown when an operation combines two currencies; the message names both. */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The left operand's currency. */
  private final Currency first;

  /** The right operand's currency. */
  private final Currency second;

  /**
   * Creates the exception.
   *
   * @param operation what was attempted, such as "add"
   * @param left the left operand
   * @param right the right operand
   */
  public CurrencyMismatchException(String operation, Money left, Money right) {
    super(
        "cannot "
            + operation
            + " "
            + left
            + " and "
            + right
            + ": currencies "
            + left.currency().getCurrencyCode()
            + " and "
            + right.currency().getCurrencyCode()
            + " differ; convert one first");
    this.first = left.currency();
    this.second = right.currency();
  }

  /**
   * Returns the left operand's currency.
   *
   * @return the first currency
   */
  public Currency first() {
    return first;
  }

  /**
   * Returns the right operand's currency.
   *
   * @return the second currency
   */
  public Currency second() {
    return second;
  }
}
