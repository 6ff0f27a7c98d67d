package dev.northstar.progress.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.GoalLevel;
import dev.northstar.core.goal.Target;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.time.DateRange;
import dev.northstar.progress.GoalProgress;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RollupPropertiesTest {

  private static final GoalId OBJECTIVE = GoalId.of("objective");

  /** One to eight children with weights 0.01 to 100 and progress -1 to 2. */
  private static Gen<List<ChildProgress>> children() {
    Gen<BigDecimal> weights = Gens.bigDecimals(new BigDecimal("0.01"), new BigDecimal("100"), 2);
    Gen<BigDecimal> progress = Gens.bigDecimals(new BigDecimal("-1"), new BigDecimal("2"), 3);
    return Gens.listOf(Gens.zip(weights, progress, List::of), 1, 8)
        .map(
            pairs -> {
              List<ChildProgress> list = new ArrayList<>();
              for (int i = 0; i < pairs.size(); i++) {
                list.add(
                    ChildProgress.of(GoalId.of("c" + i), pairs.get(i).get(0), pairs.get(i).get(1)));
              }
              return list;
            });
  }

  private static BigDecimal progressOf(ChildProgress c) {
    return c.progress().orElseThrow();
  }

  @Test
  void aRollupLiesBetweenTheSmallestAndLargestChild() {
    Property.named("min(child) <= rollup <= max(child) for every method")
        .forAll(
            children(),
            Gens.enums(RollupMethod.class),
            (kids, method) -> {
              BigDecimal min =
                  kids.stream()
                      .map(RollupPropertiesTest::progressOf)
                      .min(Comparator.naturalOrder())
                      .orElseThrow();
              BigDecimal max =
                  kids.stream()
                      .map(RollupPropertiesTest::progressOf)
                      .max(Comparator.naturalOrder())
                      .orElseThrow();
              BigDecimal r = Rollup.of(OBJECTIVE, kids, method).progress().orElseThrow();
              assertThat(r).isBetween(min, max);
              if (method == RollupMethod.AND_MINIMUM) {
                assertThat(r).isEqualByComparingTo(min);
              } else if (method == RollupMethod.OR_MAXIMUM) {
                assertThat(r).isEqualByComparingTo(max);
              }
            });
  }

  @Test
  void weightsAreScaleFree() {
    Property.named("multiplying every weight by k leaves the roll-up unchanged")
        .forAll(
            children(),
            Gens.bigDecimals(new BigDecimal("0.1"), new BigDecimal("1000"), 1),
            (kids, k) -> {
              List<ChildProgress> scaled = new ArrayList<>();
              for (ChildProgress c : kids) {
                scaled.add(ChildProgress.of(c.goal(), c.weight().multiply(k), progressOf(c)));
              }
              for (RollupMethod method : RollupMethod.values()) {
                assertThat(Rollup.of(OBJECTIVE, scaled, method).progress())
                    .isEqualTo(Rollup.of(OBJECTIVE, kids, method).progress());
              }
            });
  }

  @Test
  void theWeightedMeanIsTheHandComputedMean() {
    Property.named("weighted mean = sum(w p) / sum(w), shares sum to 1")
        .forAll(
            children(),
            kids -> {
              double num = 0;
              double den = 0;
              for (ChildProgress c : kids) {
                num += c.weight().doubleValue() * progressOf(c).doubleValue();
                den += c.weight().doubleValue();
              }
              Rollup r = Rollup.of(OBJECTIVE, kids, RollupMethod.WEIGHTED_MEAN);
              assertThat(r.progress().orElseThrow().doubleValue())
                  .isCloseTo(num / den, within(1e-9));
              double shares = r.counted().stream().mapToDouble(c -> c.share().doubleValue()).sum();
              assertThat(shares).isCloseTo(1, within(1e-12));
              assertThat(r.counted()).hasSameSizeAs(kids);
            });
  }

  @Test
  void childrenLackingDataNeverChangeTheResult() {
    Property.named("adding children without data changes only the lacking list")
        .forAll(
            children(),
            Gens.ints(1, 4),
            (kids, extra) -> {
              List<ChildProgress> more = new ArrayList<>(kids);
              for (int i = 0; i < extra; i++) {
                more.add(ChildProgress.lacking(GoalId.of("x" + i), BigDecimal.TEN, "NO_DATA"));
              }
              Rollup with = Rollup.of(OBJECTIVE, more, RollupMethod.WEIGHTED_MEAN);
              assertThat(with.progress())
                  .isEqualTo(Rollup.of(OBJECTIVE, kids, RollupMethod.WEIGHTED_MEAN).progress());
              assertThat(with.lacking()).hasSize(extra);
            });
  }

  @Test
  void aHierarchyRollupIsScaleFreeInTheGoalsWeightsAndBetweenItsChildren() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    LocalDate ref = LocalDate.of(2026, 3, 1);
    Gen<List<BigDecimal>> weights =
        Gens.listOf(Gens.bigDecimals(new BigDecimal("0.1"), new BigDecimal("10"), 1), 1, 6);
    Property.named("hierarchy roll-up: weights x k give the same result, within [min, max]")
        .forAll(
            Gens.zip(
                weights,
                Gens.listOf(Gens.ints(0, 400), 6, 6),
                Gens.bigDecimals(new BigDecimal("0.5"), new BigDecimal("50"), 1),
                List::<Object>of),
            args -> {
              @SuppressWarnings("unchecked")
              List<BigDecimal> ws = (List<BigDecimal>) args.get(0);
              @SuppressWarnings("unchecked")
              List<Integer> values = (List<Integer>) args.get(1);
              BigDecimal k = (BigDecimal) args.get(2);
              Goal objective =
                  Goal.builder(OBJECTIVE, "objective").level(GoalLevel.MARKETING).build();
              List<Goal> goals = new ArrayList<>(List.of(objective));
              List<Goal> scaledGoals = new ArrayList<>(List.of(objective));
              Map<GoalId, GoalProgress> measured = new HashMap<>();
              List<BigDecimal> clamped = new ArrayList<>();
              for (int i = 0; i < ws.size(); i++) {
                Goal g =
                    Goal.builder(GoalId.of("c" + i), "double c" + i)
                        .parent(OBJECTIVE)
                        .weight(ws.get(i))
                        .target(Target.doubling())
                        .baseline(Baseline.of(100, start))
                        .period(DateRange.withinMonthsFrom(start, 6))
                        .build();
                goals.add(g);
                scaledGoals.add(g.toBuilder().weight(ws.get(i).multiply(k)).build());
                GoalProgress p =
                    GoalProgress.ofCurrentValue(g, BigDecimal.valueOf(values.get(i)), ref);
                measured.put(g.id(), p);
                clamped.add(p.clampedProgress().orElseThrow());
              }
              for (RollupMethod method : RollupMethod.values()) {
                Rollup r = Rollup.of(GoalHierarchy.of(goals), OBJECTIVE, measured, method);
                Rollup scaled =
                    Rollup.of(GoalHierarchy.of(scaledGoals), OBJECTIVE, measured, method);
                assertThat(scaled.progress()).isEqualTo(r.progress());
                assertThat(r.progress().orElseThrow())
                    .isBetween(
                        clamped.stream().min(Comparator.naturalOrder()).orElseThrow(),
                        clamped.stream().max(Comparator.naturalOrder()).orElseThrow());
              }
            });
  }
}
