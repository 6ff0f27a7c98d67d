package dev.northstar.runners;

import static org.assertj.core.api.Assertions.assertThat;

import dev.northstar.beam.MappingSource;
import dev.northstar.cli.Northstar;
import dev.northstar.core.metric.MetricId;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.Kpis;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.jackson.csv.ColumnMapping;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file, one query: the real Facebook export and the example CSV, each with the CLI arguments
 * and the {@link KpiQuery} those arguments mean. The expected output is the CLI's own, computed by
 * calling its entry point on the same file.
 */
enum KpiCase {
  FACEBOOK_BY_TYPE(
      "examples/data/facebook-metrics/dataset_Facebook.csv",
      ColumnMapping::uciFacebookMetrics,
      KpiQuery.builder()
          .kpis(Kpis.find(MetricId.of("err")).orElseThrow())
          .groupBy(Dimension.of("type"), Dimension.of("paid"))
          .build(),
      "--columns",
      "uci-facebook",
      "--by",
      "type,paid",
      "--kpi",
      "err"),
  EXAMPLE_BY_PLATFORM_AND_MONTH(
      "examples/data/generated/daily-metrics-2026.csv",
      ColumnMapping::northstar,
      KpiQuery.builder()
          .kpis(
              Kpis.find(MetricId.of("err")).orElseThrow(),
              Kpis.find(MetricId.of("ctr")).orElseThrow())
          .groupBy(Dimension.of("platform"))
          .bucket(TimeBucket.parse("month"))
          .totals(MetricId.of("reach"), MetricId.of("spend"))
          .build(),
      "--by",
      "platform,month",
      "--kpi",
      "err,ctr",
      "--totals",
      "reach,spend");

  private final String file;
  private final MappingSource mapping;
  private final KpiQuery query;
  private final List<String> cliArguments;

  KpiCase(String file, MappingSource mapping, KpiQuery query, String... cliArguments) {
    this.file = file;
    this.mapping = mapping;
    this.query = query;
    this.cliArguments = List.of(cliArguments);
  }

  /** The file, absolute (the tests run in the repository's root). */
  Path file() {
    return Path.of(file).toAbsolutePath();
  }

  MappingSource mapping() {
    return mapping;
  }

  KpiQuery query() {
    return query;
  }

  /** What {@code northstar kpi FILE ARGS --format json} prints, through the CLI's entry point. */
  String cliJson() {
    return cli("json");
  }

  /**
   * What {@code northstar kpi FILE ARGS --format csv-long} prints: the library's long machine form
   * ({@code KpiCsv}), which the Beam sink writes.
   */
  String cliCsv() {
    return cli("csv-long");
  }

  private String cli(String format) {
    List<String> args = new ArrayList<>();
    args.add("kpi");
    args.add(file().toString());
    args.addAll(cliArguments);
    args.add("--format");
    args.add(format);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Northstar.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as("northstar %s; stderr: %s", args, err).isZero();
    assertThat(out.toString()).as("the CLI's output").isNotBlank();
    return out.toString();
  }
}
