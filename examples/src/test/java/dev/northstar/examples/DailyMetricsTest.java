package dev.northstar.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.ColumnMapping;
import dev.northstar.jackson.csv.MetricCsv;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

class DailyMetricsTest {
  static final Path COMMITTED = Path.of("data/generated/daily-metrics-2026.csv");

  @Test
  void theCommittedFileIsWhatTheSeedGenerates() throws Exception {
    StringWriter csv = new StringWriter();
    MetricCsv.write(DailyMetrics.generate(DailyMetrics.SEED), csv);
    assertThat(csv.toString())
        .as("regenerate with: java ... dev.northstar.examples.DailyMetrics")
        .isEqualTo(Files.readString(COMMITTED, StandardCharsets.UTF_8));
  }

  @Test
  void anotherSeedGivesOtherNumbersOfTheSameShape() {
    MetricTable a = DailyMetrics.generate(DailyMetrics.SEED);
    MetricTable b = DailyMetrics.generate(DailyMetrics.SEED + 1);
    assertThat(b.rowCount()).isEqualTo(a.rowCount());
    assertThat(b).isNotEqualTo(a);
  }

  @Test
  void everyPlatformHasAnOrganicRowEveryDayWithItsFollowers() throws Exception {
    MetricTable table = MetricCsv.read(COMMITTED, ColumnMapping.northstar());
    long days = ChronoUnit.DAYS.between(DailyMetrics.FIRST_DAY, DailyMetrics.LAST_DAY) + 1;
    int organic = 0;
    for (int row = 0; row < table.rowCount(); row++) {
      if (table.dimensionValue(Dimension.CAMPAIGN, row).isEmpty()
          && table.dimensionValue(Dimension.CONTENT, row).isEmpty()
          && table.dimensionValue(Dimension.of("product"), row).isEmpty()) {
        organic++;
        assertThat(table.value(dev.northstar.core.metric.CoreMetrics.FOLLOWERS, row)).isPresent();
      } else {
        assertThat(table.value(dev.northstar.core.metric.CoreMetrics.FOLLOWERS, row)).isEmpty();
      }
    }
    assertThat(organic).isEqualTo(5 * days);
    assertThat(table.dimensionValues(Dimension.PLATFORM))
        .containsExactly("facebook", "instagram", "linkedin", "pinterest", "x");
  }
}
