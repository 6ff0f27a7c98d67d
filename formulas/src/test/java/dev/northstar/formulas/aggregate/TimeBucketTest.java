package dev.northstar.formulas.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.northstar.testing.property.Gens;
import dev.northstar.testing.property.Property;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeBucketTest {

  @Test
  void startsAndLabels() {
    LocalDate d = LocalDate.of(2026, 5, 17);
    assertThat(TimeBucket.DAY.start(d)).isEqualTo(d);
    assertThat(TimeBucket.ISO_WEEK.start(d)).isEqualTo(LocalDate.of(2026, 5, 11));
    assertThat(TimeBucket.MONTH.start(d)).isEqualTo(LocalDate.of(2026, 5, 1));
    assertThat(TimeBucket.QUARTER.start(d)).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(TimeBucket.YEAR.start(d)).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(TimeBucket.DAY.label(d)).isEqualTo("2026-05-17");
    assertThat(TimeBucket.ISO_WEEK.label(d)).isEqualTo("2026-W20");
    assertThat(TimeBucket.MONTH.label(d)).isEqualTo("2026-05");
    assertThat(TimeBucket.QUARTER.label(d)).isEqualTo("2026-Q2");
    assertThat(TimeBucket.YEAR.label(d)).isEqualTo("2026");
  }

  @Test
  void isoWeeksBelongToTheirWeekBasedYear() {
    // 29 December 2025 is the Monday of ISO week 1 of 2026.
    assertThat(TimeBucket.ISO_WEEK.label(LocalDate.of(2025, 12, 29))).isEqualTo("2026-W01");
    assertThat(TimeBucket.ISO_WEEK.label(LocalDate.of(2027, 1, 3))).isEqualTo("2026-W53");
  }

  @Test
  void parsesNamesAndColumnNames() {
    assertThat(TimeBucket.parse(" Week ")).isEqualTo(TimeBucket.ISO_WEEK);
    assertThat(TimeBucket.parse("iso_week")).isEqualTo(TimeBucket.ISO_WEEK);
    assertThat(TimeBucket.parse("QUARTER")).isEqualTo(TimeBucket.QUARTER);
    assertThatThrownBy(() -> TimeBucket.parse("fortnight"))
        .hasMessage(
            "time bucket must be one of day, week, month, quarter, year, but was 'fortnight'");
  }

  @Test
  void aBucketContainsItsDatesAndStartsOnItsStart() {
    Property.named("start(d) <= d, start is idempotent, and the next bucket starts after d")
        .forAll(
            Gens.localDates(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31)),
            Gens.enums(TimeBucket.class),
            (d, b) -> {
              LocalDate start = b.start(d);
              assertThat(start).isBeforeOrEqualTo(d);
              assertThat(b.start(start)).isEqualTo(start);
              assertThat(b.label(start)).isEqualTo(b.label(d));
              LocalDate next =
                  switch (b) {
                    case DAY -> start.plusDays(1);
                    case ISO_WEEK -> start.plusWeeks(1);
                    case MONTH -> start.plusMonths(1);
                    case QUARTER -> start.plusMonths(3);
                    case YEAR -> start.plusYears(1);
                  };
              assertThat(next).isAfter(d);
              assertThat(b.start(next)).isEqualTo(next);
            });
  }
}
