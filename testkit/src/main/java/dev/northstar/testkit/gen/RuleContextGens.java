package dev.northstar.testkit.gen;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.smart.RuleContext;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import dev.northstar.testkit.seed.SeedGoals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators of goals in the contexts SMART rules judge them in: a reference date, sometimes a
 * hierarchy the goal sits in, sometimes a monthly history of its metric (growing, shrinking, flat,
 * from zero) and unrelated series, and a metric registry.
 *
 * <p>Every generator is immutable and thread-safe; values depend only on the random source.
 */
public final class RuleContextGens {

  private RuleContextGens() {}

  /**
   * Goals in context: generated goals of every shape ({@link GoalGens#goals()}), the seed goals
   * ({@link SeedGoals#all()}), and goals inside generated hierarchies, with the context's registry
   * set to {@code registry}.
   *
   * @param registry the registry the context carries, not null
   * @return the generator, never null
   * @throws NullPointerException if {@code registry} is null
   */
  public static Gen<GoalInContext> goalsInContext(MetricRegistry registry) {
    java.util.Objects.requireNonNull(registry, "registry");
    List<Goal> seeds = SeedGoals.all();
    Gen<Goal> loose = Gens.frequency(80, GoalGens.goals(), Gens.elements(seeds));
    return random -> {
      GoalHierarchy hierarchy = GoalHierarchy.of(List.of());
      Goal goal;
      if (random.nextInt(3) == 0) {
        hierarchy = GoalGens.hierarchies().generate(random);
        goal = hierarchy.goals().get(random.nextInt(hierarchy.goals().size()));
      } else {
        goal = loose.generate(random);
      }
      LocalDate reference = referenceDate(goal, random);
      List<MetricSeries> history = new ArrayList<>();
      Optional<MetricId> metric = goal.metric();
      if (metric.isPresent() && random.nextInt(3) != 0) {
        history.add(monthlyHistory(metric.get(), goal, reference, random));
      }
      history.addAll(Gens.listOf(GoalGens.series(), 0, 2).generate(random));
      RuleContext context =
          RuleContext.builder(reference)
              .hierarchy(hierarchy)
              .history(history)
              .registry(registry)
              .build();
      return new GoalInContext(goal, context);
    };
  }

  /** Around the goal's start half the time (before, on, after), else any date. */
  private static LocalDate referenceDate(Goal goal, SplittableRandom random) {
    Optional<LocalDate> start = goal.start();
    if (start.isPresent() && random.nextBoolean()) {
      return start.get().plusDays(random.nextInt(-400, 400));
    }
    return GoalGens.dates().generate(random);
  }

  /** Up to 14 month-ends before the reference date, growing, shrinking, flat or from zero. */
  private static MetricSeries monthlyHistory(
      MetricId metric, Goal goal, LocalDate reference, SplittableRandom random) {
    int months = random.nextInt(0, 15);
    BigDecimal value =
        random.nextInt(5) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(1, 100_000));
    double rate = Gens.choose(Gens.doubles(-0.5, 1.5), Gens.constant(0.0)).generate(random);
    List<Observation> points = new ArrayList<>();
    LocalDate date = reference.minusMonths(months);
    for (int i = 0; i <= months; i++) {
      points.add(Observation.of(date, value));
      value =
          value
              .multiply(BigDecimal.valueOf(1 + rate))
              .add(BigDecimal.valueOf(random.nextInt(0, 50)))
              .setScale(2, java.math.RoundingMode.HALF_EVEN);
      date = date.plusMonths(1);
    }
    return MetricSeries.of(metric, goal.scope(), points);
  }
}
