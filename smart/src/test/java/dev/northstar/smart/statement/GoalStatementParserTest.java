package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GoalStatementParserTest {

  private static final GoalStatementParser PARSER = GoalStatementParser.standard();

  private static ParsedStatement parse(String text, LocalDate ref) {
    return PARSER.parse(text, ref);
  }

  private static GoalDraft only(ParsedStatement p) {
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0);
  }

  private static DateRange range(String text) {
    return DateRange.parse(text);
  }

  private static List<String> reasons(ParsedStatement p) {
    return p.unresolved().stream().map(UnresolvedPart::reason).toList();
  }

  /** Every example goal of DOMAIN.md section 4. */
  @Nested
  class SeedExamples {

    @Test
    void doubleLinkedInFollowersWithinSixMonths() {
      ParsedStatement p =
          parse("Double LinkedIn followers within six months", LocalDate.of(2026, 1, 1));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.FOLLOWERS);
      assertThat(d.category()).contains(GoalCategory.BRAND_AWARENESS);
      assertThat(d.scope().platforms()).containsExactly(Platform.LINKEDIN);
      assertThat(d.target()).contains(Target.doubling());
      // six months from 1 January end on 30 June
      assertThat(d.period()).contains(range("2026-01-01/2026-06-30"));
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void instagramFollowersByTwentyPercentInTheNextQuarter() {
      ParsedStatement p =
          parse(
              "Increase total Instagram followers by 20% in the next quarter",
              LocalDate.of(2026, 6, 30));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.FOLLOWERS);
      assertThat(d.scope().platforms()).containsExactly(Platform.INSTAGRAM);
      assertThat(d.target()).contains(Target.increaseByPercent(20));
      assertThat(d.period()).contains(range("2026-07-01/2026-09-30"));
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void facebookReachByFortyPercentByTheEndOfAugust() {
      ParsedStatement p =
          parse(
              "Increase Facebook reach by 40% by the end of August (31 days)",
              LocalDate.of(2026, 7, 31));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.REACH);
      assertThat(d.scope().platforms()).containsExactly(Platform.FACEBOOK);
      assertThat(d.target()).contains(Target.increaseByPercent(40));
      // 31 days counted back from 31 August start on 1 August
      assertThat(d.period()).contains(range("2026-08-01/2026-08-31"));
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void byTheEndOfAugustWithoutALengthStartsAtTheReferenceDate() {
      GoalDraft d =
          only(
              parse(
                  "Increase Facebook reach by 40% by the end of August",
                  LocalDate.of(2026, 7, 10)));
      assertThat(d.period()).contains(range("2026-07-10/2026-08-31"));
    }

    @Test
    void pinterestTrafficToTheNewItemsPageInQ4() {
      ParsedStatement p =
          parse(
              "Increase traffic to the \"New items\" page from Pinterest by 50% in Q4",
              LocalDate.of(2026, 9, 30));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.PAGE_VIEWS);
      assertThat(d.category()).contains(GoalCategory.WEBSITE_TRAFFIC);
      assertThat(d.scope().content()).contains("New items");
      assertThat(d.scope().platforms()).containsExactly(Platform.PINTEREST);
      assertThat(d.target()).contains(Target.increaseByPercent(50));
      assertThat(d.period()).contains(range("2026-10-01/2026-12-31"));
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void backToSchoolLeadsGiveOneGoalPerPlatform() {
      ParsedStatement p =
          parse(
              "Generate 500 new leads from Facebook and 150 from Twitter in the \"Back to school\""
                  + " campaign, 5 August to 1 September",
              LocalDate.of(2026, 7, 1));
      assertThat(p.drafts()).as(p.toString()).hasSize(2);
      GoalDraft facebook = p.drafts().get(0);
      GoalDraft x = p.drafts().get(1);
      assertThat(facebook.scope().platforms()).containsExactly(Platform.FACEBOOK);
      assertThat(facebook.target()).contains(Target.total(500));
      assertThat(x.scope().platforms()).containsExactly(Platform.X);
      assertThat(x.target()).contains(Target.total(150));
      for (GoalDraft d : p.drafts()) {
        assertThat(d.metric()).contains(CoreMetrics.LEADS);
        assertThat(d.category()).contains(GoalCategory.LEAD_GENERATION);
        assertThat(d.scope().campaign()).contains("Back to school");
        assertThat(d.period()).contains(range("2026-08-05/2026-09-01"));
      }
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void skincareInfluencersAreSummedWithTheirQualifiersAndTheSecondPeriodIsReported() {
      ParsedStatement p =
          parse(
              "Sign two free influencers and one paid influencer in Q3, to promote a skincare line"
                  + " in Q4",
              LocalDate.of(2026, 6, 1));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.INFLUENCERS);
      assertThat(d.category()).contains(GoalCategory.INFLUENCERS);
      assertThat(d.target()).contains(Target.total(3));
      assertThat(d.tags()).containsExactly("free:2", "paid:1");
      assertThat(d.scope().product()).contains("skincare line");
      assertThat(d.period()).contains(range("2026-07-01/2026-09-30"));
      assertThat(p.unresolved())
          .extracting(UnresolvedPart::text)
          .containsExactlyInAnyOrder("in Q4", "");
      assertThat(reasons(p))
          .anySatisfy(r -> assertThat(r).contains("second period").contains("in Q3"))
          .anySatisfy(r -> assertThat(r).contains("names no platform"));
    }

    @Test
    void aQualifierTooLongForATagIsUnresolvedAndTheDraftStillBecomesAGoal() {
      // Found by GoalStatementFuzzTest: the tag "<qualifier>:2" was longer than a goal's tags may
      // be, so toGoal threw an exception it does not document.
      String qualifier = "m".repeat(100);
      ParsedStatement p =
          parse(
              "Sign two " + qualifier + " influencers and one paid influencer in Q3",
              LocalDate.of(2026, 6, 1));
      GoalDraft d = only(p);

      assertThat(d.tags()).isEmpty();
      assertThat(d.target()).isEmpty();
      assertThat(p.unresolved())
          .anySatisfy(
              u -> {
                assertThat(u.text()).isEqualTo(qualifier);
                assertThat(u.reason()).contains("too long for a tag");
              });
      assertThat(d.toGoal(dev.northstar.core.goal.GoalId.of("g")).tags()).isEmpty();
    }

    @Test
    void skateboardShoeSalesFromInstagramHaveNoPeriod() {
      ParsedStatement p =
          parse("Generate 25 new skateboard-shoe sales from Instagram", LocalDate.of(2026, 6, 1));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.SALES);
      assertThat(d.category()).contains(GoalCategory.CONVERSIONS);
      assertThat(d.target()).contains(Target.total(25));
      assertThat(d.scope().product()).contains("skateboard shoes");
      assertThat(d.scope().platforms()).containsExactly(Platform.INSTAGRAM);
      assertThat(d.period()).isEmpty();
      assertThat(reasons(p)).singleElement().asString().contains("names no period");
    }

    @Test
    void preHolidayBlowOutIsOneGoalOnThreePlatforms() {
      ParsedStatement p =
          parse(
              "Increase skateboard-shoe sales by 12% in Q3 through the \"Pre-Holiday Blow Out\""
                  + " campaign on Facebook, Pinterest and Instagram",
              LocalDate.of(2026, 6, 30));
      GoalDraft d = only(p);
      assertThat(d.metric()).contains(CoreMetrics.SALES);
      assertThat(d.target()).contains(Target.increaseByPercent(12));
      assertThat(d.scope().platforms())
          .containsExactlyInAnyOrder(Platform.FACEBOOK, Platform.PINTEREST, Platform.INSTAGRAM);
      assertThat(d.scope().campaign()).contains("Pre-Holiday Blow Out");
      assertThat(d.scope().product()).contains("skateboard shoes");
      assertThat(d.period()).contains(range("2026-07-01/2026-09-30"));
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }

    @Test
    void aMillionDollarsNextWeek() {
      // 2026-01-11 is a Sunday: next week runs Monday 12 to Sunday 18 January
      ParsedStatement p = parse("Make a million dollars next week", LocalDate.of(2026, 1, 11));
      GoalDraft d = only(p);
      // money is never the metric: "dollars" names none, so the number's kind is unknown
      assertThat(d.metric()).isEmpty();
      assertThat(d.category()).isEmpty();
      assertThat(d.target()).isEmpty();
      assertThat(p.isComplete()).isFalse();
      assertThat(d.period()).contains(range("2026-01-12/2026-01-18"));
    }

    @Test
    void oneMillionInstagramFollowersInThreeMonths() {
      ParsedStatement p =
          parse("Get one million Instagram followers in three months", LocalDate.of(2026, 1, 1));
      GoalDraft d = only(p);
      // followers are a level, not a flow: a count of them is a value to reach
      assertThat(d.target()).contains(Target.increaseTo(BigDecimal.valueOf(1_000_000)));
      assertThat(d.period()).contains(range("2026-01-01/2026-03-31"));
      assertThat(d.scope().platforms()).containsExactly(Platform.INSTAGRAM);
      assertThat(p.isComplete()).as(p.toString()).isTrue();
    }
  }

  @Nested
  class Periods {

    @Test
    void quarterWithoutAYearIsTheNextOneNotYetOver() {
      GoalDraft d = only(parse("Increase Facebook reach by 10% in Q1", LocalDate.of(2026, 5, 1)));
      assertThat(d.period()).contains(range("2027-01-01/2027-03-31"));
    }

    @Test
    void quarterWithAYear() {
      GoalDraft d =
          only(parse("Increase Facebook reach by 10% in Q2 2027", LocalDate.of(2026, 5, 1)));
      assertThat(d.period()).contains(range("2027-04-01/2027-06-30"));
    }

    @Test
    void byADateRunsFromTheReferenceDate() {
      GoalDraft d =
          only(parse("Get 300 leads on LinkedIn by 30 September", LocalDate.of(2026, 7, 1)));
      assertThat(d.period()).contains(range("2026-07-01/2026-09-30"));
    }

    @Test
    void isoDateRange() {
      GoalDraft d =
          only(
              parse(
                  "Get 300 leads on LinkedIn from 2026-08-05 to 2026-09-01",
                  LocalDate.of(2026, 7, 1)));
      assertThat(d.period()).contains(range("2026-08-05/2026-09-01"));
    }

    @Test
    void aWholeMonth() {
      GoalDraft d = only(parse("Get 300 leads on LinkedIn in May", LocalDate.of(2026, 7, 1)));
      assertThat(d.period()).contains(range("2027-05-01/2027-05-31"));
    }

    @Test
    void aWholeYear() {
      GoalDraft d =
          only(parse("Increase LinkedIn followers by 30% in 2027", LocalDate.of(2026, 7, 1)));
      assertThat(d.target()).contains(Target.increaseByPercent(30));
      assertThat(d.period()).contains(range("2027-01-01/2027-12-31"));
    }

    @Test
    void byNextQuarterIsAmbiguousAndReported() {
      ParsedStatement p =
          parse("Increase LinkedIn followers by 10% by next quarter", LocalDate.of(2026, 5, 1));
      assertThat(only(p).period()).isEmpty();
      assertThat(p.unresolved())
          .anySatisfy(
              u -> {
                assertThat(u.text()).isEqualTo("by next quarter");
                assertThat(u.reason()).contains("ambiguous");
              });
    }

    @Test
    void aDateThatDoesNotExistIsReported() {
      ParsedStatement p =
          parse("Get 300 leads on LinkedIn by 31 February", LocalDate.of(2026, 1, 1));
      assertThat(only(p).period()).isEmpty();
      assertThat(reasons(p)).anySatisfy(r -> assertThat(r).contains("not a date"));
    }
  }

  @Nested
  class Ambiguity {

    @Test
    void vagueStatementReportsWhatIsMissing() {
      ParsedStatement p = parse("Grow our presence", LocalDate.of(2026, 1, 1));
      GoalDraft d = only(p);
      assertThat(d.metric()).isEmpty();
      assertThat(d.target()).isEmpty();
      assertThat(p.unresolved()).extracting(UnresolvedPart::text).contains("presence");
      assertThat(reasons(p))
          .anySatisfy(r -> assertThat(r).contains("vague"))
          .anySatisfy(r -> assertThat(r).contains("names no number"))
          .anySatisfy(r -> assertThat(r).contains("names no platform"))
          .anySatisfy(r -> assertThat(r).contains("names no period"));
    }

    @Test
    void twoMetricsAreNotGuessed() {
      ParsedStatement p =
          parse(
              "Increase reach and engagement on Facebook by 10% next month",
              LocalDate.of(2026, 1, 1));
      assertThat(only(p).metric()).isEmpty();
      assertThat(reasons(p)).anySatisfy(r -> assertThat(r).contains("several metrics"));
    }

    @Test
    void numbersThatCannotBePairedWithPlatformsAreNotGuessed() {
      ParsedStatement p =
          parse(
              "Generate 500 and 150 leads from Facebook, Twitter and LinkedIn next month",
              LocalDate.of(2026, 1, 1));
      assertThat(only(p).target()).isEmpty();
      assertThat(reasons(p)).anySatisfy(r -> assertThat(r).contains("2 numbers for 3 platforms"));
    }

    @Test
    void aPercentWithoutADirectionIsNotGuessed() {
      ParsedStatement p = parse("Facebook reach 20% next month", LocalDate.of(2026, 1, 1));
      assertThat(only(p).target()).isEmpty();
      assertThat(p.unresolved()).extracting(UnresolvedPart::text).contains("20%");
    }

    @Test
    void decreaseByPercent() {
      GoalDraft d =
          only(
              parse(
                  "Reduce Facebook response time by 25% within three months",
                  LocalDate.of(2026, 1, 1)));
      assertThat(d.target()).contains(Target.decreaseByPercent(BigDecimal.valueOf(25)));
    }

    @Test
    void aQuotedNameThatIsNeitherCampaignNorPageIsReported() {
      ParsedStatement p =
          parse("Get 300 \"Spring\" leads on LinkedIn next month", LocalDate.of(2026, 1, 1));
      assertThat(p.unresolved()).extracting(UnresolvedPart::text).contains("Spring");
    }

    @Test
    void aCampaignWithoutAQuotedNameIsReported() {
      ParsedStatement p =
          parse(
              "Get 300 leads on LinkedIn in the spring campaign next month",
              LocalDate.of(2026, 1, 1));
      assertThat(only(p).scope().campaign()).isEmpty();
      assertThat(p.unresolved()).extracting(UnresolvedPart::text).containsExactly("campaign");
    }

    @Test
    void allPlatformsSaidExplicitly() {
      GoalDraft d =
          only(parse("Get 300 leads on all platforms next month", LocalDate.of(2026, 1, 1)));
      assertThat(d.scope().isAllPlatforms()).isTrue();
    }

    @Test
    void blankTextGivesNoDraft() {
      ParsedStatement p = parse("   ", LocalDate.of(2026, 1, 1));
      assertThat(p.drafts()).isEmpty();
      assertThat(reasons(p)).containsExactly("the statement is empty");
    }
  }

  @Test
  void draftBecomesAGoal() {
    GoalDraft d =
        only(parse("Double LinkedIn followers within six months", LocalDate.of(2026, 1, 1)));
    var goal = d.toGoal(dev.northstar.core.goal.GoalId.of("g"));
    assertThat(goal.metric()).contains(CoreMetrics.FOLLOWERS);
    assertThat(goal.period()).contains(range("2026-01-01/2026-06-30"));
    assertThat(goal.tags()).isEqualTo(Set.of());
  }
}
