package dev.northstar.progress;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Gen;
import dev.northstar.testing.property.Gens;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Generators of goals and reference dates for the progress properties. */
public final class ProgressGens {

  private ProgressGens() {}

  /** A goal and a reference date within its period. */
  public record Scenario(Goal goal, LocalDate referenceDate) {
    @Override
    public String toString() {
      return goal + " at " + referenceDate;
    }
  }

  private static Gen<BigDecimal> decimals(String min, String max, int scale) {
    return Gens.bigDecimals(new BigDecimal(min), new BigDecimal(max), scale);
  }

  /** Baselines from 1 to 10,000 with two decimals. */
  public static Gen<BigDecimal> baselines() {
    return decimals("1", "10000", 2);
  }

  /** Targets whose value lies above a positive baseline. */
  public static Gen<Target> increaseTargets(BigDecimal baseline) {
    return Gens.choose(
        decimals("0.5", "300", 1).map(Target::increaseByPercent),
        decimals("0.01", "5000", 2).map(delta -> Target.increaseTo(baseline.add(delta))),
        decimals("1.01", "5", 2).map(Target::multiplyBy));
  }

  /** Targets whose value lies below a positive baseline. */
  public static Gen<Target> decreaseTargets(BigDecimal baseline) {
    return Gens.choose(
        decimals("0.5", "100", 1).map(Target::decreaseByPercent),
        decimals("0.01", "0.99", 2).map(f -> Target.decreaseTo(baseline.multiply(f))),
        decimals("0.01", "0.99", 2).map(Target::multiplyBy));
  }

  /** Scenarios of goals with the given kind of target, judged within their period. */
  public static Gen<Scenario> scenarios(boolean increase) {
    return baselines()
        .flatMap(
            b ->
                Gens.zip(
                    increase ? increaseTargets(b) : decreaseTargets(b),
                    Gens.localDates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                    Gens.ints(0, 365),
                    (target, start, length) -> {
                      DateRange period = DateRange.of(start, start.plusDays(length));
                      Goal goal =
                          Goal.builder(GoalId.of("g"), "a generated goal")
                              .target(target)
                              .baseline(Baseline.of(b, start))
                              .period(period)
                              .build();
                      return new Scenario(goal, start);
                    }))
        .flatMap(
            s ->
                Gens.ints(0, (int) s.goal().period().orElseThrow().lengthInDays() - 1)
                    .map(d -> new Scenario(s.goal(), s.referenceDate().plusDays(d))));
  }

  /** Current values from 0 to 60,000. */
  public static Gen<BigDecimal> currentValues() {
    return decimals("0", "60000", 2);
  }
}
