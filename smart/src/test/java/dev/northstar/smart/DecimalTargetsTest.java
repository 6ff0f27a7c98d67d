package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The growth rule's targets of rates and amounts keep their decimals: an engagement rate of 0.058
 * is never suggested as 0 or printed as 0.06, and a revenue target reachable at 1,203.1 is not
 * rounded to 1,203. A reachable target is rounded on the safe side (down for an increase).
 */
class DecimalTargetsTest {

  private static final String GROWTH = BuiltInRules.ACHIEVABLE_GROWTH;
  private static final LocalDate FROM = date("2026-01-01");
  private static final LocalDate DEADLINE = date("2026-06-30");

  /** 181 days, from 2026-01-01 to 2026-06-30, in months of 365.2425 / 12 days. */
  private static final double MONTHS = 181 / (365.2425 / 12);

  private static final double DAYS_PER_MONTH = 365.2425 / 12;

  private static String down(double value, int decimals) {
    BigDecimal v = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.FLOOR);
    return new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ENGLISH))
        .format(v);
  }

  private static LocalDate dateAfter(double months) {
    return FROM.plusDays((long) Math.ceil(months * DAYS_PER_MONTH) - 1);
  }

  @Test
  void anEngagementRateTargetKeepsItsDecimals() {
    // err (engagement rate by reach) is no count. Monthly rates: 0.049/0.048 - 1 = 2.08%,
    // 0.0495/0.049 - 1 = 1.02% (the median), 0.05/0.0495 - 1 = 1.01%
    MetricId err = MetricId.of("err");
    Goal g =
        Goal.builder(GoalId.of("err"), "Engagement rate to 5.8%")
            .metric(err)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(new BigDecimal("0.05"), FROM))
            .target(Target.increaseTo(new BigDecimal("0.058")))
            .start(FROM)
            .deadline(DEADLINE)
            .build();
    RuleContext context =
        RuleContext.builder(FROM)
            .history(
                Seeds.series(
                    err,
                    Scope.of(Platform.LINKEDIN),
                    "2025-10-01=0.048",
                    "2025-11-01=0.049",
                    "2025-12-01=0.0495",
                    "2026-01-01=0.05"))
            .build();
    double needed = Math.pow(0.058 / 0.05, 1 / MONTHS) - 1;
    double median = 0.0495 / 0.049 - 1;
    double best = 0.049 / 0.048 - 1;
    double reachable = 0.05 * Math.pow(1 + median, MONTHS);
    assertThat(reachable).isBetween(0.053, 0.054);
    double monthsNeeded = Math.log(0.058 / 0.05) / Math.log(1 + median);

    Finding f = Judge.single(GROWTH, g, context);

    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs "
                + String.format(Locale.ENGLISH, "%.1f", 100 * needed)
                + "% a month (0.05 -> 0.058 in 5.9 months); the median month of the last 3 was "
                + String.format(Locale.ENGLISH, "%.1f", 100 * median)
                + "% and the best "
                + String.format(Locale.ENGLISH, "%.1f", 100 * best)
                + "%: unrealistic");
    // three decimals, as the target has; rounded down, as the median month reaches it
    assertThat(f.suggestion())
        .hasValue(
            "lower the target to "
                + down(reachable, 3)
                + " or move the deadline to "
                + dateAfter(monthsNeeded));
    assertThat(down(reachable, 3)).isEqualTo("0.053");
  }

  @Test
  void aRevenueTargetKeepsItsCents() {
    // revenue is an amount, summed per whole month up to December. Monthly rates: 950/900 - 1 =
    // 5.56%, 980/950 - 1 = 3.16% (the median),
    // 1000/980 - 1 = 2.04%
    Goal g =
        Goal.builder(GoalId.of("revenue"), "Revenue to 1,500.50 a month")
            .metric(CoreMetrics.REVENUE)
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(1_000, FROM))
            .target(Target.increaseTo(new BigDecimal("1500.50")))
            .start(FROM)
            .deadline(DEADLINE)
            .build();
    RuleContext context =
        RuleContext.builder(FROM)
            .history(
                Seeds.series(
                    CoreMetrics.REVENUE,
                    Scope.of(Platform.LINKEDIN),
                    "2025-09-01=900",
                    "2025-10-01=950",
                    "2025-11-01=980",
                    "2025-12-01=1000"))
            .build();
    double needed = Math.pow(1500.5 / 1000, 1 / MONTHS) - 1;
    double median = 980.0 / 950 - 1;
    double best = 950.0 / 900 - 1;
    double reachable = 1000 * Math.pow(1 + median, MONTHS);
    assertThat(reachable).isBetween(1_203.0, 1_204.0);
    double monthsNeeded = Math.log(1500.5 / 1000) / Math.log(1 + median);

    Finding f = Judge.single(GROWTH, g, context);

    assertThat(f.message())
        .isEqualTo(
            "needs "
                + String.format(Locale.ENGLISH, "%.1f", 100 * needed)
                + "% a month (1,000 -> 1,500.5 in 5.9 months); the median month of the last 3"
                + " was "
                + String.format(Locale.ENGLISH, "%.1f", 100 * median)
                + "% and the best "
                + String.format(Locale.ENGLISH, "%.1f", 100 * best)
                + "%: unrealistic");
    assertThat(f.suggestion())
        .hasValue(
            "lower the target to "
                + down(reachable, 2)
                + " or move the deadline to "
                + dateAfter(monthsNeeded));
    assertThat(down(reachable, 2)).startsWith("1,203.").hasSizeGreaterThan("1,203.".length());
  }

  @Test
  void aDurationsReachableTargetIsRoundedUpForADecrease() {
    // response time 100 -> 40.5 needs 1 - 0.405^(1/5.947) = 14.1% less a month; it fell 10% a
    // month, and 100 x 0.9^5.947 = 53.44..., rounded up (the safe side of a decrease): 53.45
    Goal faster =
        Goal.builder(GoalId.of("faster"), "Cut response time to 40.5")
            .metric(CoreMetrics.RESPONSE_TIME)
            .scope(Scope.of(Platform.FACEBOOK))
            .baseline(Baseline.of(100, FROM))
            .target(Target.decreaseTo(new BigDecimal("40.5")))
            .start(FROM)
            .deadline(DEADLINE)
            .build();
    RuleContext context =
        RuleContext.builder(FROM)
            .history(
                Seeds.series(
                    CoreMetrics.RESPONSE_TIME,
                    Scope.of(Platform.FACEBOOK),
                    "2025-11-01=200",
                    "2025-12-01=180",
                    "2026-01-01=162"))
            .build();
    double reachable = 100 * Math.pow(0.9, MONTHS);
    String up = BigDecimal.valueOf(reachable).setScale(2, RoundingMode.CEILING).toPlainString();
    assertThat(up)
        .isNotEqualTo(
            BigDecimal.valueOf(reachable).setScale(2, RoundingMode.FLOOR).toPlainString());
    double monthsNeeded = Math.log(0.405) / Math.log(0.9);

    Finding f = Judge.single(GROWTH, faster, context);

    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs -"
                + String.format(Locale.ENGLISH, "%.1f", 100 * (1 - Math.pow(0.405, 1 / MONTHS)))
                + "% a month (100 -> 40.5 in 5.9 months); the median month of the last 2 was"
                + " -10.0% and the best -10.0%: unrealistic");
    assertThat(f.suggestion())
        .hasValue(
            "lower the target to " + up + " or move the deadline to " + dateAfter(monthsNeeded));
  }
}
