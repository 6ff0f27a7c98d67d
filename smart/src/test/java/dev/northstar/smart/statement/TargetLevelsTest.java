package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Levels to reach: the direction from the verb, from the baseline, or from the way the metric gets
 * better; and the levels that cannot be a target.
 */
class TargetLevelsTest {

  private static final LocalDate REF = LocalDate.of(2026, 3, 10);

  private static ParsedStatement parse(String text) {
    return GoalStatementParser.standard().parse(text, REF);
  }

  private static Target target(String text) {
    ParsedStatement p = parse(text);
    assertThat(p.unresolved()).as(text).isEmpty();
    return p.drafts().get(0).target().orElseThrow();
  }

  private static List<String> targetProblems(String text) {
    ParsedStatement p = parse(text);
    assertThat(p.drafts().get(0).target()).as(text).isEmpty();
    return p.unresolved().stream().map(u -> u.text() + ": " + u.reason()).toList();
  }

  @Test
  void fromXToYGoesTheWayOfTheNumbersUnlessAVerbSaysOtherwise() {
    assertThat(target("Take LinkedIn followers from 500 to 400 in Q4"))
        .isEqualTo(Target.decreaseTo(BigDecimal.valueOf(400)));
    assertThat(parse("Take LinkedIn followers from 500 to 400 in Q4").drafts().get(0).baseline())
        .contains(BigDecimal.valueOf(500));
    assertThat(target("Take LinkedIn followers from 400 to 500 in Q4"))
        .isEqualTo(Target.increaseTo(BigDecimal.valueOf(500)));
    assertThat(targetProblems("Grow LinkedIn followers from 500 to 400 in Q4"))
        .containsExactly("400: the target does not move from the baseline the way the verb says");
    assertThat(targetProblems("Take LinkedIn followers from 500 to 500 in Q4"))
        .containsExactly("500: the target does not move from the baseline the way the verb says");
  }

  @Test
  void arrivingAtALevelGoesTheWayTheMetricGetsBetter() {
    // cost per click and response time are better lower; "hit" and "get" say no direction
    assertThat(target("Hit a CPC of $1.20 on Facebook in Q4"))
        .isEqualTo(Target.decreaseTo(new BigDecimal("1.20")));
    assertThat(target("Get response time on Facebook to 30 minutes in Q4"))
        .isEqualTo(Target.decreaseTo(BigDecimal.valueOf(30 * 60)));
    assertThat(target("Reach 400 LinkedIn followers in Q4"))
        .isEqualTo(Target.increaseTo(BigDecimal.valueOf(400)));
  }

  @Test
  void reachingARateItNamesIsThatLevel() {
    // "reach" before "a"/"an" is the verb, and "<rate> of N%" names the level to arrive at
    assertThat(target("Reach a CPC of $1.20 on Facebook in Q4"))
        .isEqualTo(Target.decreaseTo(new BigDecimal("1.20")));
    assertThat(target("Reach an engagement rate of 5% on Instagram in Q3"))
        .isEqualTo(Target.increaseTo(new BigDecimal("0.05")));
    assertThat(target("Hit a CTR of 2% on LinkedIn in Q3"))
        .isEqualTo(Target.increaseTo(new BigDecimal("0.02")));
    assertThat(target("Achieve a bounce rate of 40% on Facebook in Q3"))
        .isEqualTo(Target.decreaseTo(new BigDecimal("0.40")));
    // after another verb, "reach" stays the metric
    assertThat(parse("Boost LinkedIn reach a lot in Q3").drafts().get(0).metric())
        .hasValueSatisfying(m -> assertThat(m.value()).isEqualTo("reach"));
    // a percent of a rate with a verb of direction stays ambiguous: relative or points
    assertThat(targetProblems("Increase the CTR of 2% on LinkedIn in Q3"))
        .singleElement()
        .asString()
        .startsWith("2%: ");
  }

  @Test
  void aLevelNeedsADirectionAndAnIncreaseNeedsALevelAboveZero() {
    assertThat(targetProblems("LinkedIn followers to 400 in Q4"))
        .containsExactly("400: a value to reach without saying increase or decrease");
    assertThat(targetProblems("Increase and reduce LinkedIn followers to 400 in Q4"))
        .containsExactly("400: both increase and decrease words are used; say which one");
    assertThat(targetProblems("Increase LinkedIn followers to 0 in Q4"))
        .containsExactly("0: a target must be above 0");
    // down to zero is a level a decrease may reach
    assertThat(target("Cut CPC on Facebook to $0 in Q4"))
        .isEqualTo(Target.decreaseTo(BigDecimal.ZERO));
  }
}
