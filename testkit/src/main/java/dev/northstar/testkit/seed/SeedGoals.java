package dev.northstar.testkit.seed;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.CheckIn;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Owner;
import dev.northstar.core.goal.Phase;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.tactic.Priority;
import dev.northstar.core.tactic.Recurrence;
import dev.northstar.core.tactic.Tactic;
import dev.northstar.core.tactic.TacticId;
import dev.northstar.core.tactic.TacticStatus;
import dev.northstar.core.time.DateRange;
import dev.northstar.core.time.Quarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The example goals of the domain (DOMAIN.md section 4) and the Campfire, Inc. hierarchy (sections
 * 1 and 5), built in Java: the fixtures that {@code examples/goals/*.json} must equal.
 *
 * <p>Where a seed leaves a number or date open, a plausible one is chosen, in 2026 unless the seed
 * says otherwise; where a seed leaves something out (no deadline, no platform), it stays out, so
 * that SMART validation has something to find.
 *
 * <p>Every method returns a new, immutable value.
 */
public final class SeedGoals {

  private static final BigDecimal ONE_MILLION = new BigDecimal("1000000");

  private SeedGoals() {}

  /**
   * "Double LinkedIn followers within six months" (seed 000).
   *
   * @return the goal, never null
   */
  public static Goal doubleLinkedInFollowers() {
    return Goal.builder(
            GoalId.of("double-linkedin-followers"), "Double LinkedIn followers within six months")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.LINKEDIN))
        .baseline(Baseline.of(1_200, LocalDate.of(2026, 1, 1)))
        .target(Target.doubling())
        .period(DateRange.withinMonthsFrom(LocalDate.of(2026, 1, 1), 6))
        .build();
  }

  /**
   * "Increase total Instagram followers by 20% in the next quarter" (seed 002), set in June.
   *
   * @return the goal, never null
   */
  public static Goal instagramFollowers() {
    return Goal.builder(
            GoalId.of("instagram-followers-20-percent"),
            "Increase total Instagram followers by 20% in the next quarter")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.INSTAGRAM))
        .baseline(Baseline.of(8_400, LocalDate.of(2026, 6, 30)))
        .target(Target.increaseByPercent(20))
        .period(Quarter.of(2026, 3).toDateRange())
        .build();
  }

  /**
   * "Increase Facebook reach by 40% by the end of August (31 days)" (seed 004): August's summed
   * reach against July's.
   *
   * @return the goal, never null
   */
  public static Goal facebookReach() {
    return Goal.builder(
            GoalId.of("facebook-reach-40-percent"),
            "Increase Facebook reach by 40% by the end of August (31 days)")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.REACH)
        .scope(Scope.of(Platform.FACEBOOK))
        .baselinePeriod(BaselinePeriod.of(DateRange.ofMonth(YearMonth.of(2026, 7))))
        .target(Target.increaseByPercent(40))
        .period(DateRange.withinDaysFrom(LocalDate.of(2026, 8, 1), 31))
        .build();
  }

  /**
   * "Increase traffic to the "New items" page from Pinterest by 50% in Q4" (seed 004): each month
   * of Q4 against September, the first month of the pins.
   *
   * @return the goal, never null
   */
  public static Goal pinterestNewItemsTraffic() {
    return Goal.builder(
            GoalId.of("pinterest-new-items-traffic"),
            "Increase traffic to the \"New items\" page from Pinterest by 50% in Q4")
        .category(GoalCategory.WEBSITE_TRAFFIC)
        .metric(CoreMetrics.PAGE_VIEWS)
        .scope(Scope.of(Platform.PINTEREST).withContent("New items"))
        .window(Window.perMonth())
        .baselinePeriod(BaselinePeriod.of(DateRange.ofMonth(YearMonth.of(2026, 9))))
        .target(Target.increaseByPercent(50))
        .period(Quarter.of(2026, 4).toDateRange())
        .build();
  }

  /**
   * "Generate 500 new leads from Facebook and 150 from Twitter in the "Back to school" campaign, 5
   * August to 1 September" (seed 004): two goals, one per platform.
   *
   * @return the goals, never null
   */
  public static List<Goal> backToSchoolLeads() {
    return List.of(
        backToSchoolLeads("back-to-school-leads-facebook", Platform.FACEBOOK, "Facebook", 500),
        backToSchoolLeads("back-to-school-leads-x", Platform.X, "Twitter", 150));
  }

  private static Goal backToSchoolLeads(String id, Platform platform, String name, long leads) {
    return Goal.builder(
            GoalId.of(id),
            "Generate "
                + leads
                + " new leads from "
                + name
                + " in the \"Back to school\" campaign, 5 August to 1 September")
        .category(GoalCategory.LEAD_GENERATION)
        .metric(CoreMetrics.LEADS)
        .scope(Scope.of(platform).withCampaign("Back to school"))
        .target(Target.total(leads))
        .period(DateRange.of(LocalDate.of(2026, 8, 5), LocalDate.of(2026, 9, 1)))
        .build();
  }

  /**
   * "Sign two free influencers and one paid influencer in Q3, to promote a skincare line in Q4"
   * (seed 004). The seed names no platform.
   *
   * @return the goal, never null
   */
  public static Goal skincareInfluencers() {
    return Goal.builder(
            GoalId.of("skincare-influencers"),
            "Sign two free influencers and one paid influencer in Q3, to promote a skincare line"
                + " in Q4")
        .category(GoalCategory.INFLUENCERS)
        .metric(CoreMetrics.INFLUENCERS)
        .scope(Scope.unspecified().withProduct("skincare line"))
        .target(Target.total(3))
        .period(Quarter.of(2026, 3).toDateRange())
        .tag("free: 2")
        .tag("paid: 1")
        .build();
  }

  /**
   * "Generate 25 new skateboard-shoe sales from Instagram" (seed 004), which sets no date, given a
   * period and a target that fit the example data: the sales of the "Pre-Holiday Blow Out"
   * campaign's Instagram posts, 300 in each ISO week of Q3 (the data has about 280 to 360).
   *
   * @return the goal, never null
   */
  public static Goal skateboardShoeSalesInstagram() {
    return Goal.builder(
            GoalId.of("skateboard-shoe-sales-instagram"),
            "Generate 300 new skateboard-shoe sales a week from Instagram through the \"Pre-Holiday"
                + " Blow Out\" campaign in Q3")
        .category(GoalCategory.CONVERSIONS)
        .metric(CoreMetrics.SALES)
        .scope(
            Scope.of(Platform.INSTAGRAM)
                .withCampaign("Pre-Holiday Blow Out")
                .withProduct("skateboard shoes"))
        .window(Window.perWeek())
        .target(Target.total(300))
        .period(Quarter.of(2026, 3).toDateRange())
        .build();
  }

  /**
   * "Increase skateboard-shoe sales by 12% in Q3 through the "Pre-Holiday Blow Out" campaign on
   * Facebook, Pinterest and Instagram" (seed 004): Q3's sales of the shoes on the three platforms,
   * campaign and organic, against Q2's.
   *
   * @return the goal, never null
   */
  public static Goal preHolidayBlowOutSales() {
    return Goal.builder(
            GoalId.of("pre-holiday-blow-out-sales"),
            "Increase skateboard-shoe sales by 12% in Q3 through the \"Pre-Holiday Blow Out\""
                + " campaign on Facebook, Pinterest and Instagram")
        .category(GoalCategory.CONVERSIONS)
        .metric(CoreMetrics.SALES)
        .scope(
            Scope.of(Platform.FACEBOOK, Platform.PINTEREST, Platform.INSTAGRAM)
                .withProduct("skateboard shoes"))
        .baselinePeriod(BaselinePeriod.previousPeriod())
        .target(Target.increaseByPercent(12))
        .period(Quarter.of(2026, 3).toDateRange())
        .build();
  }

  /**
   * Counter-example: "a million dollars next week" when just starting (seed 000).
   *
   * @return the goal, never null
   */
  public static Goal millionDollarsNextWeek() {
    return Goal.builder(GoalId.of("million-dollars-next-week"), "Make a million dollars next week")
        .category(GoalCategory.REVENUE)
        .metric(CoreMetrics.REVENUE)
        .baseline(Baseline.of(0, LocalDate.of(2026, 1, 11)))
        .target(Target.increaseTo(ONE_MILLION))
        .period(DateRange.withinDaysFrom(LocalDate.of(2026, 1, 12), 7))
        .tag("counter-example")
        .build();
  }

  /**
   * Counter-example: "one million Instagram followers in three months" from scratch (seed 002).
   *
   * @return the goal, never null
   */
  public static Goal millionInstagramFollowers() {
    return Goal.builder(
            GoalId.of("million-instagram-followers"),
            "Get one million Instagram followers in three months")
        .category(GoalCategory.BRAND_AWARENESS)
        .metric(CoreMetrics.FOLLOWERS)
        .scope(Scope.of(Platform.INSTAGRAM))
        .baseline(Baseline.of(0, LocalDate.of(2026, 1, 1)))
        .target(Target.increaseTo(ONE_MILLION))
        .period(DateRange.withinMonthsFrom(LocalDate.of(2026, 1, 1), 3))
        .tag("counter-example")
        .build();
  }

  /**
   * Campfire, Inc. (seed 003), set in 2026: three company goals, the social goals that support them
   * with measurable targets, and the tactics of the influencer goals with owners, due dates or a
   * recurrence, priorities in quadrants 1 and 2, and their status. The influencer goals are
   * measured by their check-ins, the others by the example metrics.
   *
   * @return the hierarchy, never null
   */
  public static GoalHierarchy campfire() {
    DateRange year = DateRange.ofYear(Year.of(2026));
    DateRange q1 = Quarter.of(2026, 1).toDateRange();
    GoalId expand = GoalId.of("expand-segment");
    GoalId ship = GoalId.of("ship-features");
    GoalId nps = GoalId.of("raise-smb-nps");
    GoalId relations = GoalId.of("influencer-relations");
    GoalId partners = GoalId.of("influencer-partnerships");
    Owner brian = Owner.of("Brian");
    Owner hailley = Owner.of("Hailley");
    List<Goal> goals =
        List.of(
            business(expand, "Expand into a new market segment", year),
            business(ship, "Ship 3 major product features", year),
            business(nps, "Raise NPS with SMB customers", year),
            social(relations, "Find and build relations with influencers", expand, q1)
                .category(GoalCategory.INFLUENCERS)
                .metric(CoreMetrics.INFLUENCERS)
                .scope(Scope.unspecified().withCampaign("Influencer outreach"))
                .target(Target.total(100))
                .owner(brian)
                .checkIn(checkIn(2026, 1, 30, 38, brian, 7, "listed 100, messaged 60"))
                .checkIn(checkIn(2026, 2, 27, 81, brian, 8, "most answered"))
                .checkIn(checkIn(2026, 3, 31, 104, brian, 10, "104 in touch"))
                .build(),
            social(partners, "Partner with influencers and brands", expand, year)
                .category(GoalCategory.INFLUENCERS)
                .metric(CoreMetrics.INFLUENCERS)
                .scope(Scope.unspecified().withCampaign("Partnerships"))
                .target(Target.total(12))
                .phase(Phase.of(LocalDate.of(2026, 6, 30), 6))
                .owner(brian)
                .owner(hailley)
                .checkIn(checkIn(2026, 3, 31, 3, hailley, 8, "one a month so far"))
                .checkIn(checkIn(2026, 6, 30, 5, hailley, 6, "no partner in May"))
                .checkIn(checkIn(2026, 7, 31, 6, brian, 6, "a skincare brand signed"))
                .build(),
            social(
                    GoalId.of("branded-content"),
                    "Create branded content for top-of-funnel growth: 10% more reach each month"
                        + " than in March",
                    expand,
                    DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)))
                .category(GoalCategory.BRAND_AWARENESS)
                .metric(CoreMetrics.REACH)
                .window(Window.perMonth())
                .baselinePeriod(BaselinePeriod.of(DateRange.ofMonth(YearMonth.of(2026, 3))))
                .target(Target.increaseByPercent(10))
                .build(),
            social(
                    GoalId.of("launch-campaign"),
                    "Run a launch campaign: 650,000 summed reach in June",
                    ship,
                    DateRange.ofMonth(YearMonth.of(2026, 6)))
                .category(GoalCategory.BRAND_AWARENESS)
                .metric(CoreMetrics.REACH)
                .scope(Scope.unspecified().withCampaign("Feature launch"))
                .target(Target.total(650_000))
                .build(),
            social(
                    GoalId.of("feature-awareness"),
                    "Raise awareness and engagement of new features: Instagram's engagement rate"
                        + " over the last 28 days 10% above May's",
                    ship,
                    DateRange.of(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 12, 31)))
                .category(GoalCategory.ENGAGEMENT)
                .metric(MetricId.of("err"))
                .scope(Scope.of(Platform.INSTAGRAM))
                .window(Window.trailingDays(28))
                .baselinePeriod(
                    BaselinePeriod.of(
                        DateRange.of(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 31))))
                .target(Target.increaseByPercent(10))
                .build(),
            social(
                    GoalId.of("smb-nps"),
                    "Lift the SMB survey's NPS to 30 by the end of the year",
                    nps,
                    DateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31)))
                .category(GoalCategory.CUSTOMER_SERVICE)
                .metric(MetricId.of("nps"))
                .scope(Scope.unspecified().withContent("SMB survey"))
                .window(Window.perQuarter())
                .baselinePeriod(BaselinePeriod.of(Quarter.of(2026, 1).toDateRange()))
                .target(Target.increaseTo(BigDecimal.valueOf(30)))
                .build());
    List<Tactic> tactics =
        List.of(
            Tactic.builder(
                    TacticId.of("list-influencers"),
                    "List 100 influencers in the target niche",
                    relations)
                .owner(brian)
                .due(LocalDate.of(2026, 1, 15))
                .priority(Priority.of(8, 3))
                .status(TacticStatus.DONE)
                .completedOn(LocalDate.of(2026, 1, 14))
                .build(),
            Tactic.builder(TacticId.of("message-influencers"), "Message each of them", relations)
                .owner(brian)
                .due(LocalDate.of(2026, 1, 31))
                .priority(Priority.of(7, 4))
                .status(TacticStatus.DONE)
                .completedOn(LocalDate.of(2026, 2, 3))
                .build(),
            Tactic.builder(TacticId.of("reach-influencers"), "Reach 100 influencers", relations)
                .owner(brian)
                .due(LocalDate.of(2026, 2, 1))
                .priority(Priority.of(9, 6))
                .status(TacticStatus.DONE)
                .completedOn(LocalDate.of(2026, 3, 31))
                .build(),
            Tactic.builder(
                    TacticId.of("monthly-sponsored-post"),
                    "One sponsored post with a brand or influencer each month",
                    partners)
                .owner(brian)
                .owner(hailley)
                .recurrence(Recurrence.monthlyOnDay(30))
                .priority(Priority.of(8, 7))
                .build());
    return GoalHierarchy.of(goals, tactics);
  }

  private static CheckIn checkIn(
      int year, int month, int day, long value, Owner author, int confidence, String note) {
    return CheckIn.of(LocalDate.of(year, month, day), BigDecimal.valueOf(value))
        .withAuthor(author)
        .withConfidence(confidence)
        .withNote(note);
  }

  private static Goal business(GoalId id, String statement, DateRange period) {
    return Goal.builder(id, statement).level(GoalLevel.BUSINESS).period(period).build();
  }

  private static Goal.Builder social(GoalId id, String statement, GoalId parent, DateRange period) {
    return Goal.builder(id, statement).parent(parent).period(period);
  }

  /**
   * Every example file of {@code examples/goals/} and what it holds: a {@link Goal}, a list of
   * goals, or a {@link GoalHierarchy}.
   *
   * @return a new map from file name to its value, in a fixed order, never null
   */
  public static Map<String, Object> byFileName() {
    Map<String, Object> files = new LinkedHashMap<>();
    files.put("double-linkedin-followers.json", doubleLinkedInFollowers());
    files.put("instagram-followers-20-percent.json", instagramFollowers());
    files.put("facebook-reach-40-percent.json", facebookReach());
    files.put("pinterest-new-items-traffic.json", pinterestNewItemsTraffic());
    files.put("back-to-school-leads.json", backToSchoolLeads());
    files.put("skincare-influencers.json", skincareInfluencers());
    files.put("skateboard-shoe-sales-instagram.json", skateboardShoeSalesInstagram());
    files.put("pre-holiday-blow-out-sales.json", preHolidayBlowOutSales());
    files.put("million-dollars-next-week.json", millionDollarsNextWeek());
    files.put("million-instagram-followers.json", millionInstagramFollowers());
    files.put("campfire-hierarchy.json", campfire());
    return files;
  }

  /**
   * Returns every seed goal: the example goals of {@link #byFileName()}, flattened, and the goals
   * of the {@linkplain #campfire() Campfire hierarchy}.
   *
   * @return a new unmodifiable list, never null
   */
  public static List<Goal> all() {
    List<Goal> all = new ArrayList<>();
    for (Object value : byFileName().values()) {
      if (value instanceof Goal g) {
        all.add(g);
      } else if (value instanceof GoalHierarchy h) {
        all.addAll(h.goals());
      } else if (value instanceof List<?> list) {
        list.forEach(g -> all.add((Goal) g));
      }
    }
    return List.copyOf(all);
  }
}
