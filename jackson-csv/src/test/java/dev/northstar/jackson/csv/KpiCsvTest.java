package dev.northstar.jackson.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.core.metric.Aggregation;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.testkit.seed.SeedKpiTables;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI results as CSV: headers, values, undefined and missing, methods and counts. */
class KpiCsvTest {

  static KpiTable run(Aggregation method) {
    return SeedKpiTables.run(method);
  }

  static List<Map<String, String>> records(String csv) {
    List<String> lines = csv.lines().toList();
    List<String> header = List.of(lines.get(0).split(",", -1));
    return lines.stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .map(
            f ->
                IntStream.range(0, header.size())
                    .boxed()
                    .collect(Collectors.toMap(header::get, i -> f[i])))
        .toList();
  }

  static Map<String, String> group(List<Map<String, String>> rows, String platform) {
    return rows.stream()
        .filter(r -> r.get("platform[dimension]").equals(platform))
        .findFirst()
        .orElseThrow();
  }

  static String write(KpiTable table) throws IOException {
    StringWriter out = new StringWriter();
    KpiCsv.write(table, out);
    return out.toString();
  }

  @Test
  void headerNamesEveryColumnWithItsRole() throws IOException {
    assertThat(write(run(Aggregation.RATIO_OF_SUMS)).lines().findFirst())
        .contains(
            "platform[dimension],month[bucket],month[bucket_start],rows,"
                + "err[value],err[numerator],err[denominator],err[method],"
                + "err[rows_counted],err[rows_undefined],err[rows_missing],"
                + "cpc[value],cpc[numerator],cpc[denominator],cpc[currency],cpc[method],"
                + "cpc[rows_counted],cpc[rows_undefined],cpc[rows_missing],"
                + "likes[total],likes[total_missing],"
                + "spend[total],spend[total_missing],spend[total_currency]");
  }

  @Test
  void ratioOfSums() throws IOException {
    List<Map<String, String>> rows = records(write(run(Aggregation.RATIO_OF_SUMS)));

    assertThat(rows).hasSize(2);
    Map<String, String> fb = group(rows, "facebook");
    assertThat(fb.get("platform[dimension]")).isEqualTo("facebook");
    assertThat(fb.get("month[bucket]")).isEqualTo("2026-03");
    assertThat(fb.get("month[bucket_start]")).isEqualTo("2026-03-01");
    assertThat(fb.get("rows")).isEqualTo("2");
    // (150 + 30) / (3000 + 0)
    assertThat(new BigDecimal(fb.get("err[value]"))).isEqualByComparingTo("0.06");
    assertThat(fb.get("err[numerator]")).isEqualTo("180");
    assertThat(fb.get("err[denominator]")).isEqualTo("3000");
    assertThat(fb.get("err[method]")).isEqualTo("ratio_of_sums");
    assertThat(fb.get("err[rows_missing]")).isEqualTo("0");
    // 500.00 USD / 250 clicks
    assertThat(new BigDecimal(fb.get("cpc[value]"))).isEqualByComparingTo("2");
    assertThat(fb.get("cpc[currency]")).isEqualTo("USD");
    assertThat(new BigDecimal(fb.get("likes[total]"))).isEqualByComparingTo("180");
    assertThat(new BigDecimal(fb.get("spend[total]"))).isEqualByComparingTo("500");

    Map<String, String> x = group(rows, "'=x");
    assertThat(x.get("platform[dimension]")).isEqualTo("'=x");
    assertThat(x.get("month[bucket]")).isEqualTo("2026-04");
    // likes missing: err left out; cpc 1.50 / 0 clicks: undefined
    assertThat(x.get("err[value]")).isEmpty();
    assertThat(x.get("err[rows_missing]")).isEqualTo("1");
    assertThat(x.get("err[rows_counted]")).isEqualTo("0");
    assertThat(x.get("cpc[value]")).isEmpty();
    assertThat(x.get("cpc[denominator]")).isEqualTo("0");
    assertThat(x.get("likes[total_missing]")).isEqualTo("1");
  }

  @Test
  void meanOfRatiosSaysSoAndCountsUndefinedRows() throws IOException {
    Map<String, String> fb = group(records(write(run(Aggregation.MEAN_OF_RATIOS))), "facebook");

    assertThat(fb.get("err[method]")).isEqualTo("mean_of_ratios");
    // only 150/3000 has a ratio; 30/0 is skipped. The engine adds row ratios in fixed point
    // (52 fraction bits), so the mean is 0.05 within 2.3e-16.
    assertThat(new BigDecimal(fb.get("err[value]")))
        .isCloseTo(
            new BigDecimal("0.05"), org.assertj.core.data.Offset.offset(new BigDecimal("3e-16")));
    assertThat(fb.get("err[rows_counted]")).isEqualTo("1");
    assertThat(fb.get("err[rows_undefined]")).isEqualTo("1");
  }

  @Test
  void writesAFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("kpis.csv");
    KpiTable table = run(Aggregation.RATIO_OF_SUMS);

    KpiCsv.write(table, file);

    assertThat(Files.readString(file)).isEqualTo(write(table));
  }

  @Test
  void writesTheDocumentedRows() throws IOException {
    String csv = write(run(Aggregation.RATIO_OF_SUMS));

    assertThat(csv.lines().skip(1).toList())
        .containsExactly(
            "'=x,2026-04,2026-04-01,1,,0,0,ratio_of_sums,0,0,1,,1.5,0,USD,ratio_of_sums,1,0,0,0,1,1.50,0,USD",
            "facebook,2026-03,2026-03-01,2,0.06,180,3000,ratio_of_sums,2,0,0,2,500,250,USD,ratio_of_sums,2,0,0,180,0,500.00,0,USD");
  }

  @Test
  void aStockMeasureIsWrittenAsItsLevelNeverASum() throws IOException {
    dev.northstar.formulas.table.TableSchema schema =
        dev.northstar.formulas.table.TableSchema.builder()
            .dimensions(dev.northstar.formulas.table.Dimension.ACCOUNT)
            .dated()
            .counts(dev.northstar.core.metric.CoreMetrics.FOLLOWERS)
            .build();
    dev.northstar.formulas.table.MetricTableBuilder b =
        dev.northstar.formulas.table.MetricTable.builder(schema);
    String[][] days = {
      {"brand", "2026-01-01", "1000"},
      {"brand", "2026-01-31", "1100"},
      {"news", "2026-01-05", ""},
      {"brand", "2026-01-10", "990"}
    };
    for (String[] d : days) {
      b.dimension(dev.northstar.formulas.table.Dimension.ACCOUNT, d[0])
          .date(java.time.LocalDate.parse(d[1]));
      if (!d[2].isEmpty()) {
        b.count(dev.northstar.core.metric.CoreMetrics.FOLLOWERS, Long.parseLong(d[2]));
      }
      b.endRow();
    }
    KpiTable table =
        dev.northstar.formulas.aggregate.KpiQuery.builder()
            .totals(dev.northstar.core.metric.CoreMetrics.FOLLOWERS)
            .groupBy(dev.northstar.formulas.table.Dimension.ACCOUNT)
            .build()
            .run(b.build());
    String csv = write(table);
    assertThat(csv.lines().toList())
        .containsExactly(
            "account[dimension],rows,followers[first],followers[first_time],followers[last],"
                + "followers[last_time],followers[min],followers[max],followers[level_rows],"
                + "followers[level_missing]",
            "brand,3,1000,2026-01-01T00:00:00Z,1100,2026-01-31T00:00:00Z,990,1100,3,0",
            "news,1,,,,,,,0,1");
  }
}
