package dev.northstar.cli.command;

import dev.northstar.cli.io.InputException;
import dev.northstar.cli.io.MetricSources;
import dev.northstar.core.metric.Aggregation;
import dev.northstar.core.metric.MetricId;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.formulas.aggregate.CalendarField;
import dev.northstar.formulas.aggregate.KpiQuery;
import dev.northstar.formulas.aggregate.KpiTable;
import dev.northstar.formulas.aggregate.PeriodComparison;
import dev.northstar.formulas.aggregate.PeriodOffset;
import dev.northstar.formulas.aggregate.RankOrder;
import dev.northstar.formulas.aggregate.Ranking;
import dev.northstar.formulas.aggregate.TimeBucket;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import dev.northstar.formulas.table.Dimension;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.jackson.csv.KpiCsv;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code northstar kpi}: KPIs of a metric file grouped by dimensions and a time bucket. */
@Command(
    name = "kpi",
    mixinStandardHelpOptions = true,
    description = {
      "Aggregates KPIs over a metric CSV.",
      "Groups by any dimensions of the file and at most one time bucket.",
      "Rates are exact ratios of sums by default; undefined where the denominator is zero."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./northstar kpi examples/data/generated/daily-metrics-2026.csv \\",
      "      --by platform,month --kpi err,ctr",
      "  ./northstar kpi examples/data/facebook-metrics/dataset_Facebook.csv \\",
      "      --columns uci-facebook --by type --kpi err --method mean-of-ratios",
      "",
      "  ./northstar kpi examples/data/generated/daily-metrics-2026.csv \\",
      "      --by platform,month --kpi err --compare previous",
      "  ./northstar kpi examples/data/facebook-metrics/dataset_Facebook.csv \\",
      "      --columns uci-facebook --by type,hour --kpi err --top 5 --min-rows 5",
      "",
      "  ./northstar kpi examples/data/generated/daily-metrics-2026.csv \\",
      "      --by platform,quarter --kpi err,roas,cpc --format xlsx -o kpis.xlsx",
      "",
      "  ./northstar kpi examples/data/facebook-metrics/dataset_Facebook.csv \\",
      "      --columns uci-facebook --by type --kpi 'tir = total_interactions / reach'",
      "",
      "KPIs: err, ctr, cpc, cpm, roas, ... and plugins' (./northstar kpi --list-kpis)"
    })
