package dev.northstar.smart;

import static dev.northstar.smart.Seeds.date;
import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The time-bound rules at their limits: durations one day either side, deadlines on the day. */
class TimeBoundBoundariesTest {

  private static final RuleContext CONTEXT = RuleContext.of(date("2026-01-01"));

  private static Goal lasting(long days) {
    LocalDate start = date("2026-03-01");
    return Goal.builder(GoalId.of("g"), "Get 100 leads")
        .start(start)
        .deadline(start.plusDays(days - 1))
        .build();
  }

  @Test
  void exactlyTheMinimumDurationIsFineAndOneDayLessIsTooShort() {
    Finding min = Judge.single(BuiltInRules.TIME_BOUND_DURATION, lasting(30), CONTEXT);
    assertThat(min.severity()).isEqualTo(Severity.INFO);
    assertThat(min.message()).isEqualTo("lasts 30 days");
    Finding shorter = Judge.single(BuiltInRules.TIME_BOUND_DURATION, lasting(29), CONTEXT);
    assertThat(shorter.severity()).isEqualTo(Severity.WARNING);
    assertThat(shorter.message())
        .isEqualTo("lasts 29 days; at least 30 are advised (a week is too short to show a trend)");
    // 30 days from 2026-03-01 end on 2026-03-30
    assertThat(shorter.suggestion())
        .contains("move the deadline to 2026-03-30 or later, or aim for a quarter");
  }

  @Test
  void exactlyTheMaximumDurationIsFineAndOneDayMoreIsTooLong() {
    Finding max = Judge.single(BuiltInRules.TIME_BOUND_DURATION, lasting(1096), CONTEXT);
    assertThat(max.severity()).isEqualTo(Severity.INFO);
    assertThat(max.message()).isEqualTo("lasts 1096 days");
    Finding longer = Judge.single(BuiltInRules.TIME_BOUND_DURATION, lasting(1097), CONTEXT);
    assertThat(longer.severity()).isEqualTo(Severity.WARNING);
    assertThat(longer.message())
        .isEqualTo("lasts 1097 days; more than 1096 is too long to steer by");
    // 1,096 days from 2026-03-01 end on 2029-02-28
    assertThat(longer.suggestion())
        .contains("split it into yearly or quarterly goals, or move the deadline to 2029-02-28");
  }

  @Test
  void aGoalWithoutAPeriodHasNoDurationFinding() {
    Goal noStart = lasting(30).toBuilder().start(null).build();
    assertThat(Judge.rule(BuiltInRules.TIME_BOUND_DURATION, noStart, CONTEXT)).isEmpty();
  }

  @Test
  void aDeadlineOneDayAfterTheStartFollowsIt() {
    Finding f = Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, lasting(2), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message()).isEqualTo("runs from 2026-03-01 to 2026-03-02");
  }

  @Test
  void aDeadlineOnTheStartIsAnErrorWithADeadlineThreeMonthsOn() {
    Finding f = Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, lasting(1), CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .isEqualTo("the deadline 2026-03-01 does not follow the start 2026-03-01");
    // 90 days from 2026-03-01 end on 2026-05-29
    assertThat(f.suggestion())
        .contains("move the deadline after 2026-03-01, such as to 2026-05-29");
  }

  @Test
  void aMissingDeadlineIsSuggestedSixMonthsFromTheStartWhenThereIsOne() {
    Goal noDeadline = lasting(30).toBuilder().deadline(null).build();
    Finding f = Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, noDeadline, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("has no deadline");
    // six months from 2026-03-01 end on 2026-08-31
    assertThat(f.suggestion()).contains("set a deadline, such as within six months: 2026-08-31");
  }

  @Test
  void aDeadlineWithoutAStartSaysTheDurationIsUnknown() {
    Goal noStart = lasting(30).toBuilder().start(null).build();
    Finding f = Judge.single(BuiltInRules.TIME_BOUND_DEADLINE, noStart, CONTEXT);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .isEqualTo("has a deadline (2026-03-30) but no start, so its duration is unknown");
    assertThat(f.suggestion()).contains("set the start, such as the reference date 2026-01-01");
  }

  @Test
  void aDeadlineTheDayBeforeTheReferenceDateIsPast() {
    Goal goal = lasting(30); // deadline 2026-03-30
    assertThat(
            Judge.rule(BuiltInRules.TIME_BOUND_NOT_PAST, goal, RuleContext.of(date("2026-03-30"))))
        .isEmpty();
    Finding f =
        Judge.single(BuiltInRules.TIME_BOUND_NOT_PAST, goal, RuleContext.of(date("2026-03-31")));
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("the deadline 2026-03-30 is already past at 2026-03-31");
    // 90 days from 2026-03-31 end on 2026-06-28
    assertThat(f.suggestion()).contains("set a new deadline after 2026-03-31, such as 2026-06-28");
    Goal noDeadline = goal.toBuilder().deadline(null).build();
    assertThat(
            Judge.rule(
                BuiltInRules.TIME_BOUND_NOT_PAST, noDeadline, RuleContext.of(date("2027-01-01"))))
        .isEmpty();
  }
}
