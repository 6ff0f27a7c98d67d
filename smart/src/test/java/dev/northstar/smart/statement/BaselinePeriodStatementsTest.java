package dev.northstar.smart.statement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.BaselinePeriod;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The period a statement compares its goal's period with ("compared with Q2", "than in March", "the
 * same period last year") becomes the draft's baseline period, or a located unresolved part.
 */
class BaselinePeriodStatementsTest {

  private static final LocalDate REF = LocalDate.of(2026, 6, 15);

  private static ParsedStatement parse(String s) {
    return GoalStatementParser.standard().parse(s, REF);
  }

  private static GoalDraft only(String s) {
    ParsedStatement p = parse(s);
    assertThat(p.drafts()).as(p.toString()).hasSize(1);
    return p.drafts().get(0);
  }

  private static DateRange range(String from, String to) {
    return DateRange.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void aQuarterComparedWithTheQuarterBefore() {
    ParsedStatement p =
        parse("Increase skateboard-shoe sales on Instagram by 12% in Q3 compared with Q2");
    assertThat(p.isComplete()).as(p.toString()).isTrue();
    GoalDraft d = p.drafts().get(0);
    assertThat(d.period()).contains(range("2026-07-01", "2026-09-30"));
    assertThat(d.target()).contains(Target.increaseByPercent(new BigDecimal("12")));
    // "Q2" alone would be the next Q2 after 15 June 2026, 2027's: a baseline lies before the goal
    assertThat(d.baselinePeriod()).contains(BaselinePeriod.of(range("2026-04-01", "2026-06-30")));
    Goal g = d.toGoal(GoalId.of("g"));
    assertThat(g.baselinePeriod()).contains(BaselinePeriod.of(range("2026-04-01", "2026-06-30")));
  }

  @Test
  void aMonthComparedWithABareMonthOrAMonthAfterThan() {
    GoalDraft august = only("Increase Facebook reach by 40% in August compared with July");
    assertThat(august.baselinePeriod())
        .contains(BaselinePeriod.of(range("2026-07-01", "2026-07-31")));
    GoalDraft than = only("Increase Facebook reach by 10% in August than in March");
    assertThat(than.baselinePeriod())
        .contains(BaselinePeriod.of(range("2026-03-01", "2026-03-31")));
    GoalDraft named = only("Increase Facebook reach by 10% in August 2026 against March 2025");
    assertThat(named.baselinePeriod())
        .contains(BaselinePeriod.of(range("2025-03-01", "2025-03-31")));
  }

  @Test
  void periodsRelativeToTheGoals() {
    assertThat(
            only("Increase LinkedIn leads by 20% in Q3 compared with the same period last year")
                .baselinePeriod())
        .contains(BaselinePeriod.samePeriodLastYear());
    assertThat(only("Increase LinkedIn leads by 20% in Q3 versus last year").baselinePeriod())
        .contains(BaselinePeriod.samePeriodLastYear());
    GoalDraft previous =
        only("Increase LinkedIn leads by 10% next quarter compared with the previous quarter");
    assertThat(previous.baselinePeriod()).contains(BaselinePeriod.previousPeriod());
    // the previous quarter of Q3 2026 is Q2 2026
    assertThat(
            previous
                .toGoal(GoalId.of("g"))
                .baselinePeriod()
                .orElseThrow()
                .resolve(previous.period().orElseThrow()))
        .isEqualTo(range("2026-04-01", "2026-06-30"));
  }

  @Test
  void aStatementWithoutAComparisonHasNoBaselinePeriod() {
    assertThat(only("Increase Facebook reach by 40% by the end of August").baselinePeriod())
        .isEmpty();
    // the "than" of a bound is no comparison, even before a period
    GoalDraft bound = only("Keep Facebook CPC lower than $0.90 in August");
    assertThat(bound.baselinePeriod()).isEmpty();
    assertThat(bound.target()).contains(Target.stayBelow(new BigDecimal("0.90")));
    assertThat(bound.period()).contains(range("2026-08-01", "2026-08-31"));
  }

  @Test
  void aComparisonThatCannotBeABaselineIsUnresolvedWhereItIsSaid() {
    ParsedStatement after =
        parse("Increase Facebook reach by 10% in August 2026 compared with September 2026");
    assertThat(after.drafts().get(0).baselinePeriod()).isEmpty();
    assertThat(after.unresolved())
        .anySatisfy(
            u -> {
              assertThat(u.part()).isEqualTo(GoalPart.PERIOD);
              assertThat(u.text()).isEqualTo("compared with September 2026");
              assertThat(u.reason())
                  .contains("2026-09-01/2026-09-30", "does not end before the goal's period");
            });

    ParsedStatement unit =
        parse("Increase LinkedIn leads by 10% in August compared with the previous quarter");
    assertThat(unit.drafts().get(0).baselinePeriod()).isEmpty();
    assertThat(unit.unresolved())
        .anySatisfy(
            u -> {
              assertThat(u.text()).isEqualTo("compared with the previous quarter");
              assertThat(u.reason()).contains("is not a calendar quarter");
            });

    ParsedStatement longer =
        parse(
            "Increase LinkedIn leads by 10% within 18 months compared with the same period last year");
    assertThat(longer.drafts().get(0).baselinePeriod()).isEmpty();
    assertThat(longer.unresolved())
        .anySatisfy(
            u -> {
              assertThat(u.text()).isEqualTo("compared with the same period last year");
              assertThat(u.reason()).contains("does not end before the goal's period");
            });

    ParsedStatement total = parse("Generate 500 leads on Facebook in August compared with July");
    assertThat(total.drafts().get(0).baselinePeriod()).isEmpty();
    assertThat(total.unresolved())
        .anySatisfy(
            u -> {
              assertThat(u.part()).isEqualTo(GoalPart.TARGET);
              assertThat(u.text()).isEqualTo("compared with July");
              assertThat(u.reason()).contains("no change");
            });
  }
}
