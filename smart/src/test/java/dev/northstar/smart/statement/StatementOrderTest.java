package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.time.DateRange;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Parts at the very start or end of a statement, words that one pass claims so that a later pass
 * does not read them again, and the texts that reports quote.
 */
class StatementOrderTest {

  private static final LocalDate REF = LocalDate.of(2026, 1, 1);

  private static ParsedStatement parse(String text) {
    return GoalStatementParser.standard().parse(text, REF);
  }

  private static GoalDraft complete(String text) {
    ParsedStatement p = parse(text);
    assertThat(p.unresolved()).as(p.toString()).isEmpty();
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0);
  }

  @Test
  void aPeriodFirstAndThePlatformRightAfterIt() {
    GoalDraft d = complete("Within six months LinkedIn followers should double");
    assertThat(d.period()).contains(DateRange.parse("2026-01-01/2026-06-30"));
    assertThat(d.scope().platforms()).containsExactly(Platform.LINKEDIN);
    assertThat(d.target()).contains(Target.doubling());
  }

  @Test
  void thePurposeFirstStopsAtANumber() {
    GoalDraft d = complete("To promote summer shoes 500 leads on Instagram within six months");
    assertThat(d.scope().product()).contains("summer shoes");
    assertThat(d.target()).contains(Target.total(500));
  }

  @Test
  void aProductFirstBeforeItsMetric() {
    GoalDraft d = complete("Skateboard-shoe sales on Instagram: grow by 10% within six months");
    assertThat(d.scope().product()).contains("skateboard shoes");
    assertThat(d.metric()).contains(CoreMetrics.SALES);
    assertThat(d.target()).contains(Target.increaseByPercent(10));
  }

  @Test
  void aMetricLastInTheStatement() {
    ParsedStatement p = parse("Double Instagram reach");
    assertThat(p.drafts().get(0).metric()).contains(CoreMetrics.REACH);
    assertThat(p.drafts().get(0).target()).contains(Target.doubling());
  }

  @Test
  void aMetricWordIsNotAlsoAVerb() {
    // "Reach" names the metric here, so nothing says whether 10% is up or down
    ParsedStatement p = parse("Reach on Instagram up 10% within six months");
    assertThat(p.drafts().get(0).metric()).contains(CoreMetrics.REACH);
    assertThat(p.unresolved())
        .extracting(UnresolvedPart::reason)
        .containsExactly("a percent without \"increase\" or \"decrease\"; say which");
  }

  @Test
  void aNumberTwoWordsAfterToIsAValueOnlyAfterACurrencySign() {
    GoalDraft d = complete("Get leads to reach 500 on LinkedIn within six months");
    assertThat(d.target()).contains(Target.total(500));
  }

  @Test
  void platformAndProductWordsAreNotQualifiers() {
    // the words after the numbers are a platform and a product, not qualifiers to tag with
    String reason =
        "3 numbers for 2 platforms: cannot tell which number goes with which; give one number per"
            + " platform";
    ParsedStatement p =
        parse(
            "Sign two Facebook influencers, one X influencer and one paid influencer within six"
                + " months");
    assertThat(p.unresolved()).extracting(UnresolvedPart::reason).containsExactly(reason);
    ParsedStatement products =
        parse(
            "Sign two free influencers and one paid-media influencer on Instagram within six"
                + " months");
    assertThat(products.unresolved())
        .extracting(UnresolvedPart::reason)
        .containsExactly(
            "2 numbers for 1 platforms: cannot tell which number goes with which; give one number"
                + " per platform");
  }

  @Test
  void pageViewsAreAMetric() {
    // bug fix: "views" is not in the metric table, so "page views" was never recognised
    GoalDraft d = complete("Increase page views on Pinterest by 10% within six months");
    assertThat(d.metric()).contains(CoreMetrics.PAGE_VIEWS);
    assertThat(d.category()).contains(GoalCategory.WEBSITE_TRAFFIC);
    ParsedStatement views = parse("Increase video views on YouTube by 10% within six months");
    assertThat(views.drafts().get(0).metric()).contains(CoreMetrics.VIDEO_VIEWS);
  }

  @Test
  void theEarliestYearIs1900() {
    assertThat(complete("Get 300 leads on LinkedIn in Q2 1900").period())
        .contains(DateRange.parse("1900-04-01/1900-06-30"));
    assertThat(complete("Get 300 leads on LinkedIn during 1900").period())
        .contains(DateRange.parse("1900-01-01/1900-12-31"));
  }

  @Test
  void reportsQuotePeriodsWithTheirPunctuation() {
    ParsedStatement p =
        GoalStatementParser.standard()
            .parse(
                "Get 300 leads on LinkedIn by the end of June (10 days) and in Q4",
                LocalDate.of(2026, 5, 13));
    assertThat(p.unresolved())
        .extracting(UnresolvedPart::reason)
        .containsExactly(
            "a second period; the goal uses the first, \"by the end of June (10 days)\""
                + " (2026-06-21/2026-06-30)");
    ParsedStatement comma =
        parse("Get 300 leads on LinkedIn between September 1, 2026 and August 5, 2026");
    assertThat(comma.unresolved())
        .extracting(UnresolvedPart::text)
        .containsExactly("between September 1, 2026 and August 5, 2026", "");
    ParsedStatement dash = parse("Get 300 leads on LinkedIn from 1 September 2026 - 5 August 2026");
    assertThat(dash.unresolved())
        .extracting(UnresolvedPart::text)
        .containsExactly("from 1 September 2026 - 5 August 2026", "");
  }

  @Test
  void twoDatesWithoutAJoinAreNoPeriod() {
    ParsedStatement p = parse("Get 300 leads on LinkedIn from 5 August 1 September");
    assertThat(p.drafts().get(0).period()).isEmpty();
  }

  @Test
  void draftsCompareByEveryPart() {
    GoalDraft d = complete("Sign two free and one paid influencer on Instagram within six months");
    GoalDraft same =
        GoalDraft.of(
            d.statement(),
            CoreMetrics.INFLUENCERS,
            GoalCategory.INFLUENCERS,
            Scope.of(Platform.INSTAGRAM),
            Target.total(3),
            DateRange.parse("2026-01-01/2026-06-30"),
            Set.of("paid:1", "free:2"));
    assertThat(d).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo("draft");
    assertThat(d.statement())
        .isEqualTo("Sign two free and one paid influencer on Instagram within six months");
    assertThat(d)
        .hasToString(
            "GoalDraft[metric=influencers, category=influencers, scope="
                + Scope.of(Platform.INSTAGRAM)
                + ", target=total 3, period=2026-01-01/2026-06-30, tags=[free:2, paid:1]]");
    GoalDraft bare = GoalDraft.of("x", null, null, Scope.unspecified(), null, null, Set.of());
    assertThat(bare)
        .hasToString(
            "GoalDraft[metric=null, category=null, scope="
                + Scope.unspecified()
                + ", target=null, period=null]");
    assertThat(bare.toGoal(GoalId.of("g")).period()).isEmpty();
    // a part given to the factory is certain; a missing one has no confidence
    for (GoalPart part : new GoalPart[] {GoalPart.METRIC, GoalPart.TARGET, GoalPart.PERIOD}) {
      assertThat(bare.confidence(part)).as("bare %s", part).isEqualTo(0.0);
      assertThat(same.confidence(part)).as("given %s", part).isEqualTo(1.0);
    }
    assertThat(bare.confidence(GoalPart.SCOPE)).isEqualTo(1.0);
    assertThat(d.hashCode()).isNotEqualTo(bare.hashCode());
    assertThat(d)
        .isNotEqualTo(
            GoalDraft.of(
                "other",
                CoreMetrics.INFLUENCERS,
                GoalCategory.INFLUENCERS,
                Scope.of(Platform.INSTAGRAM),
                Target.total(3),
                DateRange.parse("2026-01-01/2026-06-30"),
                Set.of("paid:1", "free:2")))
        .isNotEqualTo(
            GoalDraft.of(
                d.statement(),
                CoreMetrics.INFLUENCERS,
                GoalCategory.INFLUENCERS,
                Scope.of(Platform.INSTAGRAM),
                Target.total(4),
                DateRange.parse("2026-01-01/2026-06-30"),
                Set.of("paid:1", "free:2")))
        .isNotEqualTo(
            GoalDraft.of(
                d.statement(),
                CoreMetrics.INFLUENCERS,
                GoalCategory.INFLUENCERS,
                Scope.of(Platform.INSTAGRAM),
                Target.total(3),
                DateRange.parse("2026-01-01/2026-06-30"),
                Set.of("paid:1")));
    assertThat(GoalStatementParser.standard())
        .hasToString("GoalStatementParser[en, fiscal year from JANUARY]");
  }
}
