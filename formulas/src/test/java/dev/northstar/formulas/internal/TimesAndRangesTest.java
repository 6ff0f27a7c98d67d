package dev.northstar.formulas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.CoreMetrics;
import dev.northstar.formulas.table.Measure;
import dev.northstar.formulas.table.MetricTable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import org.junit.jupiter.api.Test;

/**
 * {@link LocalTimes} exactly at a daylight saving transition, and {@link ColumnStore#dayRange()} of
 * a dated table without rows.
 */
class TimesAndRangesTest {

  @Test
  void theInstantOfATransitionIsReadWithTheNewOffset() {
    ZoneId paris = ZoneId.of("Europe/Paris");
    for (Instant around :
        new Instant[] {
          Instant.parse("2026-03-20T00:00:00Z"), Instant.parse("2026-10-20T00:00:00Z")
        }) {
      ZoneOffsetTransition next = paris.getRules().nextTransition(around);
      long at = next.toEpochSecond();
      long[] seconds = {at - 1, at, at + 1, at - 1};
      LocalTimes local = new LocalTimes(paris);
      int[] hours = local.hours(seconds);
      int[] days = local.days(seconds);
      for (int i = 0; i < seconds.length; i++) {
        var time = Instant.ofEpochSecond(seconds[i]).atZone(paris);
        assertThat(hours[i]).as("hour of %s", time).isEqualTo(time.getHour());
        assertThat(days[i]).as("day of %s", time).isEqualTo(time.toLocalDate().toEpochDay());
      }
    }
  }

  @Test
  void anEmptyDatedTableHasTheRangeZeroToZero() {
    MetricTable empty =
        MetricTable.columns(0)
            .dates(new int[0])
            .measure(Measure.count(CoreMetrics.CLICKS), new long[0])
            .build();
    assertThat(TableAccess.columns(empty).dayRange()).containsExactly(0, 0);
    MetricTable one =
        MetricTable.columns(2)
            .dates(new int[] {20_001, 19_999})
            .measure(Measure.count(CoreMetrics.CLICKS), new long[2])
            .build();
    assertThat(TableAccess.columns(one).dayRange()).containsExactly(19_999, 20_001);
  }
}
