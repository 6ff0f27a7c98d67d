package dev.northstar.smart;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalCategory;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Monotonicity of the Achievable judgement in the deadline and in the target. */
class AchievablePropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);

  /**
   * A goal's history and a pair of deadlines and target sizes, the second never smaller.
   *
   * @param metric followers (a snapshot) or leads (additive)
   * @param baseline the baseline value, sometimes 0
   * @param history monthly values before the start
   * @param kind 0 percent, 1 multiply, 2 increase to, 3 total
   * @param size1 the smaller target size
   * @param size2 the larger target size
   * @param days1 the shorter duration
   * @param days2 the longer duration
   */
  record Scenario(
      MetricId metric,
      long baseline,
      List<Observation> history,
      int kind,
      long size1,
      long size2,
      int days1,
      int days2) {}

  private static final Gen<Scenario> SCENARIOS =
      random -> {
        MetricId metric = random.nextBoolean() ? CoreMetrics.FOLLOWERS : CoreMetrics.LEADS;
        long baseline = random.nextInt(10) == 0 ? 0 : random.nextLong(1, 100_000);
        List<Observation> history = new ArrayList<>();
        BigDecimal v = BigDecimal.valueOf(random.nextLong(0, 50_000));
        LocalDate d = START.minusMonths(7);
        for (int i = 0; i < 8; i++) {
          history.add(Observation.of(d, v));
          double rate = -0.05 + random.nextDouble() * 0.35;
          v = v.multiply(BigDecimal.valueOf(1 + rate)).setScale(0, RoundingMode.HALF_UP);
          v = v.add(BigDecimal.valueOf(random.nextInt(0, 50)));
          d = d.plusMonths(1);
        }
        long a = random.nextLong(2, 1_000_000);
        long b = random.nextLong(2, 1_000_000);
        int x = random.nextInt(1, 1_500);
        int y = random.nextInt(1, 1_500);
        return new Scenario(
            metric,
            baseline,
            history,
            random.nextInt(4),
            Math.min(a, b),
            Math.max(a, b),
            Math.min(x, y),
            Math.max(x, y));
      };

  /** The target of a size; a larger size gives a larger target of the same kind. */
  private static Target target(Scenario s, long size) {
    return switch (s.kind()) {
      case 0 -> Target.increaseByPercent(size / 1_000 + 1);
      // factors 1.01 upwards; never 1
      case 1 -> Target.multiplyBy(BigDecimal.ONE.add(BigDecimal.valueOf(size / 1_000 + 1, 2)));
      case 2 -> Target.increaseTo(BigDecimal.valueOf(s.baseline() + size));
      default -> Target.total(size);
    };
  }

  private static Severity judge(Scenario s, Target target, int days) {
    Goal goal =
        Goal.builder(GoalId.of("g"), "Increase followers by 20% within six months")
            .category(GoalCategory.BRAND_AWARENESS)
            .metric(s.metric())
            .scope(Scope.of(Platform.LINKEDIN))
            .baseline(Baseline.of(s.baseline(), START))
            .target(target)
            .start(START)
            .deadline(START.plusDays(days - 1L))
            .build();
    MetricSeries series = MetricSeries.of(s.metric(), Scope.of(Platform.LINKEDIN), s.history());
    RuleContext context = RuleContext.builder(START).history(series).build();
    return Judge.single(BuiltInRules.ACHIEVABLE_GROWTH, goal, context).severity();
  }

  @Test
  void aLaterDeadlineNeverMakesItStricter() {
    Property.named("a later deadline never makes Achievable stricter")
        .forAll(
            SCENARIOS,
            s -> {
              Target t = target(s, s.size1());
              assertThat(judge(s, t, s.days2())).isLessThanOrEqualTo(judge(s, t, s.days1()));
            });
  }

  @Test
  void aHigherTargetNeverMakesItEasier() {
    Property.named("a higher target never makes Achievable easier")
        .forAll(
            SCENARIOS,
            s ->
                assertThat(judge(s, target(s, s.size2()), s.days1()))
                    .isGreaterThanOrEqualTo(judge(s, target(s, s.size1()), s.days1())));
  }

  @Test
  void theMessageNeverShowsNanOrInfinity() {
    Property.named("achievable messages carry finite numbers")
        .forAll(
            SCENARIOS,
            s -> {
              Goal goal =
                  Goal.builder(GoalId.of("g"), "Double followers")
                      .metric(s.metric())
                      .scope(Scope.of(Platform.LINKEDIN))
                      .baseline(Baseline.of(s.baseline(), START))
                      .target(target(s, s.size2()))
                      .start(START)
                      .deadline(START.plusDays(s.days1() - 1L))
                      .build();
              RuleContext context =
                  RuleContext.builder(START)
                      .history(
                          MetricSeries.of(s.metric(), Scope.of(Platform.LINKEDIN), s.history()))
                      .build();
              Finding f = Judge.single(BuiltInRules.ACHIEVABLE_GROWTH, goal, context);
              assertThat(f.toString()).doesNotContain("NaN", "Infinity", "\u221E");
            });
  }
}
