package dev.northstar.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.core.scope.Platform;
import dev.northstar.core.scope.Scope;
import dev.northstar.core.series.MetricSeries;
import dev.northstar.core.series.Observation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The days an outlook is fitted on: the last run of consecutive days up to the date. */
class GoalOutlookDaysFittedTest {
  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  /** Days 1 to 5 of January, a gap on the 6th, then the 7th to the 30th. */
  private static MetricSeries withAGap() {
    List<Observation> obs = new ArrayList<>();
    for (int day = 1; day <= 30; day++) {
      if (day != 6) {
        obs.add(Observation.of(JAN_1.plusDays(day - 1L), BigDecimal.valueOf(100L + day)));
      }
    }
    return MetricSeries.of(CoreMetrics.FOLLOWERS, Scope.of(Platform.FACEBOOK), obs);
  }

  @Test
  void theLastRunOfConsecutiveDaysUpToTheDate() {
    List<Observation> days = GoalOutlook.daysFitted(withAGap(), LocalDate.of(2026, 1, 20));
    // the 7th to the 20th: 14 days, the gap on the 6th ends the run, the 21st is after the date
    assertThat(days).hasSize(14);
    assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 1, 7));
    assertThat(days.get(13).date()).isEqualTo(LocalDate.of(2026, 1, 20));
    assertThat(days.get(0).value()).isEqualByComparingTo("107");
  }

  @Test
  void beforeTheGapTheRunStartsOnTheFirstDay() {
    List<Observation> days = GoalOutlook.daysFitted(withAGap(), LocalDate.of(2026, 1, 5));
    assertThat(days).extracting(Observation::date).first().isEqualTo(JAN_1);
    assertThat(days).hasSize(5);
  }

  @Test
  void atMostMaxDaysAndNoneBeforeTheFirstObservation() {
    List<Observation> obs = new ArrayList<>();
    for (int day = 0; day < GoalOutlook.MAX_DAYS + 10; day++) {
      obs.add(Observation.of(JAN_1.plusDays(day), BigDecimal.ONE));
    }
    MetricSeries yearAndMore =
        MetricSeries.of(CoreMetrics.FOLLOWERS, Scope.of(Platform.FACEBOOK), obs);
    LocalDate last = JAN_1.plusDays(GoalOutlook.MAX_DAYS + 9L);
    List<Observation> days = GoalOutlook.daysFitted(yearAndMore, last);
    assertThat(days).hasSize(GoalOutlook.MAX_DAYS);
    assertThat(days.get(days.size() - 1).date()).isEqualTo(last);
    assertThat(GoalOutlook.daysFitted(yearAndMore, JAN_1.minusDays(1))).isEmpty();
    assertThatThrownBy(() -> GoalOutlook.daysFitted(yearAndMore, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("referenceDate");
  }
}
