package dev.northstar.smart;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed goals of examples/goals, built in Java, plus histories to judge them against.
 *
 * <p>The test kit has the same goals ({@code SeedGoals}), but {@code northstar-testkit} depends on
 * smart's main code, so smart's tests cannot use it (a reactor cycle); these copies stay.
 */
final class Seeds {

  private Seeds() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  static Goal doubleLinkedInFollowers() {
    return Goal.builder(
            GoalId.of("double-linkedin-followers"), "Double LinkedIn followers within six months")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(1_200, date("2026-01-01")))
        .target(Target.doubling())
        .start(date("2026-01-01"))
        .deadline(date("2026-06-30"))
        .build();
  }

  static Goal instagramFollowers20Percent() {
    return Goal.builder(
            GoalId.of("instagram-followers-20-percent"),
            "Increase total Instagram followers by 20% in the next quarter")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.INSTAGRAM))
        .baseline(Baseline.of(8_400, date("2026-06-30")))
        .target(Target.increaseByPercent(20))
        .start(date("2026-07-01"))
        .deadline(date("2026-09-30"))
        .build();
  }

  static Goal facebookReach40Percent() {
    return Goal.builder(
            GoalId.of("facebook-reach-40-percent"),
            "Increase Facebook reach by 40% by the end of August (31 days)")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.REACH)
        .scope(Scope.of(Platform.FACEBOOK))
        .baseline(Baseline.of(25_000, date("2026-07-31")))
        .target(Target.increaseByPercent(40))
        .start(date("2026-08-01"))
        .deadline(date("2026-08-31"))
        .build();
  }

  static Goal pinterestNewItemsTraffic() {
    return Goal.builder(
            GoalId.of("pinterest-new-items-traffic"),
            "Increase traffic to the \"New items\" page from Pinterest by 50% in Q4")
        .category(GoalCategory.WEBSITE_TRAFFIC)
        .metric(CoreMetrics.PAGE_VIEWS)
        .scope(Scope.of(Platform.PINTEREST).withContent("New items"))
        .baseline(Baseline.of(3_000, date("2026-09-30")))
        .target(Target.increaseByPercent(50))
        .start(date("2026-10-01"))
        .deadline(date("2026-12-31"))
        .build();
  }

  static Goal backToSchoolLeadsFacebook() {
    return Goal.builder(
            GoalId.of("back-to-school-leads-facebook"),
            "Generate 500 new leads from Facebook in the \"Back to school\" campaign, 5 August to"
                + " 1 September")
        .category(GoalCategory.LEAD_GENERATION)
        .metric(CoreMetrics.LEADS)
        .scope(Scope.of(Platform.FACEBOOK).withCampaign("Back to school"))
        .target(Target.total(500))
        .start(date("2026-08-05"))
        .deadline(date("2026-09-01"))
        .build();
  }

  static Goal skateboardShoeSalesInstagram() {
    return Goal.builder(
            GoalId.of("skateboard-shoe-sales-instagram"),
            "Generate 25 new skateboard-shoe sales from Instagram")
        .category(GoalCategory.CONVERSIONS)
        .metric(CoreMetrics.SALES)
        .scope(Scope.of(Platform.INSTAGRAM).withProduct("skateboard shoes"))
        .target(Target.total(25))
        .build();
  }

  static Goal preHolidayBlowOutSales() {
    return Goal.builder(
            GoalId.of("pre-holiday-blow-out-sales"),
            "Increase skateboard-shoe sales by 12% in Q3 through the \"Pre-Holiday Blow Out\""
                + " campaign on Facebook, Pinterest and Instagram")
        .category(GoalCategory.CONVERSIONS)
        .metric(CoreMetrics.SALES)
        .scope(
            Scope.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.PINTEREST)
                .withCampaign("Pre-Holiday Blow Out")
                .withProduct("skateboard shoes"))
        .baseline(Baseline.of(1_150, date("2026-06-30")))
        .target(Target.increaseByPercent(12))
        .start(date("2026-07-01"))
        .deadline(date("2026-09-30"))
        .build();
  }

  static Goal skincareInfluencers() {
    return Goal.builder(
            GoalId.of("skincare-influencers"),
            "Sign two free influencers and one paid influencer in Q3, to promote a skincare line"
                + " in Q4")
        .category(GoalCategory.INFLUENCERS)
        .metric(CoreMetrics.INFLUENCERS)
        .scope(Scope.unspecified().withProduct("skincare line"))
        .target(Target.total(3))
        .start(date("2026-07-01"))
        .deadline(date("2026-09-30"))
        .tag("free:2")
        .tag("paid:1")
        .build();
  }

  static Goal millionInstagramFollowers() {
    return Goal.builder(
            GoalId.of("million-instagram-followers"),
            "Get one million Instagram followers in three months")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.INSTAGRAM))
        .baseline(Baseline.of(0, date("2026-01-01")))
        .target(Target.increaseTo(BigDecimal.valueOf(1_000_000)))
        .start(date("2026-01-01"))
        .deadline(date("2026-03-31"))
        .tag("counter-example")
        .build();
  }

  static Goal millionDollarsNextWeek() {
    return Goal.builder(GoalId.of("million-dollars-next-week"), "Make a million dollars next week")
        .category(GoalCategory.REVENUE)
        .metric(CoreMetrics.REVENUE)
        .baseline(Baseline.of(0, date("2026-01-11")))
        .target(Target.increaseTo(BigDecimal.valueOf(1_000_000)))
        .start(date("2026-01-12"))
        .deadline(date("2026-01-18"))
        .tag("counter-example")
        .build();
  }

  /** A new Instagram account: 0, 40 and 95 followers at the ends of its first three months. */
  static MetricSeries newInstagramAccount() {
    return series(
        CoreMetrics.FOLLOWERS,
        Scope.of(Platform.INSTAGRAM),
        "2025-11-30=0",
        "2025-12-31=40",
        "2026-01-01=95");
  }

  /** A business just starting: monthly revenue of 300, 800 and 1,500 (summed from sales). */
  static MetricSeries newBusinessRevenue() {
    return series(
        CoreMetrics.REVENUE,
        Scope.unspecified(),
        "2025-10-15=300",
        "2025-11-10=500",
        "2025-11-20=300",
        "2025-12-05=1500");
  }

  /**
   * LinkedIn followers growing 2%, 5%, 2%, 10%, 3% and 5% a month, on the first of each month from
   * July 2025 to January 2026: median 4%, best 10%.
   */
  static MetricSeries linkedInFollowersSlow() {
    return series(
        CoreMetrics.FOLLOWERS,
        Scope.of(Platform.LINKEDIN),
        "2025-07-01=1000",
        "2025-08-01=1020",
        "2025-09-01=1071",
        "2025-10-01=1092.42",
        "2025-11-01=1201.662",
        "2025-12-01=1237.71186",
        "2026-01-01=1299.597453");
  }

  /** LinkedIn followers growing 12%, 13%, 14%, 13%, 15% and 13% a month: median 13%, best 15%. */
  static MetricSeries linkedInFollowersFast() {
    double[] rates = {0.12, 0.13, 0.14, 0.13, 0.15, 0.13};
    List<String> points = new ArrayList<>();
    BigDecimal v = BigDecimal.valueOf(600);
    LocalDate d = date("2025-07-01");
    points.add(d + "=" + v);
    for (double r : rates) {
      v = v.multiply(BigDecimal.valueOf(1 + r));
      d = d.plusMonths(1);
      points.add(d + "=" + v.toPlainString());
    }
    return series(
        CoreMetrics.FOLLOWERS, Scope.of(Platform.LINKEDIN), points.toArray(String[]::new));
  }

  static MetricSeries series(MetricId metric, Scope scope, String... points) {
    List<Observation> obs = new ArrayList<>();
    for (String p : points) {
      obs.add(Observation.of(date(p.substring(0, 10)), new BigDecimal(p.substring(11))));
    }
    return MetricSeries.of(metric, scope, obs);
  }

  /** A B2B business objective and a marketing objective under it, for the year 2026. */
  static List<Goal> objectives() {
    Goal business =
        Goal.builder(GoalId.of("win-b2b-customers"), "Win 40 new B2B customers in 2026")
            .level(GoalLevel.BUSINESS)
            .start(date("2026-01-01"))
            .deadline(date("2026-12-31"))
            .build();
    Goal marketing =
        Goal.builder(GoalId.of("b2b-awareness"), "Raise brand awareness among B2B buyers in H1")
            .level(GoalLevel.MARKETING)
            .parent(business.id())
            .start(date("2026-01-01"))
            .deadline(date("2026-06-30"))
            .build();
    return List.of(business, marketing);
  }
}
