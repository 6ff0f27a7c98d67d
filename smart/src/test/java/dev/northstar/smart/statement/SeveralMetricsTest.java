package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several metrics in one statement: one goal per clause when each metric has its own target, a rate
 * "of" a count as the rate alone, and "reach" before a number as the verb.
 */
class SeveralMetricsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String s) {
    return GoalStatementParser.standard().parse(s, REF);
  }

  @Test
  void oneDraftPerClauseWithTheFirstClausesVerbAndPlatform() {
    ParsedStatement p =
        parse("Increase LinkedIn followers by 20% and engagement rate to 4% by end of Q3");
    assertThat(p.isComplete()).as(p.toString()).isTrue();
    assertThat(p.drafts()).hasSize(2);
    GoalDraft followers = p.drafts().get(0);
    GoalDraft er = p.drafts().get(1);
    assertThat(followers.metric()).contains(MetricId.of("followers"));
    assertThat(followers.target()).contains(Target.increaseByPercent(20));
    assertThat(er.metric()).contains(MetricId.of("err"));
    // 4% of a rate is the fraction 4 / 100
    assertThat(er.target()).contains(Target.increaseTo(new BigDecimal("0.04")));
    for (GoalDraft d : p.drafts()) {
      assertThat(d.scope().platforms()).containsExactly(Platform.of("linkedin"));
      assertThat(d.period()).contains(DateRange.parse("2026-03-10/2026-09-30"));
    }
  }

  @Test
  void eachClauseKeepsItsOwnVerbAndPlatforms() {
    ParsedStatement p =
        parse("Get 500 leads on Facebook and reduce CPC on Instagram to $1.20 in Q3");
    assertThat(p.drafts()).hasSize(2);
    assertThat(p.drafts().get(0).target()).contains(Target.total(500));
    assertThat(p.drafts().get(0).scope().platforms()).containsExactly(Platform.of("facebook"));
    assertThat(p.drafts().get(1).target()).contains(Target.decreaseTo(new BigDecimal("1.20")));
    assertThat(p.drafts().get(1).scope().platforms()).containsExactly(Platform.of("instagram"));
  }

  @Test
  void aClauseWithoutPlatformsAfterOneWithItsOwnIsUnresolved() {
    ParsedStatement p = parse("Get 500 leads from Facebook and 30 sales in Q3");
    assertThat(p.drafts()).hasSize(2);
    assertThat(p.drafts().get(1).scope().platforms()).isEmpty();
    assertThat(p.unresolved())
        .anyMatch(u -> u.part() == GoalPart.SCOPE && u.reason().contains("of its own"));
  }

  @Test
  void metricsWithoutATargetEachStayUnresolved() {
    ParsedStatement p = parse("Increase Instagram reach and engagement by 20% in Q3");
    assertThat(p.drafts()).hasSize(1);
    assertThat(p.drafts().get(0).metric()).isEmpty();
    assertThat(p.unresolved())
        .anyMatch(u -> u.part() == GoalPart.METRIC && u.reason().contains("several metrics"));
  }

  @Test
  void aRateOfACountIsTheRate() {
    GoalDraft d = parse("Improve the CTR of our Facebook posts to 12% next month").drafts().get(0);
    assertThat(d.metric()).contains(MetricId.of("ctr"));
    assertThat(d.target()).contains(Target.increaseTo(new BigDecimal("0.12")));
    // a count of a count stays two metrics
    assertThat(parse("Grow reach of our Instagram posts by 10% in Q3").drafts().get(0).metric())
        .isEmpty();
  }

  @Test
  void reachBeforeANumberIsTheVerbUnlessAnotherVerbCameFirst() {
    assertThat(parse("Reach 2% CTR on Pinterest in Q4").drafts().get(0).metric())
        .contains(MetricId.of("ctr"));
    assertThat(parse("Get leads to reach 500 on LinkedIn in Q3").drafts().get(0).metric())
        .contains(MetricId.of("leads"));
    assertThat(parse("Boost LinkedIn reach 25 percent next month").drafts().get(0).metric())
        .contains(MetricId.of("reach"));
    assertThat(List.of(parse("Reach 2% CTR on Pinterest in Q4").drafts().get(0).target()))
        .containsExactly(java.util.Optional.of(Target.increaseTo(new BigDecimal("0.02"))));
  }
}
