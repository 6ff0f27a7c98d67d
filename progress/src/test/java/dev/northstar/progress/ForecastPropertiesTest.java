package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.northstar.core.goal.Baseline;
import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForecastPropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 6, 30); // day 180

  @Test
  void anExactlyLinearSeriesIsRecoveredByTheLinearTrend() {
    Property.named("y = a + b d: slope b, a + 180 b on the deadline, reach day ceil((T - a) / b)")
        .forAll(
            Gens.zip(Gens.ints(100, 10_000), Gens.ints(1, 50), Gens.ints(2, 90), List::<Integer>of),
            args -> {
              int a = args.get(0);
              int b = args.get(1);
              int days = args.get(2);
              Goal goal =
                  Goal.builder(GoalId.of("g"), "double")
                      .metric(CoreMetrics.FOLLOWERS)
                      .target(Target.doubling())
                      .baseline(Baseline.of(a, START))
                      .period(DateRange.of(START, END))
                      .build();
              MetricSeries s =
                  Fixtures.daily(
                      CoreMetrics.FOLLOWERS,
                      START,
                      START.plusDays(days - 1),
                      d -> BigDecimal.valueOf(a + b * d));
              Forecast f = Forecast.of(goal, s, END);
              assertThat(f.observationsUsed()).isEqualTo(days);
              assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(b, within(1e-6));
              assertThat(f.projectedAtDeadline().orElseThrow().doubleValue())
                  .isCloseTo(a + 180.0 * b, within(1e-6 * a));
              // a + b d >= 2a from d = a / b.
              long reachDay = (a + b - 1L) / b;
              assertThat(f.projectedReachDate()).contains(START.plusDays(reachDay));
              assertThat(f.reachesTargetByDeadline()).contains(reachDay <= 180);
            });
  }

  @Test
  void anExactlyCompoundSeriesIsRecoveredByTheCompoundTrend() {
    Property.named("y = a (1 + r)^d: growth r per day, a (1 + r)^180 on the deadline")
        .forAll(
            Gens.zip(
                Gens.ints(100, 10_000),
                Gens.bigDecimals(new BigDecimal("0.001"), new BigDecimal("0.02"), 3),
                Gens.ints(2, 90),
                List::<Object>of),
            args -> {
              int a = (Integer) args.get(0);
              double r = ((BigDecimal) args.get(1)).doubleValue();
              int days = (Integer) args.get(2);
              Goal goal =
                  Goal.builder(GoalId.of("g"), "double")
                      .metric(CoreMetrics.FOLLOWERS)
                      .target(Target.doubling())
                      .baseline(Baseline.of(a, START))
                      .period(DateRange.of(START, END))
                      .build();
              MetricSeries s =
                  Fixtures.daily(
                      CoreMetrics.FOLLOWERS,
                      START,
                      START.plusDays(days - 1),
                      d -> BigDecimal.valueOf(a * Math.pow(1 + r, (double) d)));
              Forecast f = Forecast.of(goal, s, END, ForecastMethod.COMPOUND_GROWTH);
              assertThat(f.trendPerDay().orElseThrow().doubleValue()).isCloseTo(r, within(1e-9));
              double expected = a * Math.pow(1 + r, 180);
              assertThat(f.projectedAtDeadline().orElseThrow().doubleValue())
                  .isCloseTo(expected, within(1e-6 * expected));
            });
  }
}
