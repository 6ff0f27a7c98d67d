package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.progress.ProgressGens.Scenario;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressPropertiesTest {

  /** A scenario with two current values. */
  private record Pair(Scenario scenario, BigDecimal low, BigDecimal high) {}

  private static Gen<Pair> pairs(boolean increase) {
    return Gens.zip(
        ProgressGens.scenarios(increase),
        ProgressGens.currentValues(),
        ProgressGens.currentValues(),
        (s, x, y) -> x.compareTo(y) <= 0 ? new Pair(s, x, y) : new Pair(s, y, x));
  }

  private static BigDecimal progress(Scenario s, BigDecimal current) {
    return GoalProgress.ofCurrentValue(s.goal(), current, s.referenceDate())
        .progress()
        .orElseThrow();
  }

  @Test
  void forAnIncreaseGoalProgressRisesWithTheCurrentValue() {
    Property.named("increase goal: low <= high implies progress(low) <= progress(high)")
        .forAll(
            pairs(true),
            p ->
                assertThat(progress(p.scenario(), p.low()))
                    .isLessThanOrEqualTo(progress(p.scenario(), p.high())));
  }

  @Test
  void forADecreaseGoalProgressFallsAsTheCurrentValueRises() {
    Property.named("decrease goal: low <= high implies progress(low) >= progress(high)")
        .forAll(
            pairs(false),
            p ->
                assertThat(progress(p.scenario(), p.low()))
                    .isGreaterThanOrEqualTo(progress(p.scenario(), p.high())));
  }

  @Test
  void achievedIffProgressIsAtLeastOne() {
    Property.named("within the period, ACHIEVED iff progress >= 1")
        .forAll(
            Gens.zip(
                Gens.choose(ProgressGens.scenarios(true), ProgressGens.scenarios(false)),
                ProgressGens.currentValues(),
                List::<Object>of),
            args -> {
              Scenario s = (Scenario) args.get(0);
              BigDecimal current = (BigDecimal) args.get(1);
              GoalProgress p = GoalProgress.ofCurrentValue(s.goal(), current, s.referenceDate());
              BigDecimal progress = p.progress().orElseThrow();
              assertThat(p.isAchieved()).isEqualTo(progress.compareTo(BigDecimal.ONE) >= 0);
            });
  }

  @Test
  void theFiguresAgreeWithTheirDefinitions() {
    Property.named("progress, clamped progress, expected progress and pace agree")
        .forAll(
            ProgressGens.scenarios(true),
            ProgressGens.currentValues(),
            (s, current) -> {
              GoalProgress p = GoalProgress.ofCurrentValue(s.goal(), current, s.referenceDate());
              double b = p.baselineValue().orElseThrow().doubleValue();
              double t = p.targetValue().orElseThrow().doubleValue();
              double progress = (current.doubleValue() - b) / (t - b);
              assertThat(p.progress().orElseThrow().doubleValue())
                  .isCloseTo(progress, within(1e-9 * Math.max(1, Math.abs(progress))));
              assertThat(p.clampedProgress().orElseThrow())
                  .isBetween(BigDecimal.ZERO, BigDecimal.ONE);
              var period = s.goal().period().orElseThrow();
              double expected =
                  (double) ChronoUnit.DAYS.between(period.start(), s.referenceDate())
                      / ChronoUnit.DAYS.between(period.start(), period.end());
              if (period.start().equals(period.end())) {
                expected = 1;
              }
              assertThat(p.expectedProgress().orElseThrow().doubleValue())
                  .isCloseTo(expected, within(1e-12));
              if (p.status().isPace() && expected > 0) {
                assertThat(p.paceRatio().orElseThrow().doubleValue())
                    .isCloseTo(
                        progress / expected, within(1e-9 * Math.max(1, progress / expected)));
              }
              if (expected == 0) {
                // Nothing is expected on the start date: no ratio, and a note saying so.
                assertThat(p.paceRatio()).isEmpty();
                assertThat(p.notes()).contains(ProgressNote.NOTHING_EXPECTED_YET);
              }
            });
  }
}
