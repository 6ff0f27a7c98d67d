package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Targets of whole things (a metric whose unit is a count: followers, leads) are whole numbers: the
 * target a goal asks for is the whole number that reaches it (up for an increase, down for a
 * decrease), and a reachable target is rounded on the safe side (down for an increase, up for a
 * decrease). Amounts, durations and ratios keep their decimals.
 */
class WholeTargetsTest {

  private static final String GROWTH = BuiltInRules.ACHIEVABLE_GROWTH;
  private static final LocalDate FROM = date("2026-01-01");

  /** 181 days, from 2026-01-01 to 2026-06-30, in months of 365.2425 / 12 days. */
  private static final double MONTHS = 181 / (365.2425 / 12);

  private static Goal followers(int baseline, Target target) {
    return Seeds.doubleLinkedInFollowers().toBuilder()
        .baseline(Baseline.of(baseline, FROM))
        .target(target)
        .build();
  }

  /** LinkedIn followers falling 10% every month for six months. */
  private static RuleContext falling() {
    return RuleContext.builder(FROM)
        .history(
            Seeds.series(
                CoreMetrics.FOLLOWERS,
                Scope.of(Platform.LINKEDIN),
                "2025-07-01=2000",
                "2025-08-01=1800",
                "2025-09-01=1620",
                "2025-10-01=1458",
                "2025-11-01=1312.2",
                "2025-12-01=1180.98",
                "2026-01-01=1062.882"))
        .build();
  }

  @Test
  void anIncreaseOfFollowersAsksForTheWholeNumberThatReachesIt() {
    // +20% of 1,301 is 1,561.2 followers: 1,562 reach it; 1.2^(1/5.947) - 1 = 3.11% a month
    Finding f =
        Judge.single(
            GROWTH,
            followers(1_301, Target.increaseByPercent(20)),
            RuleContext.builder(FROM).history(Seeds.linkedInFollowersSlow()).build());
    assertThat(f.message())
        .isEqualTo(
            "needs 3.1% a month (1,301 -> 1,562 in 5.9 months); the median month of the last 6"
                + " was 4.0% and the best 10.0%: realistic");
  }

  @Test
  void aDecreaseOfFollowersAsksForTheWholeNumberBelowAndSuggestsTheOneAbove() {
    // -50% of 1,301 is 650.5: 650 reaches it. Falls of 10% a month reach 1,301 * 0.9^5.947
    double reachable = 1_301 * Math.pow(0.9, MONTHS);
    assertThat(reachable).isBetween(695.0, 696.0);
    double needed = 1 - Math.pow(0.5, 1 / MONTHS);
    // ln 0.5 / ln 0.9 = 6.58 months at the median fall
    long days = (long) Math.ceil(Math.log(0.5) / Math.log(0.9) * (365.2425 / 12)) - 1;
    Finding f =
        Judge.single(
            GROWTH, followers(1_301, Target.decreaseByPercent(BigDecimal.valueOf(50))), falling());
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo(
            "needs -"
                + String.format(Locale.ENGLISH, "%.1f", 100 * needed)
                + "% a month (1,301 -> 650 in 5.9 months); the median month of the last 6 was"
                + " -10.0% and the best -10.0%: unrealistic");
    assertThat(f.suggestion())
        .hasValue(
            "lower the target to "
                + (long) Math.ceil(reachable)
                + " or move the deadline to "
                + FROM.plusDays(days));
  }

  @Test
  void aTotalOfLeadsIsWholeToo() {
    // 1,600.4 leads in 21 days: 1,601 reach it; 2,000 a month for 0.69 months reach 1,379.9,
    // so 1,379
    Goal g =
        Goal.builder(GoalId.of("leads"), "1,600.4 leads in three weeks")
            .metric(CoreMetrics.LEADS)
            .scope(Scope.of(Platform.LINKEDIN))
            .target(Target.total(new BigDecimal("1600.4")))
            .start(date("2026-05-01"))
            .deadline(date("2026-05-21"))
            .build();
    RuleContext context =
        RuleContext.builder(date("2026-05-01"))
            .history(
                Seeds.series(
                    CoreMetrics.LEADS,
                    Scope.of(Platform.LINKEDIN),
                    "2026-02-10=1000",
                    "2026-03-10=2000",
                    "2026-04-10=2319"))
            .build();
    Finding f = Judge.single(GROWTH, g, context);
    assertThat(f.message()).contains("(1,601 in total in 0.7 months)");
    assertThat(f.suggestion())
        .hasValueSatisfying(s -> assertThat(s).startsWith("lower the target to 1,379 "));
  }

  @Test
  void aDurationKeepsItsDecimals() {
    // response time 100 -> 80.5 is no count: 80.5 stays; 0.805^(1/5.947) - 1 = -3.58% a month
    Goal faster =
        Goal.builder(GoalId.of("faster"), "Cut response time to 80.5")
            .metric(CoreMetrics.RESPONSE_TIME)
            .scope(Scope.of(Platform.FACEBOOK))
            .baseline(Baseline.of(100, FROM))
            .target(Target.decreaseTo(new BigDecimal("80.5")))
            .start(FROM)
            .deadline(date("2026-06-30"))
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
    assertThat(Judge.single(GROWTH, faster, context).message())
        .startsWith("needs -3.6% a month (100 -> 80.5 in 5.9 months)");
  }
}
