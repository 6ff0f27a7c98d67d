package dev.northstar.formulas.kpi;

import dev.northstar.formulas.ratio.Ratio;
import java.math.BigDecimal;

/**
 * Engagement formulas that are not a ratio of row sums; the others are {@link RatioKpi}s in {@link
 * Kpis}, evaluated with {@link RatioKpi#evaluate(KpiInputs)}.
 *
 * <pre>{@code
 * EngagementFormulas.dailyEngagementRate(1_400, 7, 10_000).toPercentString();   // "2%"
 * }</pre>
 */
public final class EngagementFormulas {

  private EngagementFormulas() {}

  /**
   * Daily engagement rate ({@code daily_er}): engagements in the days / (days x followers), the
   * average share of followers who engaged on a day. Source: Hootsuite.
   *
   * @param engagements the engagements over all the days, zero or more
   * @param days the number of days, zero or more; zero gives an undefined rate
   * @param followers the followers (at the end of the days, or on average), zero or more; zero
   *     gives an undefined rate
   * @return the exact rate, undefined when {@code days} or {@code followers} is 0, never null
   * @throws IllegalArgumentException if an argument is negative
   */
  public static Ratio dailyEngagementRate(long engagements, int days, long followers) {
    Checks.count(engagements, "engagements");
    Checks.count(days, "days");
    Checks.count(followers, "followers");
    // A product of an int and a long may overflow a long: BigDecimal keeps it exact.
    return Ratio.of(
        BigDecimal.valueOf(engagements),
        BigDecimal.valueOf(days).multiply(BigDecimal.valueOf(followers)));
  }
}
