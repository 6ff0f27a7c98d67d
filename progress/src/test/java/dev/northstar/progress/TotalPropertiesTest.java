package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.goal.Goal;
import dev.northstar.core.goal.GoalId;
import dev.northstar.core.goal.Target;
import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import dev.northstar.core.time.DateRange;
import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TotalPropertiesTest {

  private static final LocalDate START = LocalDate.of(2026, 8, 5);
  private static final LocalDate END = LocalDate.of(2026, 9, 1);

  @Test
  void aTotalsProgressIsTheSumOfThePeriodsObservationsOverTheCount() {
    Goal goal =
        Goal.builder(GoalId.of("leads"), "500 leads")
            .metric(CoreMetrics.LEADS)
            .target(Target.total(500))
            .period(DateRange.of(START, END))
            .build();
    Property.named("total: progress = sum of observations from start to reference / count")
        .forAll(
            Gens.listOf(Gens.ints(0, 60), 1, 40),
            Gens.ints(0, 45),
            (daily, refOffset) -> {
              // Observations start 5 days before the campaign, to be ignored.
              LocalDate first = START.minusDays(5);
              List<Observation> obs = new ArrayList<>();
              for (int i = 0; i < daily.size(); i++) {
                obs.add(Observation.of(first.plusDays(i), daily.get(i)));
              }
              MetricSeries series = Fixtures.of(CoreMetrics.LEADS, obs.toArray(Observation[]::new));
              LocalDate ref = START.plusDays(refOffset);
              LocalDate cutoff = ref.isAfter(END) ? END : ref;
              long sum = 0;
              int counted = 0;
              for (Observation o : obs) {
                if (!o.date().isBefore(START) && !o.date().isAfter(cutoff)) {
                  sum += o.value().longValueExact();
                  counted++;
                }
              }
              GoalProgress p = GoalProgress.of(goal, series, ref);
              if (counted == 0) {
                assertThat(p.status()).isEqualTo(ProgressStatus.NO_DATA);
                assertThat(p.progress()).isEmpty();
              } else {
                assertThat(p.currentValue()).contains(BigDecimal.valueOf(sum));
                assertThat(p.progress().orElseThrow())
                    .isEqualByComparingTo(BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(500)));
                assertThat(p.isAchieved()).isEqualTo(sum >= 500);
              }
            });
  }
}
