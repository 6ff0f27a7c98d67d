package dev.northstar.progress.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.GoalProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupTest {

  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate REF = LocalDate.of(2026, 8, 1);
  private static final GoalId BUSINESS = GoalId.of("expand-segment");
  private static final GoalId MARKETING = GoalId.of("awareness");
  private static final GoalId A = GoalId.of("a");
  private static final GoalId B = GoalId.of("b");
  private static final GoalId C = GoalId.of("c");
  private static final GoalId D = GoalId.of("d");

  private static BigDecimal dec(String v) {
    return new BigDecimal(v);
  }

  /** A social goal to double from 100, with a weight. */
  private static Goal social(GoalId id, GoalId parent, String weight) {
    return Goal.builder(id, "double " + id)
        .parent(parent)
        .weight(dec(weight))
        .target(Target.doubling())
        .baseline(Baseline.of(100, START))
        .period(DateRange.withinMonthsFrom(START, 3))
        .build();
  }

  private static GoalProgress at(Goal g, String current) {
    return GoalProgress.ofCurrentValue(g, dec(current), REF);
  }

  // expand-segment (BUSINESS)
  //   a (weight 3), b (weight 1)
  //   awareness (MARKETING)
  //     c (weight 1), d (weight 1)
  private final Goal business =
      Goal.builder(BUSINESS, "Expand into a new segment").level(GoalLevel.BUSINESS).build();
  private final Goal marketing =
      Goal.builder(MARKETING, "Raise awareness")
          .level(GoalLevel.MARKETING)
          .parent(BUSINESS)
          .build();
  private final Goal a = social(A, BUSINESS, "3");
  private final Goal b = social(B, BUSINESS, "1");
  private final Goal c = social(C, MARKETING, "1");
  private final Goal d = social(D, MARKETING, "1");
  private final GoalHierarchy hierarchy =
      GoalHierarchy.of(List.of(business, marketing, a, b, c, d));

  @Test
  void theWeightedMeanUsesTheGoalsWeightsAndRollsUpSubObjectives() {
    Map<GoalId, GoalProgress> measured =
        Map.of(A, at(a, "180"), B, at(b, "120"), C, at(c, "150"), D, at(d, "170"));
    Rollup r = Rollup.of(hierarchy, BUSINESS, measured, RollupMethod.WEIGHTED_MEAN);
    // awareness = (0.5 + 0.7) / 2 = 0.6 (weight 1);
    // business = (3 * 0.8 + 1 * 0.2 + 1 * 0.6) / 5 = 3.2 / 5 = 0.64.
    assertThat(r.progress()).contains(dec("0.64"));
    assertThat(r.counted())
        .extracting(Contribution::goal)
        .containsExactly(MARKETING, A, B); // the hierarchy's order: goals in the order given
    Contribution aware = r.counted().get(0);
    assertThat(aware.progress()).isEqualByComparingTo("0.6");
    assertThat(aware.rolledUp()).isTrue();
    assertThat(r.counted().get(1).share()).isEqualByComparingTo("0.6"); // 3 of 5
    assertThat(r.lacking()).isEmpty();
    assertThat(r.decidedBy()).isEmpty();
    assertThat(r.method()).isEqualTo(RollupMethod.WEIGHTED_MEAN);
  }

  @Test
  void childrenWithoutDataAreListedAndLeftOut() {
    Map<GoalId, GoalProgress> measured = Map.of(A, at(a, "180"), C, at(c, "150"));
    Rollup r = Rollup.of(hierarchy, BUSINESS, measured, RollupMethod.WEIGHTED_MEAN);
    // b has no progress; awareness rolls up c alone (0.5); business = (3 * 0.8 + 0.5) / 4.
    assertThat(r.progress()).contains(dec("0.725"));
    assertThat(r.lacking()).extracting(Lack::goal).containsExactly(B);
    assertThat(r.lacking().get(0).reason()).isEqualTo("no progress given");
  }

  @Test
  void progressIsClampedSoOneStarCannotHideAShortfall() {
    Map<GoalId, GoalProgress> measured = Map.of(C, at(c, "400"), D, at(d, "100"));
    Rollup r = Rollup.of(hierarchy, MARKETING, measured, RollupMethod.WEIGHTED_MEAN);
    // c is at 3.0 unclamped, 1 clamped; d at 0: (1 + 0) / 2.
    assertThat(r.progress()).contains(dec("0.5"));
  }

  @Test
  void andIsTheMinimumAndOrTheMaximum() {
    Map<GoalId, GoalProgress> measured = Map.of(C, at(c, "150"), D, at(d, "170"));
    Rollup and = Rollup.of(hierarchy, MARKETING, measured, RollupMethod.AND_MINIMUM);
    Rollup or = Rollup.of(hierarchy, MARKETING, measured, RollupMethod.OR_MAXIMUM);
    assertThat(and.progress()).contains(dec("0.5"));
    assertThat(and.decidedBy()).contains(C);
    assertThat(or.progress()).contains(dec("0.7"));
    assertThat(or.decidedBy()).contains(D);
  }

  @Test
  void aChildThatCannotBeMeasuredSaysWhy() {
    Goal vague = Goal.builder(GoalId.of("vague"), "be famous").parent(MARKETING).build();
    GoalHierarchy h = GoalHierarchy.of(List.of(business, marketing, vague));
    Rollup r =
        Rollup.of(
            h,
            MARKETING,
            Map.of(vague.id(), GoalProgress.ofCurrentValue(vague, BigDecimal.ONE, REF)),
            RollupMethod.WEIGHTED_MEAN);
    assertThat(r.progress()).isEmpty();
    assertThat(r.lacking().get(0).reason()).isEqualTo("UNDEFINED: the goal has no target");
    assertThat(r)
        .hasToString(
            "Rollup[awareness WEIGHTED_MEAN no progress from 0 of 1 children, lacking [vague (UNDEFINED: the goal has no target)]]");
  }

  @Test
  void anUnknownObjectiveIsRefused() {
    assertThatThrownBy(
            () -> Rollup.of(hierarchy, GoalId.of("nope"), Map.of(), RollupMethod.WEIGHTED_MEAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("objective must be a goal of the hierarchy, but 'nope' is not");
  }

  @Test
  void childrenCanBeGivenDirectly() {
    Rollup r =
        Rollup.of(
            GoalId.of("o"),
            List.of(
                ChildProgress.of(A, dec("1"), dec("0.2")),
                ChildProgress.of(B, dec("2"), dec("0.5")),
                ChildProgress.lacking(C, dec("1"), "NO_DATA")),
            RollupMethod.WEIGHTED_MEAN);
    // (0.2 + 2 * 0.5) / 3 = 0.4.
    assertThat(r.progress()).contains(dec("0.4"));
    assertThat(r.lacking()).containsExactly(new Lack(C, "NO_DATA"));
    assertThatThrownBy(() -> ChildProgress.of(A, dec("0"), dec("0.2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be greater than 0, but was 0");
  }

  @Test
  void anObjectiveWithoutATargetIsRolledUpFromItsChildren() {
    // Progress measured for every goal: awareness has no target, so its own figure is undefined.
    Map<GoalId, GoalProgress> measured =
        Map.of(
            MARKETING, GoalProgress.ofCurrentValue(marketing, BigDecimal.ONE, REF),
            A, at(a, "180"),
            B, at(b, "120"),
            C, at(c, "150"),
            D, at(d, "170"));
    Rollup r = Rollup.of(hierarchy, BUSINESS, measured, RollupMethod.WEIGHTED_MEAN);
    // As in the first test: (3 * 0.8 + 0.2 + 0.6) / 5 = 0.64.
    assertThat(r.progress()).contains(dec("0.64"));
    assertThat(r.counted().get(0).rolledUp()).isTrue();
  }

  @Test
  void aSubObjectiveWithNoDataBelowSaysSo() {
    Rollup r = Rollup.of(hierarchy, BUSINESS, Map.of(A, at(a, "180")), RollupMethod.AND_MINIMUM);
    assertThat(r.progress()).contains(dec("0.8"));
    assertThat(r.lacking()).extracting(Lack::goal).containsExactly(MARKETING, B);
    assertThat(r.lacking().get(0).reason())
        .isEqualTo(
            "no progress given; no child with data: [c (no progress given), d (no progress given)]");
  }
}
