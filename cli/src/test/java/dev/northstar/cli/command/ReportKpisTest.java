package dev.northstar.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.aggregate.TimeBucket;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReportKpisTest {
  @Test
  void theLastCompletePeriodEndsOnOrBeforeTheDate() {
    // the last day of a month completes it
    assertThat(ReportKpis.lastComplete(TimeBucket.MONTH, LocalDate.of(2026, 7, 31)))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    // the first day of a month does not complete it
    assertThat(ReportKpis.lastComplete(TimeBucket.MONTH, LocalDate.of(2026, 8, 1)))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ReportKpis.lastComplete(TimeBucket.MONTH, LocalDate.of(2026, 8, 20)))
        .isEqualTo(LocalDate.of(2026, 7, 1));
    assertThat(ReportKpis.lastComplete(TimeBucket.QUARTER, LocalDate.of(2026, 6, 30)))
        .isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(ReportKpis.lastComplete(TimeBucket.QUARTER, LocalDate.of(2026, 6, 29)))
        .isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(ReportKpis.lastComplete(TimeBucket.DAY, LocalDate.of(2026, 8, 20)))
        .isEqualTo(LocalDate.of(2026, 8, 20));
    // ISO weeks start on Monday: Thursday 2026-08-20 falls in the week of Monday 2026-08-17
    assertThat(ReportKpis.lastComplete(TimeBucket.ISO_WEEK, LocalDate.of(2026, 8, 20)))
        .isEqualTo(LocalDate.of(2026, 8, 10));
    assertThat(ReportKpis.lastComplete(TimeBucket.ISO_WEEK, LocalDate.of(2026, 8, 23)))
        .isEqualTo(LocalDate.of(2026, 8, 17));
  }

  @Test
  void theChangesAreCountedFromTheSameDayOnePeriodEarlier() {
    LocalDate asOf = LocalDate.of(2026, 3, 31);
    assertThat(ReportKpis.periodBefore(TimeBucket.DAY, asOf)).isEqualTo(LocalDate.of(2026, 3, 30));
    assertThat(ReportKpis.periodBefore(TimeBucket.ISO_WEEK, asOf))
        .isEqualTo(LocalDate.of(2026, 3, 24));
    // a month before the 31st of March is the last day of February
    assertThat(ReportKpis.periodBefore(TimeBucket.MONTH, asOf))
        .isEqualTo(LocalDate.of(2026, 2, 28));
    assertThat(ReportKpis.periodBefore(TimeBucket.QUARTER, asOf))
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(ReportKpis.periodBefore(TimeBucket.YEAR, asOf)).isEqualTo(LocalDate.of(2025, 3, 31));
  }
}
