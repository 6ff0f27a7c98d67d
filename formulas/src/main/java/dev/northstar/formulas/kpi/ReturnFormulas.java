package dev.northstar.formulas.kpi;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Returns on money: ROI, ROAS and customer lifetime value. ROI and ROAS over metric tables are
 * {@link Kpis#ROI} and {@link Kpis#ROAS}.
 *
 * <pre>{@code
 * Money revenue = Money.of("15000", "USD");
 * Money cost = Money.of("5000", "USD");
 * ReturnFormulas.returnOnInvestment(revenue, cost).toPercentString();   // "200%"
 * }</pre>
 */
public final class ReturnFormulas {

  private ReturnFormulas() {}

  /**
   * Return on investment (ROI): (revenue - cost) / cost. Source: Hootsuite, Sprout Social.
   *
   * @param revenue the revenue, any sign (refunds may make it negative), not null
   * @param cost the cost, zero or more, not null
   * @return the ROI, negative for a loss, undefined when the cost is 0, never null
   * @throws NullPointerException if an amount is null
   * @throws CurrencyMismatchException if the amounts are in different currencies
   * @throws IllegalArgumentException if {@code cost} is negative
   */
  public static Ratio returnOnInvestment(Money revenue, Money cost) {
    checkReturn(revenue, cost, "cost");
    return Ratio.of(revenue.amount().subtract(cost.amount()), cost.amount());
  }

  /**
   * Return on ad spend (ROAS): revenue / ad spend, a ratio such as 3.0. Source: Meta ads metrics.
   *
   * @param revenue the revenue from the ads, any sign, not null
   * @param adSpend the ad spend, zero or more, not null
   * @return the ROAS, undefined when the spend is 0, never null
   * @throws NullPointerException if an amount is null
   * @throws CurrencyMismatchException if the amounts are in different currencies
   * @throws IllegalArgumentException if {@code adSpend} is negative
   */
  public static Ratio returnOnAdSpend(Money revenue, Money adSpend) {
    checkReturn(revenue, adSpend, "adSpend");
    return Ratio.of(revenue.amount(), adSpend.amount());
  }

  private static void checkReturn(Money revenue, Money cost, String costField) {
    Checks.money(revenue, "revenue");
    Checks.money(cost, costField);
    Checks.sameCurrency("divide", revenue, cost);
    if (cost.isNegative()) {
      throw new IllegalArgumentException(costField + " must be zero or more, but was " + cost);
    }
  }

  /**
   * Customer lifetime value, simple form ({@code clv}): average order value x purchases per period
   * x periods, exact.
   *
   * @param averageOrderValue the average order value, zero or more, not null
   * @param purchasesPerPeriod the purchases per customer per period, zero or more, not null
   * @param periods the periods a customer stays, zero or more, not null
   * @return the lifetime value in the order value's currency, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is negative, or the product has more digits
   *     than {@link Money} allows
   */
  public static Money customerLifetimeValue(
      Money averageOrderValue, BigDecimal purchasesPerPeriod, BigDecimal periods) {
    Checks.money(averageOrderValue, "averageOrderValue");
    if (averageOrderValue.isNegative()) {
      throw new IllegalArgumentException(
          "averageOrderValue must be zero or more, but was " + averageOrderValue);
    }
    return averageOrderValue
        .multipliedBy(nonNegative(purchasesPerPeriod, "purchasesPerPeriod"))
        .multipliedBy(nonNegative(periods, "periods"));
  }

  /**
   * Customer lifetime value in profit ({@code profit_clv}): the {@linkplain
   * #customerLifetimeValue(Money, BigDecimal, BigDecimal) simple value} x margin.
   *
   * @param averageOrderValue the average order value, zero or more, not null
   * @param purchasesPerPeriod the purchases per customer per period, zero or more, not null
   * @param periods the periods a customer stays, zero or more, not null
   * @param margin the profit margin as a fraction, 0 to 1 (0.40 for 40%), not null
   * @return the lifetime profit in the order value's currency, never null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an argument is negative, {@code margin} exceeds 1, or the
   *     product has more digits than {@link Money} allows
   */
  public static Money profitLifetimeValue(
      Money averageOrderValue,
      BigDecimal purchasesPerPeriod,
      BigDecimal periods,
      BigDecimal margin) {
    Objects.requireNonNull(margin, "margin must not be null");
    if (margin.signum() < 0 || margin.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException(
          "margin must be a fraction from 0 to 1 (0.40 for 40%), but was "
              + margin.toPlainString());
    }
    return customerLifetimeValue(averageOrderValue, purchasesPerPeriod, periods)
        .multipliedBy(margin);
  }

  private static BigDecimal nonNegative(BigDecimal value, String field) {
    Objects.requireNonNull(value, () -> field + " must not be null");
    if (value.signum() < 0) {
      throw new IllegalArgumentException(
          field + " must be zero or more, but was " + value.toPlainString());
    }
    return value;
  }
}