public final class KpiCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "METRICS.csv",
      description = "the metric CSV file")
  private Optional<Path> metrics = Optional.empty();

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "COLUMN",
      description =
          "dimensions to group by (any dimension column of the file), and at most one time bucket:"
              + " day, week, month, quarter, year")
  private List<String> by = new ArrayList<>();

  @Option(
      names = "--kpi",
      split = ",",
      paramLabel = "KPI",
      description =
          "KPI ids (default: err, or every KPI of --kpis-file), or ad-hoc KPIs such as"
              + " 'tir = total_interactions / reach' (docs/aggregation.md)")
  private List<String> kpis = new ArrayList<>();

  @Option(
      names = "--kpis-file",
      paramLabel = "FILE",
      description =
          "a file of ad-hoc KPI definitions, one 'id = numerator / denominator' per line;"
              + " # starts a comment")
  private @Nullable Path kpisFile;

  @Option(
      names = "--totals",
      split = ",",
      paramLabel = "MEASURE",
      description = "measures to sum beside the KPIs, such as reach,spend")
  private List<String> totals = new ArrayList<>();

  @Option(
      names = "--method",
      paramLabel = "METHOD",
      description = "ratio-of-sums (default) or mean-of-ratios")
  private String method = "ratio-of-sums";

  @Option(
      names = "--columns",
      paramLabel = "MAPPING",
      description =
          "how the file's headers map to columns: northstar (default), uci-facebook or a mapping"
              + " file (JSON, docs/csv-format.md)")
  private MetricSources.Columns columns = MetricSources.Columns.NORTHSTAR;

  @Mixin private FormatOption output = new FormatOption();

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description =
          "the time zone that timestamps are read in, such as Europe/Paris (needed for hour_of_day)")
  private @Nullable ZoneId zone;

  @Option(
      names = "--compare",
      paramLabel = "OFFSET",
      description =
          "period over period of the first KPI: previous (the bucket before) or year_ago; needs a time bucket in --by")
  private @Nullable String compare;

  @Option(
      names = "--top",
      paramLabel = "N",
      description = "only the N groups with the highest first KPI")
  private int top;

  @Option(
      names = "--bottom",
      paramLabel = "N",
      description = "only the N groups with the lowest first KPI")
  private int bottom;

  @Option(
      names = "--min-rows",
      paramLabel = "N",
      description =
          "with --top or --bottom: rank only groups of at least N rows (default: ${DEFAULT-VALUE})")
  private long minRows = 1;

  @Option(names = "--list-kpis", description = "list the KPI catalogue and exit")
  private boolean listKpis;

  /** Refuses a count option given below 1, naming the option, the value and the range. */
  private void atLeastOne(String option, long value) {
    if (value < 1 && spec.commandLine().getParseResult().hasMatchedOption(option)) {
      throw new InputException(
          option
              + " "
              + value
              + ": must be a whole number from 1 to "
              + (option.equals("--min-rows") ? Long.MAX_VALUE : Integer.MAX_VALUE));
    }
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    KpiRegistry registry = KpiRegistry.load();
    List<RatioKpi> fromFile = List.of();
    if (kpisFile != null) {
      fromFile = AdHocKpis.read(kpisFile);
      for (RatioKpi kpi : fromFile) {
        registry = AdHocKpis.add(registry, kpi, kpisFile.toString());
      }
    }
    if (listKpis) {
      for (KpiRegistry.Entry entry : registry.entries()) {
        out.printf(
            "%-32s %-40s %s%n", entry.kpi().id().value(), entry.kpi().name(), entry.source());
      }
      out.flush();
      return 0;
    }
    Path file =
        metrics.orElseThrow(
            () -> new InputException("missing METRICS.csv: name the metric CSV file"));
    List<RatioKpi> chosen =
        kpis.isEmpty() && !fromFile.isEmpty()
            ? fromFile
            : AdHocKpis.choose(registry, kpis.isEmpty() ? List.of("err") : kpis);
    atLeastOne("--top", top);
    atLeastOne("--bottom", bottom);
    atLeastOne("--min-rows", minRows);
    int rankN = top > 0 ? top : bottom;
    if (top > 0 && bottom > 0) {
      throw new InputException("--top and --bottom: give one of them");
    }
    if (rankN > 0 && compare != null) {
      throw new InputException("--top/--bottom and --compare: give one of them");
    }
    MetricTable table = MetricSources.read(file, columns, spec.commandLine().getErr());
    KpiQuery query = query(table, file, chosen, registry);
    // a mapping file's ordered lists order their dimensions' groups
    KpiTable result = query.run(table).orderedBy(columns.mapping().dimensionOrders());
    MetricId first = chosen.get(0).id();
    output.emit(
        out,
        w -> {
          PrintWriter o = new PrintWriter(w);
          print(o, result, query, first, rankN);
          o.flush();
        });
    out.flush();
    return 0;
  }

  private void print(PrintWriter out, KpiTable result, KpiQuery query, MetricId first, int rankN)
      throws IOException {
    if (compare != null) {
      print(out, PeriodComparison.of(result, first, PeriodOffset.parse(compare)), query);
    } else if (rankN > 0) {
      print(
          out,
          Ranking.of(result, first, top > 0 ? RankOrder.TOP : RankOrder.BOTTOM, rankN, minRows),
          query);
    } else {
      switch (output.format) {
        case JSON -> out.println(JsonOutput.mapper().writeValueAsString(result));
        case CSV -> KpiSheets.of(result).toCsv().writeTo(out);
        case CSV_LONG -> KpiCsv.write(result, out);
        case XLSX -> XlsxOutput.write(output.xlsxFile(), List.of(KpiSheets.of(result)));
        case TABLE -> out.print(result);
      }
    }
  }

  private void print(PrintWriter out, PeriodComparison comparison, KpiQuery query)
      throws IOException {
    switch (output.format) {
      case JSON -> out.println(JsonOutput.mapper().writeValueAsString(KpiViews.json(comparison)));
      case CSV, CSV_LONG -> KpiViews.csv(comparison, query.groupBy()).writeTo(out);
      case XLSX -> throw noXlsx();
      case TABLE -> out.println(comparison);
    }
  }

  private void print(PrintWriter out, Ranking ranking, KpiQuery query) throws IOException {
    switch (output.format) {
      case JSON -> out.println(JsonOutput.mapper().writeValueAsString(KpiViews.json(ranking)));
      case CSV, CSV_LONG ->
          KpiViews.csv(ranking, query.groupBy(), query.bucket().map(TimeBucket::columnName))
              .writeTo(out);
      case XLSX -> throw noXlsx();
      case TABLE -> out.println(ranking);
    }
  }

  private static InputException noXlsx() {
    return new InputException(
        "--format xlsx: only for the KPI table; with --compare, --top or --bottom use csv or"
            + " json");
  }

  // A --by name is a column of the file first, then a calendar field, then a time bucket.
  private KpiQuery query(
      MetricTable table, Path file, List<RatioKpi> chosen, KpiRegistry registry) {
    KpiQuery.Builder query =
        KpiQuery.builder().kpis(chosen).engagementSets(registry.engagementSets());
    List<Dimension> columnsOfFile = table.schema().dimensions();
    List<Dimension> dimensions = new ArrayList<>();
    List<CalendarField> fields = new ArrayList<>();
    TimeBucket bucket = null;
    for (String name : by) {
      Dimension asColumn = Dimension.parse(name);
      Optional<CalendarField> asField = CalendarField.lookup(name);
      Optional<TimeBucket> asBucket = bucket(name);
      if (columnsOfFile.contains(asColumn)) {
        dimensions.add(asColumn);
      } else if (asField.isPresent()) {
        fields.add(asField.get());
      } else if (asBucket.isPresent()) {
        if (bucket != null) {
          throw new InputException(
              "--by names two time buckets, "
                  + bucket.columnName()
                  + " and "
                  + name
                  + "; give at most one");
        }
        bucket = asBucket.get();
      } else {
        throw ByColumns.notAColumn(
            name,
            file,
            columnsOfFile,
            ", no calendar field (day_of_week, week_of_year, month_of_year, hour_of_day)"
                + " and no time bucket (day, week, month, quarter, year)");
      }
    }
    query.groupBy(dimensions.toArray(Dimension[]::new));
    if (!fields.isEmpty()) {
      query.groupBy(fields.toArray(CalendarField[]::new));
    }
    if (bucket != null) {
      query.bucket(bucket);
    }
    if (zone != null) {
      query.zone(zone);
    }
    if (!totals.isEmpty()) {
      // A total of a stock (followers, or a plugin's) is its level, never a sum.
      query.metrics(MetricRegistry.loadLenient());
      query.totals(totals.stream().map(MetricId::parse).toArray(MetricId[]::new));
    }
    query.method(method(method));
    return query.build();
  }

  // The library's names (day, week or iso_week, month, quarter, year), and "date" for a day.
  static Optional<TimeBucket> bucket(String name) {
    try {
      return Optional.of(TimeBucket.parse(name.strip().equalsIgnoreCase("date") ? "day" : name));
    } catch (IllegalArgumentException notABucket) {
      return Optional.empty();
    }
  }

  static Aggregation method(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT).replace('_', '-')) {
      case "ratio-of-sums" -> Aggregation.RATIO_OF_SUMS;
      case "mean-of-ratios" -> Aggregation.MEAN_OF_RATIOS;
      default ->
          throw new InputException(
              "--method: unknown method '" + name + "'; allowed: ratio-of-sums, mean-of-ratios");
    };
  }
}
