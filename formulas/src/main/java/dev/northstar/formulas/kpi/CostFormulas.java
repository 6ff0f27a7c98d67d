package dev.northstar.formulas.kpi;

import dev.northstar.core.money.CurrencyMismatchException;
import dev.northstar.core.money.Money;
import dev.northstar.formulas.ratio.MoneyRatio;
import java.math.BigDecimal;

/**
 * Costs per unit, on given amounts and counts: exact {@link MoneyRatio}s, undefined when there is
 * no unit. The same formulas over metric tables are {@link Kpis#CPC}, {@link Kpis#CPM}, {@link
 * Kpis#CPA}, {@link Kpis#CPE} and {@link Kpis#CAC}.
 *
 * <pre>{@code
 * Money spend = Money.of("500", "USD");
 * CostFormulas.costPerClick(spend, 250).value();                // Optional[2.00 USD]
 * CostFormulas.costPerMille(spend, 20_000).value();             // Optional[25.00 USD]
 * }</pre>
 */
public final class CostFormulas {

  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  private CostFormulas() {}

  /**
   * Cost per click (CPC): spend / clicks. Source: Meta ads metrics, X Ads API.
   *
   * @param spend the spend, not null
   * @param clicks the clicks, zero or more
   * @return the cost per click, undefined when there was no click, never null
   * @throws NullPointerException if {@code spend} is null
   * @throws IllegalArgumentException if {@code clicks} is negative
   */
  public static MoneyRatio costPerClick(Money spend, long clicks) {
    return per(spend, "spend", clicks, "clicks");
  }

  /**
   * Cost per mille (CPM): spend / impressions x 1000. Source: Meta ads metrics, X Ads API.
   *
   * @param spend the spend, not null
   * @param impressions the impressions, zero or more
   * @return the cost per thousand impressions, undefined when there was none, never null
   * @throws NullPointerException if {@code spend} is null
   * @throws IllegalArgumentException if {@code impressions} is negative
   */
  public static MoneyRatio costPerMille(Money spend, long impressions) {
    return per(spend, "spend", impressions, "impressions").multipliedBy(THOUSAND);
  }

  /**
   * Cost per acquisition (CPA): spend / conversions. Source: Meta ads metrics, X Ads API.
   *
   * @param spend the spend, not null
   * @param conversions the conversions, zero or more
   * @return the cost per conversion, undefined when there was none, never null
   * @throws NullPointerException if {@code spend} is null
   * @throws IllegalArgumentException if {@code conversions} is negative
   */
  public static MoneyRatio costPerAcquisition(Money spend, long conversions) {
    return per(spend, "spend", conversions, "conversions");
  }

  /**
   * Cost per engagement (CPE): spend / engagements. Source: Meta ads metrics, X Ads API.
   *
   * @param spend the spend, not null
   * @param engagements the engagements, zero or more
   * @return the cost per engagement, undefined when there was none, never null
   * @throws NullPointerException if {@code spend} is null
   * @throws IllegalArgumentException if {@code engagements} is negative
   */
  public static MoneyRatio costPerEngagement(Money spend, long engagements) {
    return per(spend, "spend", engagements, "engagements");
  }

  /**
   * Customer acquisition cost (CAC): (sales cost + marketing cost) / new customers.
   *
   * @param salesCost the cost of selling in the period, not null
   * @param marketingCost the cost of marketing in the period, not null
   * @param newCustomers the customers acquired in the period, zero or more
   * @return the cost per new customer, undefined when there was none, never null
   * @throws NullPointerException if an amount is null
   * @throws CurrencyMismatchException if the two amounts are in different currencies
   * @throws IllegalArgumentException if {@code newCustomers} is negative
   */
  public static MoneyRatio customerAcquisitionCost(
      Money salesCost, Money marketingCost, long newCustomers) {
    Checks.money(salesCost, "salesCost");
    Checks.money(marketingCost, "marketingCost");
    Checks.sameCurrency("add", salesCost, marketingCost);
    return per(salesCost.plus(marketingCost), "cost", newCustomers, "newCustomers");
  }

  /**
   * Customer acquisition cost (CAC) from one total cost: cost / new customers.
   *
   * @param cost the sales and marketing cost of the period, not null
   * @param newCustomers the customers acquired in the period, zero or more
   * @return the cost per new customer, undefined when there was none, never null
   * @throws NullPointerException if {@code cost} is null
   * @throws IllegalArgumentException if {@code newCustomers} is negative
   */
  public static MoneyRatio customerAcquisitionCost(Money cost, long newCustomers) {
    return per(cost, "cost", newCustomers, "newCustomers");
  }

  private static MoneyRatio per(Money amount, String amountField, long units, String unitsField) {
    Checks.money(amount, amountField);
    return MoneyRatio.of(amount, BigDecimal.valueOf(Checks.count(units, unitsField)));
  }
}
