package dev.northstar.smart;

import static dev.northstar.smart.CriterionStatus.MET;
import static dev.northstar.smart.CriterionStatus.NOT_MET;
import static dev.northstar.smart.CriterionStatus.PARTLY_MET;
import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.series.MetricSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed goals judged as the seeds would: each on its own (no parent, no history unless said), at
 * its start date. Expected statuses are in the order S, M, A, R, T.
 */
class SeedVerdictsTest {

  private static final SmartValidator VALIDATOR = SmartValidator.builtInOnly();

  private static SmartReport judge(Goal goal, LocalDate today, MetricSeries... history) {
    return VALIDATOR.validate(goal, RuleContext.builder(today).history(history).build());
  }

  private static void expect(SmartReport r, CriterionStatus... statuses) {
    assertThat(r.statuses().values()).as(r.toString()).containsExactly(statuses);
  }

  @Test
  void doubleLinkedInFollowersNeedsHistoryAndAnObjective() {
    SmartReport r = judge(Seeds.doubleLinkedInFollowers(), date("2026-01-01"));
    expect(r, MET, MET, PARTLY_MET, PARTLY_MET, MET);
    assertThat(r.verdict()).isEqualTo(Verdict.NEEDS_WORK);
  }

  @Test
  void instagramFollowersTwentyPercent() {
    expect(
        judge(Seeds.instagramFollowers20Percent(), date("2026-07-01")),
        MET,
        MET,
        PARTLY_MET,
        PARTLY_MET,
        MET);
  }

  @Test
  void facebookReachFortyPercentInThirtyOneDaysIsLongEnough() {
    expect(
        judge(Seeds.facebookReach40Percent(), date("2026-08-01")),
        MET,
        MET,
        PARTLY_MET,
        PARTLY_MET,
        MET);
  }

  @Test
  void pinterestNewItemsTraffic() {
    expect(
        judge(Seeds.pinterestNewItemsTraffic(), date("2026-10-01")),
        MET,
        MET,
        PARTLY_MET,
        PARTLY_MET,
        MET);
  }

  @Test
  void backToSchoolLeadsRunTwentyEightDaysWhichIsShort() {
    SmartReport r = judge(Seeds.backToSchoolLeadsFacebook(), date("2026-08-05"));
    expect(r, MET, MET, PARTLY_MET, PARTLY_MET, PARTLY_MET);
    assertThat(r.findingsOf(BuiltInRules.TIME_BOUND_DURATION).get(0).message())
        .startsWith("lasts 28 days");
  }

  @Test
  void skateboardShoeSalesWithoutADeadlineAreNotTimeBound() {
    SmartReport r = judge(Seeds.skateboardShoeSalesInstagram(), date("2026-06-01"));
    expect(r, MET, MET, PARTLY_MET, PARTLY_MET, NOT_MET);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_SMART);
  }

  @Test
  void preHolidayBlowOut() {
    expect(
        judge(Seeds.preHolidayBlowOutSales(), date("2026-07-01")),
        MET,
        MET,
        PARTLY_MET,
        PARTLY_MET,
        MET);
  }

  @Test
  void skincareInfluencersNameNoPlatform() {
    SmartReport r = judge(Seeds.skincareInfluencers(), date("2026-07-01"));
    expect(r, PARTLY_MET, MET, PARTLY_MET, PARTLY_MET, MET);
    assertThat(r.findingsOf(BuiltInRules.SPECIFIC_PLATFORMS)).hasSize(1);
  }

  @Test
  void aMillionInstagramFollowersFromANewAccountIsUnrealistic() {
    SmartReport r =
        judge(Seeds.millionInstagramFollowers(), date("2026-01-01"), Seeds.newInstagramAccount());
    expect(r, MET, MET, NOT_MET, PARTLY_MET, MET);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_SMART);
  }

  @Test
  void aMillionDollarsNextWeekIsUnrealisticAndTooShort() {
    SmartReport r =
        judge(Seeds.millionDollarsNextWeek(), date("2026-01-11"), Seeds.newBusinessRevenue());
    expect(r, PARTLY_MET, MET, NOT_MET, PARTLY_MET, PARTLY_MET);
    assertThat(r.verdict()).isEqualTo(Verdict.NOT_SMART);
  }

  @Test
  void aSeedGoalUnderItsObjectiveWithGoodHistoryIsSmart() {
    Goal goal =
        Seeds.doubleLinkedInFollowers().toBuilder().parent(GoalId.of("b2b-awareness")).build();
    List<Goal> goals = new ArrayList<>(Seeds.objectives());
    goals.add(goal);
    SmartReport r =
        VALIDATOR.validate(
            goal,
            RuleContext.builder(date("2026-01-01"))
                .hierarchy(GoalHierarchy.of(goals))
                .history(Seeds.linkedInFollowersFast())
                .build());
    expect(r, MET, MET, MET, MET, MET);
    assertThat(r.verdict()).isEqualTo(Verdict.SMART);
  }
}
