package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the real UCI "Facebook metrics" export and checks it against figures computed here from the
 * raw lines, split by hand.
 */
class FacebookExportTest {

  static final Path EXPORT = Path.of("../examples/data/facebook-metrics/dataset_Facebook.csv");

  private static MetricTable table;
  private static List<String> header;
  private static List<String[]> raw;

  @BeforeAll
  static void read() throws IOException {
    table = MetricCsv.read(EXPORT, ColumnMapping.uciFacebookMetrics());
    List<String> lines = Files.readAllLines(EXPORT, StandardCharsets.UTF_8);
    header = List.of(lines.get(0).split(";", -1));
    raw = lines.stream().skip(1).filter(l -> !l.isEmpty()).map(l -> l.split(";", -1)).toList();
  }

  /** Sums a raw column (empty fields skipped) and counts its empty fields. */
  private static long[] sumAndEmpty(String column) {
    int c = header.indexOf(column);
    assertThat(c).as("raw column %s", column).isNotNegative();
    long sum = 0;
    long empty = 0;
    for (String[] fields : raw) {
      assertThat(fields).hasSize(header.size());
      if (fields[c].isEmpty()) {
        empty++;
      } else {
        sum += Long.parseLong(fields[c]);
      }
    }
    return new long[] {sum, empty};
  }

  private static BigDecimal total(String measure) {
    BigDecimal sum = BigDecimal.ZERO;
    for (int r = 0; r < table.rowCount(); r++) {
      Optional<BigDecimal> v = table.value(MetricId.of(measure), r);
      if (v.isPresent()) {
        sum = sum.add(v.get());
      }
    }
    return sum;
  }

  @Test
  void hasEveryPost() {
    assertThat(raw).hasSize(500);
    assertThat(table.rowCount()).isEqualTo(500);
  }

  @Test
  void emptyFieldsAreMissingNotZero() {
    assertThat(table.missingCount(MetricId.of("likes"))).isEqualTo(1);
    assertThat(table.missingCount(MetricId.of("shares"))).isEqualTo(4);
    assertThat(table.missingCount(MetricId.of("comments"))).isZero();
    assertThat(sumAndEmpty("like")[1]).isEqualTo(1);
    assertThat(sumAndEmpty("share")[1]).isEqualTo(4);

    int paidMissing = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (table.dimensionValue(Dimension.of("paid"), r).isEmpty()) {
        paidMissing++;
      }
    }
    assertThat(paidMissing).isEqualTo(1);
  }

  @Test
  void totalsMatchTheRawFile() {
    assertThat(total("likes")).isEqualByComparingTo(BigDecimal.valueOf(sumAndEmpty("like")[0]));
    assertThat(total("comments"))
        .isEqualByComparingTo(BigDecimal.valueOf(sumAndEmpty("comment")[0]));
    assertThat(total("shares")).isEqualByComparingTo(BigDecimal.valueOf(sumAndEmpty("share")[0]));
    assertThat(total("reach"))
        .isEqualByComparingTo(BigDecimal.valueOf(sumAndEmpty("Lifetime Post Total Reach")[0]));
    assertThat(total("total_interactions"))
        .isEqualByComparingTo(BigDecimal.valueOf(sumAndEmpty("Total Interactions")[0]));
  }

  @Test
  void rowsKeepFileOrderAndDimensions() {
    String[] first = raw.get(0);
    String[] last = raw.get(raw.size() - 1);
    assertThat(table.dimensionValue(Dimension.of("type"), 0))
        .contains(first[header.indexOf("Type")]);
    assertThat(table.dimensionValue(Dimension.of("type"), 499))
        .contains(last[header.indexOf("Type")]);
    assertThat(table.value(MetricId.of("followers"), 0))
        .contains(new BigDecimal(first[header.indexOf("Page total likes")]));
    assertThat(table.dimensionValues(Dimension.of("type")))
        .containsExactlyInAnyOrder("Photo", "Status", "Link", "Video");
    assertThat(table.schema().isDated()).isFalse();
    assertThat(table.schema().measures()).hasSize(13);
    assertThat(table.schema().dimensions()).hasSize(6);
  }

  @Test
  void everyHeaderOfTheExportIsMapped() {
    ColumnMapping mapping = ColumnMapping.uciFacebookMetrics();
    assertThat(mapping.mappedHeaders()).containsExactlyInAnyOrderElementsOf(header);
    assertThat(mapping.separator()).isEqualTo(';');
  }

  @Test
  void roundTripsThroughNorthstarCsv(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("posts.csv");
    MetricCsv.write(table, file);

    assertThat(MetricCsv.read(file, ColumnMapping.northstar())).isEqualTo(table);
    assertThat(Files.readAllLines(file).get(0))
        .startsWith("type[dimension],category[dimension],paid[dimension],month[dimension]")
        .endsWith(",likes,shares,total_interactions");
  }
}
