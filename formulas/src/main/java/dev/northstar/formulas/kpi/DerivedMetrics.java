package dev.northstar.formulas.kpi;

import dev.northstar.core.metric.Accumulation;
import dev.northstar.core.metric.Additivity;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricDefinition;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricUnit;
import java.util.List;

/**
 * The ids and definitions of the built-in KPIs that are not ratios of row sums, and so are computed
 * by the scalar formulas rather than as a {@link RatioKpi}: daily engagement rate, audience and
 * mention growth, net follower change, potential reach and customer lifetime value.
 *
 * <p>Average first response time is core's {@link
 * dev.northstar.core.metric.CoreMetrics#RESPONSE_TIME}, computed by {@link
 * ServiceFormulas#averageFirstResponseTime(java.util.Collection)}; it is not defined again here.
 * {@link BuiltInKpis} registers {@link #definitions()}.
 */
public final class DerivedMetrics {

  private DerivedMetrics() {}

  /**
   * Daily engagement rate: engagements in the days / (days x followers); see {@link
   * EngagementFormulas#dailyEngagementRate(long, int, long)}.
   */
  public static final MetricId DAILY_ER = MetricId.of("daily_er");

  /**
   * Audience growth rate: (followers at end - at start) / followers at start; see {@link
   * AudienceFormulas#growth(long, long)}.
   */
  public static final MetricId AUDIENCE_GROWTH_RATE = MetricId.of("audience_growth_rate");

  /**
   * Net follower change: followers gained - followers lost; see {@link
   * AudienceFormulas#netFollowerChange(long, long)}.
   */
  public static final MetricId NET_FOLLOWER_CHANGE = MetricId.of("net_follower_change");

  /**
   * Potential reach: the sum of the followers of the accounts that posted or shared, an upper
   * bound; see {@link AudienceFormulas#potentialReach(java.util.Collection)}.
   */
  public static final MetricId POTENTIAL_REACH = MetricId.of("potential_reach");

  /**
   * Mention growth: (mentions this period - previous) / previous; see {@link
   * VoiceFormulas#mentionGrowth(long, long)}.
   */
  public static final MetricId MENTION_GROWTH = MetricId.of("mention_growth");

  /**
   * Customer lifetime value (simple): average order value x purchases per period x periods; see
   * {@link ReturnFormulas#customerLifetimeValue(dev.northstar.core.money.Money,
   * java.math.BigDecimal, java.math.BigDecimal)}.
   */
  public static final MetricId CLV = MetricId.of("clv");

  /**
   * Profit customer lifetime value: the simple CLV x margin; see {@link
   * ReturnFormulas#profitLifetimeValue(dev.northstar.core.money.Money, java.math.BigDecimal,
   * java.math.BigDecimal, java.math.BigDecimal)}.
   */
  public static final MetricId PROFIT_CLV = MetricId.of("profit_clv");

  private static final List<MetricDefinition> DEFINITIONS =
      List.of(
          MetricDefinition.builder(DAILY_ER)
              .name("Daily engagement rate")
              .description(
                  "engagements in the days / (days x followers). Source: Hootsuite. Undefined when"
                      + " the days or the followers are 0.")
              .unit(MetricUnit.RATIO)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.RATE)
              .defaultAggregation(Aggregation.MEAN_OF_RATIOS)
              .build(),
          MetricDefinition.builder(AUDIENCE_GROWTH_RATE)
              .name("Audience growth rate")
              .description(
                  "(followers at end - followers at start) / followers at start. Source: Hootsuite,"
                      + " Sprout Social. Undefined when the start is 0; the net change is still"
                      + " reported. May be negative.")
              .unit(MetricUnit.RATIO)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.RATE)
              .defaultAggregation(Aggregation.LAST)
              .build(),
          MetricDefinition.builder(NET_FOLLOWER_CHANGE)
              .name("Net follower change")
              .description("followers gained - followers lost. May be negative.")
              .unit(MetricUnit.COUNT)
              .additivity(Additivity.ADDITIVE)
              .accumulation(Accumulation.FLOW)
              .build(),
          MetricDefinition.builder(POTENTIAL_REACH)
              .name("Potential reach")
              .description(
                  "the sum of the followers of the accounts that posted or shared: an upper bound,"
                      + " since one person may follow several accounts. Source: Hootsuite.")
              .unit(MetricUnit.COUNT)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.STOCK)
              .defaultAggregation(Aggregation.MAX)
              .build(),
          MetricDefinition.builder(MENTION_GROWTH)
              .name("Mention growth")
              .description(
                  "(mentions this period - mentions the previous period) / mentions the previous"
                      + " period. Undefined when the previous period had none. May be negative.")
              .unit(MetricUnit.RATIO)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.RATE)
              .defaultAggregation(Aggregation.LAST)
              .build(),
          MetricDefinition.builder(CLV)
              .name("Customer lifetime value")
              .description(
                  "average order value x purchases per period x periods, in the orders' currency.")
              .unit(MetricUnit.CURRENCY)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.RATE)
              .defaultAggregation(Aggregation.MEAN)
              .build(),
          MetricDefinition.builder(PROFIT_CLV)
              .name("Customer lifetime value (profit)")
              .description(
                  "average order value x purchases per period x periods x margin, in the orders'"
                      + " currency.")
              .unit(MetricUnit.CURRENCY)
              .additivity(Additivity.NON_ADDITIVE)
              .accumulation(Accumulation.RATE)
              .defaultAggregation(Aggregation.MEAN)
              .build());

  /**
   * Returns the definitions of these KPIs, in a fixed order.
   *
   * @return an unmodifiable list, never null
   */
  public static List<MetricDefinition> definitions() {
    return DEFINITIONS;
  }
}
