package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.goal.Window;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Targets read by meaning, the metric vocabulary, confidences and the parser's configuration. */
class StatementMeaningsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String s) {
    return GoalStatementParser.standard().parse(s, REF);
  }

  private static GoalDraft only(String s) {
    ParsedStatement p = parse(s);
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0);
  }

  private static UnresolvedPart unresolved(String s, GoalPart part) {
    ParsedStatement p = parse(s);
    assertThat(p.isComplete()).as(p.toString()).isFalse();
    return p.unresolved().stream()
        .filter(u -> u.part() == part)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + part + " unresolved in " + p));
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void aLevelIsNotAChange() {
    GoalDraft d = only("Increase Instagram engagement rate to 4% in Q2");
    assertThat(d.metric()).contains(MetricId.of("err"));
    assertThat(d.target()).contains(Target.increaseTo(n("0.04")));
    assertThat(d.confidence(GoalPart.TARGET)).isEqualTo(1.0);
    assertThat(only("Increase Instagram followers by 4% in Q2").target())
        .contains(Target.increaseByPercent(n("4")));
    assertThat(only("Reduce Facebook CPC to $0.90 in Q2").target())
        .contains(Target.decreaseTo(n("0.90")));
  }

  @Test
  void aPercentChangeOfARateIsAmbiguous() {
    UnresolvedPart u = unresolved("Increase CTR on LinkedIn by 10% in Q2", GoalPart.TARGET);
    assertThat(u.text()).isEqualTo("10%");
    assertThat(u.reason()).contains("relative, or percentage points");
    assertThat(unresolved("Raise NPS on Facebook by 10% in Q2", GoalPart.TARGET).reason())
        .contains("relative, or percentage points");
    assertThat(unresolved("Get a 5% engagement rate on TikTok in Q2", GoalPart.TARGET).reason())
        .contains("the level or the change");
  }

  @Test
  void fromXToYGivesBaselineAndLevel() {
    GoalDraft d = only("Raise CTR on Facebook from 1.2% to 2% in Q2");
    assertThat(d.target()).contains(Target.increaseTo(n("0.02")));
    assertThat(d.baseline()).contains(n("0.012"));
    assertThat(d.toGoal(GoalId.of("g")).baseline()).isPresent();
    GoalDraft down = only("Cut CAC on TikTok from $45 to $30 in Q4");
    assertThat(down.target()).contains(Target.decreaseTo(n("30")));
    assertThat(down.baseline()).contains(n("45"));
    assertThat(unresolved("Increase CAC on TikTok from $45 to $30 in Q4", GoalPart.TARGET).reason())
        .contains("does not move from the baseline the way the verb says");
    assertThat(unresolved("Grow LinkedIn followers from 500 to 500 in Q4", GoalPart.TARGET).text())
        .isEqualTo("500");
    assertThat(unresolved("Grow LinkedIn followers from 500 in Q4", GoalPart.TARGET).reason())
        .contains("a baseline without a target");
    assertThat(only("Double YouTube subscribers from 4,000 next year").baseline())
        .contains(n("4000"));
  }

  @Test
  void percentagePointsNeedABaseline() {
    GoalDraft d = only("Raise CTR on Facebook from 1.2% by 0.5 percentage points in Q2");
    assertThat(d.target()).contains(Target.increaseTo(n("0.017")));
    GoalDraft down = only("Lower the bounce rate on Facebook from 40% by 5 points in Q2");
    assertThat(down.target()).contains(Target.decreaseTo(n("0.35")));
    assertThat(
            unresolved("Lift LinkedIn CTR by 2 percentage points in Q2", GoalPart.TARGET).reason())
        .contains("needs the current value");
    assertThat(unresolved("Cut CTR on X from 1% by 2 points in Q2", GoalPart.TARGET).reason())
        .contains("to 0 or below");
    assertThat(
            unresolved("Lift LinkedIn CTR to 2 percentage points in Q2", GoalPart.TARGET).reason())
        .contains("write the level as a percent");
  }

  @Test
  void boundsAreStayBelowOrAbove() {
    assertThat(only("Keep CPC on Pinterest below $1.50 this year").target())
        .contains(Target.stayBelow(n("1.50")));
    assertThat(only("Maintain NPS on Facebook of at least 30 in Q2").target())
        .contains(Target.stayAbove(n("30")));
    // ROAS is a multiple (revenue over spend), so "above 4" is 4x
    assertThat(only("Keep ROAS above 4 on Facebook in Q2").target())
        .contains(Target.stayAbove(n("4")));
    // a ratio stored as a fraction needs a percent
    assertThat(
            unresolved("Keep engagement rate above 4 on Facebook in Q2", GoalPart.TARGET).reason())
        .contains("needs a percent");
    assertThat(only("Keep Instagram engagement rate above 3% in Q2").target())
        .contains(Target.stayAbove(n("0.03")));
    assertThat(only("Get at least 500 leads from LinkedIn in Q2").target())
        .contains(Target.total(500));
    assertThat(unresolved("Get under 500 leads from LinkedIn in Q2", GoalPart.TARGET).reason())
        .contains("adds up over the period");
    assertThat(unresolved("Increase CPC on X below $2 in Q2", GoalPart.TARGET).reason())
        .contains("with an upper bound");
    assertThat(unresolved("Reduce NPS on X above 2 in Q2", GoalPart.TARGET).reason())
        .contains("with a lower bound");
    assertThat(unresolved("Keep CPC on X at $2 in Q2", GoalPart.TARGET).reason())
        .contains("without \"below\" or \"above\"");
  }

  @Test
  void moneyIsATargetNeverTheMetric() {
    GoalDraft d = only("Reduce cost per click on Facebook below $1.50 in Q2");
    assertThat(d.metric()).contains(MetricId.of("cpc"));
    assertThat(d.target()).contains(Target.stayBelow(n("1.50")));
    assertThat(only("Generate $50,000 in revenue from Instagram in Q4").target())
        .contains(Target.total(50_000));
    assertThat(unresolved("Get $500 of followers on X in Q2", GoalPart.TARGET).reason())
        .contains("which is not money");
    assertThat(unresolved("Get 5% followers on X to 7% in Q2", GoalPart.TARGET).reason())
        .isNotBlank();
    assertThat(unresolved("Grow CTR on X to 3 in Q2", GoalPart.TARGET).reason())
        .contains("needs a percent");
    assertThat(unresolved("Grow followers on X to 30% in Q2", GoalPart.TARGET).reason())
        .contains("which is not a rate");
  }

  @Test
  void perPeriodTargetsBecomeWindows() {
    GoalDraft d = only("Get 500 leads a month from LinkedIn in Q2");
    assertThat(d.target()).contains(Target.total(500));
    assertThat(d.window()).contains(Window.perMonth());
    assertThat(d.toGoal(GoalId.of("g")).window()).contains(Window.perMonth());
    assertThat(d.toString()).contains("window=per month");
    assertThat(only("Get 5 sales daily from X in Q2").window()).contains(Window.perDay());
    assertThat(only("Get 50 sales each quarter from X this year").window())
        .contains(Window.perQuarter());
    GoalDraft rate = only("Keep CTR on X above 2% every week in Q2");
    assertThat(rate.target()).contains(Target.stayAbove(n("0.02")));
    assertThat(rate.window()).contains(Window.perWeek());
    assertThat(only("Get 500 leads from LinkedIn in Q2").window()).isEmpty();
    UnresolvedPart u = unresolved("Add 200 followers a week on LinkedIn in Q2", GoalPart.TARGET);
    assertThat(u.text()).isEqualTo("a week");
    assertThat(u.reason()).contains("is a level, not a number per period");
    assertThat(unresolved("Get 500 leads a year from X in 2027", GoalPart.TARGET).reason())
        .contains("per day, week, month or quarter");
    assertThat(unresolved("Grow leads on X by 5% a month in Q2", GoalPart.TARGET).reason())
        .contains("a change per period");
    assertThat(unresolved("Get 5 or 6 leads a month on X in Q2", GoalPart.TARGET).reason())
        .contains("one number");
    assertThat(unresolved("Double leads a month on X in Q2", GoalPart.TARGET).reason())
        .contains("one number");
    assertThat(unresolved("Get 0 leads a month on X in Q2", GoalPart.TARGET).reason())
        .contains("above 0");
  }

  @Test
  void perWeekYearsAndRatingsAsMarketersWriteThem() {
    // "per" after the metric names the period of the target, not another metric ("cost per lead")
    GoalDraft perWeek = only("Generate 50 leads per week from LinkedIn during Q1 2027");
    assertThat(perWeek.metric()).contains(MetricId.of("leads"));
    assertThat(perWeek.target()).contains(Target.total(50));
    assertThat(perWeek.window()).contains(Window.perWeek());
    assertThat(unresolved("Cut cost per lead on LinkedIn by 15% in Q2", GoalPart.METRIC).text())
        .isEqualTo("lead");
    // German "im Jahr" before a year is "in", elsewhere "a year"
    GoalDraft inYear =
        GoalStatementParser.of(Locale.GERMAN)
            .parse("Erhöhen Sie den Umsatz über Instagram im Jahr 2027 um 15 Prozent.", REF)
            .drafts()
            .get(0);
    assertThat(inYear.period()).contains(DateRange.parse("2027-01-01/2027-12-31"));
    assertThat(inYear.target()).contains(Target.increaseByPercent(n("15")));
    // Polish "w 2027 roku" (in 2027 year) is the calendar year, not a duration of 2,027 years
    GoalDraft polish =
        GoalStatementParser.of(Locale.forLanguageTag("pl"))
            .parse(
                "Utrzymaj współczynnik zaangażowania na Instagramie powyżej 4% w 2027 roku.", REF)
            .drafts()
            .get(0);
    assertThat(polish.period()).contains(DateRange.parse("2027-01-01/2027-12-31"));
    assertThat(polish.target()).contains(Target.stayAbove(n("0.04")));
    // "at the end of the year 2027" in Indonesian and Vietnamese: the named year's end
    for (String[] s :
        new String[][] {
          {"id", "Tingkatkan jumlah pengikut Instagram sebesar 20% pada akhir tahun 2027."},
          {"vi", "Tăng số người theo dõi trên Instagram thêm 20% vào cuối năm 2027."}
        }) {
      GoalDraft draft =
          GoalStatementParser.of(Locale.forLanguageTag(s[0])).parse(s[1], REF).drafts().get(0);
      assertThat(draft.period()).as(s[1]).contains(DateRange.parse("2026-03-10/2027-12-31"));
      assertThat(draft.target()).as(s[1]).contains(Target.increaseByPercent(n("20")));
    }
    // "average" before a metric names another metric, unless the registry's synonym says it
    GoalDraft rating = only("Achieve a 4.5-star average review rating on X by year end");
    assertThat(rating.metric()).contains(MetricId.of("review_rating"));
    assertThat(rating.target()).contains(Target.increaseTo(n("4.5")));
  }

  @Test
  void durationsAreReadInSecondsForTimesOnly() {
    assertThat(unresolved("Post 10 times per week on X in Q2", GoalPart.TARGET).text())
        .isEqualTo("per week");
    // 2 hours = 2 * 3600 s, 30 minutes = 30 * 60 s: durations are kept in seconds
    assertThat(only("Reduce response time on X to under 2 hours in Q2").target())
        .contains(Target.stayBelow(n("7200")));
    assertThat(only("Cut response time on X to 30 minutes in Q2").target())
        .contains(Target.decreaseTo(n("1800")));
    assertThat(unresolved("Cut response time on X to 2 in Q2", GoalPart.TARGET).reason())
        .contains("needs its unit");
    assertThat(unresolved("Get reach on X to 2 hours in Q2", GoalPart.TARGET).reason())
        .contains("which is not a time");
    // another language's units are not told apart by the translation: left to be set by hand
    ParsedStatement german =
        GoalStatementParser.of(java.util.Locale.GERMAN)
            .parse("Antwortzeit auf X auf unter 2 Stunden senken in Q2", REF);
    assertThat(german.drafts().get(0).target()).isEmpty();
  }

  @Test
  void arrivingAtALevelGoesTheWayTheMetricGetsBetter() {
    // lower is better for costs and times: "hit", "get" to a level lowers them
    assertThat(only("Hit a CPC of $1.20 on X in Q2").target())
        .contains(Target.decreaseTo(n("1.20")));
    assertThat(only("Get CPC on X to $1.20 in Q2").target()).contains(Target.decreaseTo(n("1.20")));
    assertThat(only("Get X followers to 5,000 in Q2").target())
        .contains(Target.increaseTo(n("5000")));
    // a verb with a direction keeps it
    assertThat(only("Raise CPC on X to $2 in Q2").target()).contains(Target.increaseTo(n("2")));
  }

  @Test
  void multiplesFollowTheirVerb() {
    assertThat(only("Triple Pinterest saves in Q2").target()).contains(Target.multiplyBy(n("3")));
    assertThat(only("Halve CPC on X in Q2").target()).contains(Target.multiplyBy(n("0.5")));
    assertThat(unresolved("Reduce X followers double in Q2", GoalPart.TARGET).reason())
        .contains("against the verb");
    assertThat(unresolved("Double X followers to 500 in Q2", GoalPart.TARGET).reason())
        .contains("several targets");
  }

  @Test
  void theVocabularyComesFromTheRegistries() {
    assertThat(only("Increase share of voice on X to 20% in Q2").metric())
        .contains(MetricId.of("share_of_voice"));
    assertThat(only("Increase Net Promoter Score on X to 40 in Q2").metric())
        .contains(MetricId.of("nps"));
    assertThat(only("Grow YouTube subscribers to 20,000 in Q2").metric())
        .contains(CoreMetrics.FOLLOWERS);
    assertThat(only("Grow email subscribers on X by 20% in Q2").metric())
        .contains(CoreMetrics.SUBSCRIBERS);
    assertThat(only("Reach 10k followers on X in Q2").target())
        .contains(Target.increaseTo(n("10000")));
    assertThat(only("Reach 2.5m impressions on X in Q2").target())
        .contains(Target.total(2_500_000));
    assertThat(unresolved("Reduce cost per lead on X to $40 in Q3", GoalPart.METRIC).reason())
        .contains("does not know");
    assertThat(unresolved("Make 50k in sales on X in Q3", GoalPart.METRIC).reason())
        .contains("amount of money");
  }

  @Test
  void draftsCarryConfidences() {
    GoalDraft d = only("Get 500 leads from LinkedIn in Q2");
    assertThat(d.confidence(GoalPart.METRIC)).isEqualTo(1.0);
    assertThat(d.confidence(GoalPart.TARGET)).isEqualTo(0.9);
    assertThat(d.confidence(GoalPart.PERIOD)).isEqualTo(1.0);
    GoalDraft none = parse("Grow our presence").drafts().get(0);
    assertThat(none.confidence(GoalPart.METRIC)).isZero();
    assertThat(none.confidence(GoalPart.TARGET)).isZero();
    assertThat(none.confidence(GoalPart.PERIOD)).isZero();
    assertThatThrownBy(() -> d.withConfidence(GoalPart.METRIC, 1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidence must be within 0..1, not 1.5");
    assertThatThrownBy(() -> d.withConfidence(GoalPart.METRIC, -0.1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(d.withConfidence(GoalPart.METRIC, 0.0).confidence(GoalPart.METRIC)).isZero();
    assertThat(d.withConfidence(GoalPart.METRIC, 1.0).confidence(GoalPart.METRIC)).isEqualTo(1.0);
    assertThat(d.withBaseline(n("5"), REF).toString()).contains("baseline=5");
    assertThat(new UnresolvedPart("x", "why").part()).isEqualTo(GoalPart.OTHER);
  }

  @Test
  void theParserIsConfigured() {
    assertThat(GoalStatementParser.of(Locale.ENGLISH).parse("Get 5 leads on X in Q2", REF))
        .isEqualTo(parse("Get 5 leads on X in Q2"));
    assertThatThrownBy(() -> GoalStatementParser.of(Locale.FRENCH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no statement vocabulary for the language \"fr\" (statement_fr.properties is missing);"
                + " available: en, de, pl, lv, id, vi");
    GoalStatementParser fiscal = GoalStatementParser.standard().withFiscalYearStart(Month.APRIL);
    assertThat(fiscal).hasToString("GoalStatementParser[en, fiscal year from APRIL]");
    // fiscal Q1 runs April to June; on 10 March 2026 the current fiscal year ends 31 March
    assertThat(fiscal.parse("Get 5 leads on X in Q1", REF).drafts().get(0).period())
        .contains(DateRange.parse("2026-04-01/2026-06-30"));
    assertThat(fiscal.parse("Get 5 leads on X by year end", REF).drafts().get(0).period())
        .contains(DateRange.parse("2026-03-10/2026-03-31"));
    assertThat(fiscal.parse("Get 5 leads on X next year", REF).drafts().get(0).period())
        .contains(DateRange.parse("2026-04-01/2027-03-31"));
    assertThat(fiscal.parse("Get 5 leads on X in Q1 2027", REF).unresolved().get(0).reason())
        .contains("fiscal year");
    assertThatThrownBy(() -> GoalStatementParser.standard().parse("x", LocalDate.of(1899, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("referenceDate must be from 1900-01-01 to 9999-12-31, not 1899-12-31");
    assertThatThrownBy(() -> GoalStatementParser.standard().parse("x", LocalDate.of(10000, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GoalStatementParser.standard().parse("x", LocalDate.of(1900, 1, 1)).drafts())
        .isNotEmpty();
    assertThat(GoalStatementParser.standard().parse("x", LocalDate.of(9999, 12, 31)).drafts())
        .isNotEmpty();
    assertThat(only("Grow followers on X and Instagram in Q2").scope().platforms())
        .containsExactlyInAnyOrder(Platform.X, Platform.INSTAGRAM);
  }
}
