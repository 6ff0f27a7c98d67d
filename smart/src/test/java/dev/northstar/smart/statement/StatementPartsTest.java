package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The targets, metrics, platforms, names and tokens of the grammar (docs/smart.md), each with what
 * the parser reports when the statement is ambiguous: the text concerned and the exact reason.
 */
class StatementPartsTest {

  private static final LocalDate REF = LocalDate.of(2026, 1, 1);

  private static ParsedStatement parse(String text) {
    return GoalStatementParser.standard().parse(text, REF);
  }

  private static GoalDraft complete(String text) {
    ParsedStatement p = parse(text);
    assertThat(p.unresolved()).as(p.toString()).isEmpty();
    assertThat(p.isComplete()).isTrue();
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0);
  }

  private static Target target(String text) {
    return complete(text).target().orElseThrow();
  }

  /** The only unresolved part of a statement. */
  private static UnresolvedPart unresolved(String text) {
    ParsedStatement p = parse(text);
    assertThat(p.unresolved()).as(p.toString()).hasSize(1);
    assertThat(p.isComplete()).isFalse();
    return p.unresolved().get(0);
  }

  // ---- targets ----

  @Test
  void valuesToReachTakeTheirDirection() {
    assertThat(target("Increase LinkedIn followers to 5,000 within six months"))
        .isEqualTo(Target.increaseTo(BigDecimal.valueOf(5_000)));
    assertThat(target("Cut LinkedIn followers to 500 within six months"))
        .isEqualTo(Target.decreaseTo(BigDecimal.valueOf(500)));
    assertThat(target("Raise revenue on LinkedIn to $5,000 within six months"))
        .isEqualTo(Target.increaseTo(BigDecimal.valueOf(5_000)));
    UnresolvedPart u = unresolved("LinkedIn followers to 5,000 within six months");
    assertThat(u.text()).isEqualTo("5,000");
    assertThat(u.reason()).isEqualTo("a value to reach without saying increase or decrease");
    assertThat(
            unresolved("Increase or reduce LinkedIn followers to 5,000 within six months").reason())
        .isEqualTo("both increase and decrease words are used; say which one");
  }

  @Test
  void percentsNeedOneDirectionAndASensibleSize() {
    assertThat(target("Reduce LinkedIn followers by 100% within six months"))
        .isEqualTo(Target.decreaseByPercent(BigDecimal.valueOf(100)));
    assertThat(target("Grow LinkedIn followers by 150% within six months"))
        .isEqualTo(Target.increaseByPercent(150));
    assertThat(target("Grow LinkedIn followers by twenty percent within six months"))
        .isEqualTo(Target.increaseByPercent(20));
    UnresolvedPart both =
        unresolved("Increase and reduce LinkedIn followers by 10% within six months");
    assertThat(both.text()).isEqualTo("10%");
    assertThat(both.reason()).isEqualTo("both increase and decrease words are used; say which one");
    UnresolvedPart none = unresolved("LinkedIn followers 10% within six months");
    assertThat(none.reason())
        .isEqualTo("a percent without \"increase\" or \"decrease\"; say which");
    UnresolvedPart tooMuch = unresolved("Reduce LinkedIn followers by 100.5% within six months");
    assertThat(tooMuch.text()).isEqualTo("100.5%");
    assertThat(tooMuch.reason()).isEqualTo("a decrease must be from 0% to 100%");
    assertThat(unresolved("Reduce LinkedIn followers by 0% within six months").reason())
        .isEqualTo("a decrease must be from 0% to 100%");
    UnresolvedPart zero = unresolved("Grow LinkedIn followers by 0 percent within six months");
    assertThat(zero.text()).isEqualTo("0%");
    assertThat(zero.reason()).isEqualTo("a percent must be above 0");
  }

  @Test
  void multipliers() {
    assertThat(target("Triple LinkedIn followers within six months"))
        .isEqualTo(Target.multiplyBy(BigDecimal.valueOf(3)));
    assertThat(target("Quadruple LinkedIn followers within six months"))
        .isEqualTo(Target.multiplyBy(BigDecimal.valueOf(4)));
    assertThat(target("Halve LinkedIn followers within six months"))
        .isEqualTo(Target.multiplyBy(new BigDecimal("0.5")));
    assertThat(target("Try doubling LinkedIn followers within six months"))
        .isEqualTo(Target.doubling());
  }

  @Test
  void severalTargetsForOneGoalAreReported() {
    String reason = "names several targets (percents, multiples or values) for one goal; keep one";
    for (String s :
        List.of(
            "Double and triple LinkedIn followers within six months",
            "Grow LinkedIn followers by 10% and 20% within six months",
            "Double LinkedIn followers to 5,000 within six months",
            "Grow LinkedIn followers to 5,000 and to 6,000 within six months",
            "Grow LinkedIn followers by 10% with 500 ads within six months")) {
      ParsedStatement p = parse(s);
      assertThat(p.unresolved()).as(s).extracting(UnresolvedPart::reason).containsExactly(reason);
      assertThat(p.drafts()).as(s).singleElement().satisfies(d -> assertThat(d.target()).isEmpty());
    }
  }

  @Test
  void aStatementWithoutANumberSaysHowMuchToSay() {
    UnresolvedPart u = unresolved("Grow LinkedIn followers within six months");
    assertThat(u.text()).isEmpty();
    assertThat(u.reason())
        .isEqualTo(
            "names no number; say how much, such as \"by 20%\", \"double\" or \"500 new leads\"");
  }

  @Test
  void countsAreTotalsOfFlowsAndLevelsOfSnapshots() {
    assertThat(target("Get 500 leads on LinkedIn within six months")).isEqualTo(Target.total(500));
    assertThat(target("Reach 5,000 LinkedIn followers within six months"))
        .isEqualTo(Target.increaseTo(BigDecimal.valueOf(5_000)));
    UnresolvedPart zero = unresolved("Get 0 leads on LinkedIn within six months");
    assertThat(zero.text()).isEqualTo("0");
    assertThat(zero.reason()).isEqualTo("a target must be above 0");
    // without a metric a count may be a total or a level: unresolved
    ParsedStatement noMetric = parse("Get 500 on LinkedIn within six months");
    assertThat(noMetric.drafts().get(0).target()).isEmpty();
    assertThat(noMetric.unresolved())
        .extracting(UnresolvedPart::part)
        .contains(GoalPart.METRIC, GoalPart.TARGET);
  }

  @Test
  void aDurationWithoutWithinIsReported() {
    ParsedStatement p = parse("Get 500 leads on LinkedIn 3 months");
    assertThat(p.unresolved()).extracting(UnresolvedPart::text).containsExactly("3 months", "");
    assertThat(p.unresolved().get(0).reason())
        .isEqualTo("a duration without \"within\" or \"in\"; write \"within 3 months\"");
    assertThat(p.drafts().get(0).target()).contains(Target.total(500));
  }

  @Test
  void numbersPairWithPlatformsInOrder() {
    ParsedStatement p =
        parse("Get 500 leads from Facebook, 150 from Twitter and 20 from Reddit within six months");
    assertThat(p.unresolved()).as(p.toString()).isEmpty();
    assertThat(p.drafts())
        .extracting(d -> d.scope().platforms().iterator().next())
        .containsExactly(Platform.FACEBOOK, Platform.X, Platform.REDDIT);
    assertThat(p.drafts())
        .extracting(d -> d.target().orElseThrow())
        .containsExactly(Target.total(500), Target.total(150), Target.total(20));
  }

  @Test
  void qualifiedNumbersAreSummedAndTaggedUnlessAQualifierRepeats() {
    GoalDraft d =
        complete("Sign three free and two paid influencers on Instagram within six months");
    assertThat(d.target()).contains(Target.total(5));
    assertThat(d.tags()).containsExactly("free:3", "paid:2");
    ParsedStatement twice =
        parse("Sign two free influencers and two free influencers on Instagram within six months");
    assertThat(twice.unresolved())
        .extracting(UnresolvedPart::reason)
        .containsExactly(
            "2 numbers for 1 platforms: cannot tell which number goes with which; give one number"
                + " per platform");
    assertThat(twice.drafts().get(0).target()).isEmpty();
  }

  @Test
  void aQualifierMayMakeATagOfOneHundredCharactersButNotMore() {
    String fits = "q".repeat(98); // "qqq...:2" is 100 characters
    GoalDraft d =
        complete("Sign two " + fits + " and one paid influencer on Instagram within six months");
    assertThat(d.tags()).containsExactly("paid:1", fits + ":2");
    String tooLong = "q".repeat(99);
    ParsedStatement p =
        parse("Sign two " + tooLong + " and one paid influencer on Instagram within six months");
    assertThat(p.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEqualTo(tooLong);
              assertThat(u.reason())
                  .isEqualTo(
                      "the qualifier is too long for a tag (at most 100 characters with its"
                          + " number)");
            });
  }

  // ---- metrics ----

  @Test
  void metricWordsAndTheirCategories() {
    assertThat(complete("Get 500 sign-ups on LinkedIn within six months").metric())
        .contains(CoreMetrics.SUBSCRIBERS);
    GoalDraft posts = complete("Get 50 posts on Reddit within six months");
    assertThat(posts.metric()).contains(CoreMetrics.POSTS);
    assertThat(posts.category()).contains(GoalCategory.COMMUNITY);
    // money is a target or a threshold, never the metric
    ParsedStatement euros = parse("Make 5,000 euros on Instagram within six months");
    assertThat(euros.drafts().get(0).metric()).isEmpty();
    assertThat(euros.isComplete()).isFalse();
    assertThat(parse("Make \u20AC5,000 on Instagram within six months").drafts().get(0).metric())
        .isEmpty();
    GoalDraft revenue = complete("Make \u20AC5,000 in revenue on Instagram within six months");
    assertThat(revenue.metric()).contains(CoreMetrics.REVENUE);
    assertThat(revenue.target()).contains(Target.total(5_000));
    assertThat(complete("Increase traffic from Pinterest by 50% within six months").metric())
        .contains(CoreMetrics.SITE_VISITS);
  }

  @Test
  void reachBeforeANumberIsTheVerb() {
    GoalDraft d = complete("Reach $5,000 of revenue on Instagram within six months");
    assertThat(d.metric()).contains(CoreMetrics.REVENUE);
    assertThat(d.target()).contains(Target.total(5_000));
    assertThat(complete("Grow reach on Instagram by 10% within six months").metric())
        .contains(CoreMetrics.REACH);
  }

  @Test
  void severalMetricsAreNamedInTheReport() {
    UnresolvedPart u = unresolved("Grow Reach and Likes on Instagram by 10% within six months");
    assertThat(u.text()).isEqualTo("Reach, Likes");
    assertThat(u.reason())
        .isEqualTo(
            "names several metrics (reach, likes); a goal measures one, so split the statement");
  }

  @Test
  void aMissingMetricIsReportedWithTheVagueWordIfAny() {
    UnresolvedPart none = unresolved("Grow Instagram by 10% within six months");
    assertThat(none.text()).isEmpty();
    assertThat(none.reason())
        .isEqualTo("names no metric; say which, such as followers, reach, leads or sales");
    UnresolvedPart vague = unresolved("Grow Instagram Buzz by 10% within six months");
    assertThat(vague.text()).isEqualTo("Buzz");
    assertThat(vague.reason())
        .isEqualTo(
            "is vague and names no metric; say which, such as followers, reach, leads or sales");
  }

  @Test
  void aHyphenatedWordBeforeTheMetricNamesTheProduct() {
    assertThat(complete("Get 25 surf-board sales on Instagram within six months").scope().product())
        .contains("surf boards");
    assertThat(complete("Get 25 ski-boots sales on Instagram within six months").scope().product())
        .contains("ski boots");
    assertThat(complete("Get 25 new sales on Instagram within six months").scope().product())
        .isEmpty();
  }

  // ---- purpose, platforms, names ----

  @Test
  void thePurposeNamesTheProductUpToAPreposition() {
    assertThat(
            complete("Get 25 sales promoting summer shoes on Instagram within six months")
                .scope()
                .product())
        .contains("summer shoes");
    assertThat(
            complete("Get 25 sales to promote our new range with Instagram within six months")
                .scope()
                .product())
        .contains("new range");
  }

  @Test
  void platformsAllAndDuplicates() {
    assertThat(
            complete("Get 500 leads on LinkedIn and LinkedIn within six months")
                .scope()
                .platforms())
        .containsExactly(Platform.LINKEDIN);
    assertThat(
            complete("Get 500 leads on every channel within six months").scope().isAllPlatforms())
        .isTrue();
    assertThat(complete("Get 500 leads on X within six months").scope().platforms())
        .containsExactly(Platform.X);
    assertThat(complete("Get 500 leads on Threads within six months").scope().platforms())
        .containsExactly(Platform.THREADS);
    assertThat(unresolved("Get 500 leads on threads within six months").reason())
        .isEqualTo(
            "names no platform; name them, such as \"on LinkedIn\", or say \"all platforms\"");
    ParsedStatement both = parse("Get 500 leads on all platforms and TikTok within six months");
    assertThat(both.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEqualTo("all platforms");
              assertThat(u.reason())
                  .isEqualTo(
                      "says all platforms and also names some (TikTok); say one or the other");
            });
    assertThat(both.drafts().get(0).scope().platforms()).containsExactly(Platform.TIKTOK);
  }

  @Test
  void campaignsAndPagesByTheirQuotedNames() {
    GoalDraft d =
        complete(
            "Get 500 leads on LinkedIn in campaign \u201CSpring\u201D via the \"Offers\" page within"
                + " six months");
    assertThat(d.scope().campaign()).contains("Spring");
    assertThat(d.scope().content()).contains("Offers");
    ParsedStatement two =
        parse(
            "Get 500 leads on LinkedIn in the \"A\" campaign and \"B\" campaign within six months");
    assertThat(two.drafts().get(0).scope().campaign()).contains("A");
    assertThat(two.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEqualTo("B");
              assertThat(u.reason())
                  .isEqualTo("a second campaign; the goal keeps the first, \"A\"");
            });
    UnresolvedPart neither = unresolved("Get 500 \"Spring\" leads on LinkedIn within six months");
    assertThat(neither.reason())
        .isEqualTo(
            "a quoted name that is neither a campaign nor a page; write \"... campaign\" or \"..."
                + " page\" after it");
    UnresolvedPart bare = unresolved("Get 500 leads on LinkedIn by campaign within six months");
    assertThat(bare.reason())
        .isEqualTo(
            "a campaign without a quoted name; write its name in quotes, such as \"Back to"
                + " school\" campaign");
  }

  @Test
  void namesAreClippedToTwoHundredCharacters() {
    String name = "n".repeat(250);
    GoalDraft d =
        complete("Get 500 leads on LinkedIn in the \"" + name + "\" campaign within six months");
    assertThat(d.scope().campaign()).contains("n".repeat(200));
  }

  // ---- tokens ----

  @Test
  void quotesThatNeverCloseOrAreEmptyAreHandled() {
    UnresolvedPart open = unresolved("Get 500 leads on LinkedIn within six months \"Spring");
    assertThat(open.text()).isEqualTo("\"Spring");
    assertThat(open.reason()).isEqualTo("an opening quote is never closed");
    assertThat(complete("Get 500 leads on LinkedIn \"  \" within six months").target())
        .contains(Target.total(500));
  }

  @Test
  void numbersWithCommasDecimalsAndOrdinals() {
    assertThat(target("Get 1,250,000 leads on LinkedIn within six months"))
        .isEqualTo(Target.total(1_250_000));
    assertThat(target("Get 12.5 leads on LinkedIn within six months"))
        .isEqualTo(Target.total(new BigDecimal("12.5")));
    assertThat(target("Get 999999999999999 leads on LinkedIn within six months"))
        .isEqualTo(Target.total(999_999_999_999_999L));
    assertThat(target("Get 1.123456 leads on LinkedIn within six months"))
        .isEqualTo(Target.total(new BigDecimal("1.123456")));
  }

  @Test
  void tooLongNumbersAreReported() {
    ParsedStatement p = parse("Get 1000000000000000 leads on LinkedIn within six months");
    assertThat(p.unresolved().get(0).text()).isEqualTo("1000000000000000");
    assertThat(p.unresolved().get(0).reason())
        .isEqualTo("is too long a number (at most 15 digits and 6 decimals)");
    ParsedStatement decimals = parse("Get 1.1234567 leads on LinkedIn within six months");
    assertThat(decimals.unresolved().get(0).text()).isEqualTo("1.1234567");
    assertThat(decimals.unresolved().get(0).reason())
        .isEqualTo("is too long a number (at most 15 digits and 6 decimals)");
  }

  @Test
  void aDateNotInTheCalendarIsReported() {
    ParsedStatement p = parse("Get 500 leads on LinkedIn within six months 2026-02-30");
    assertThat(p.unresolved())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.text()).isEqualTo("2026-02-30");
              assertThat(u.reason()).isEqualTo("is not a date of the calendar");
            });
  }

  @Test
  void numberWordsAddUp() {
    assertThat(target("Get twenty five leads on LinkedIn within six months"))
        .isEqualTo(Target.total(25));
    assertThat(target("Get one hundred leads on LinkedIn within six months"))
        .isEqualTo(Target.total(100));
    assertThat(target("Get three hundred thousand leads on LinkedIn within six months"))
        .isEqualTo(Target.total(300_000));
    assertThat(target("Get a thousand leads on LinkedIn within six months"))
        .isEqualTo(Target.total(1_000));
    assertThat(target("Get an hundred leads on LinkedIn within six months"))
        .isEqualTo(Target.total(100));
    assertThat(target("Get two million five hundred thousand leads on LinkedIn within six months"))
        .isEqualTo(Target.total(2_500_000));
    assertThat(target("Get two billion leads on LinkedIn within six months"))
        .isEqualTo(Target.total(2_000_000_000L));
    assertThat(target("Get ninety nine leads on LinkedIn within six months"))
        .isEqualTo(Target.total(99));
  }

  @Test
  void aScaleWordAloneIsNotANumber() {
    assertThat(unresolved("Get thousand leads on LinkedIn within six months").reason())
        .startsWith("names no number");
  }

  @Test
  void theStatementToStringShowsDraftsAndUnresolvedParts() {
    ParsedStatement p = parse("Get 500 leads on LinkedIn");
    assertThat(p.toString())
        .startsWith("\"Get 500 leads on LinkedIn\" (as of 2026-01-01)\n  GoalDraft[metric=leads,")
        .endsWith("\n  unresolved: " + p.unresolved().get(0).reason());
    assertThat(new UnresolvedPart("x", "why")).hasToString("\"x\": why");
    assertThat(new UnresolvedPart("", "why")).hasToString("why");
  }
}
