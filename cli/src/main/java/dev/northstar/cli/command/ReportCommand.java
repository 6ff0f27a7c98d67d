package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.AtomicFiles;
import dev.northstar.cli.report.HtmlReport;
import dev.northstar.cli.report.KpiOverview;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.smart.SmartReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code northstar report}: a self-contained HTML report, summary first, then the hierarchy, the
 * KPIs and a card per goal; and, with {@code --xlsx}, the report's tables as a workbook.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an HTML report in the order a manager reads it.",
      "One self-contained file (no external assets, no JavaScript), printable on A4: a summary"
          + " (goals per status, those needing attention and why, the status changes since a"
          + " --period earlier); the hierarchy with OKR grades,"
          + " GRL satisfaction and the weighted, AND and OR roll-ups; the KPIs by platform, the"
          + " last complete period against the one before, with a trend chart per KPI, the best"
          + " days of the week and, when the file has them, the values by content and campaign;"
          + " the goals by status, each with an SVG"
          + " chart (actual series, expected pace, target, forecast with its 80%% band), its"
          + " numbers, SMART findings as judged on the day it was set, and tactics; then the goals"
          + " without data, one line each.",
      "With --xlsx, the report's tables are also (or instead) written as an XLSX workbook:"
          + " Summary, Hierarchy, KPIs and Goals, with number formats, a frozen header and an"
          + " autofilter.",
      "Each file is written completely or not at all."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./northstar report examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30 --html target/northstar-report.html",
      "",
      "  ./northstar report examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30 --html q3.html --title 'Q3 review' \\",
      "      --kpi err,roas,cpc --by platform,campaign --period quarter",
      "",
      "  ./northstar report examples/goals \\",
      "      --metrics examples/data/generated/daily-metrics-2026.csv \\",
      "      --as-of 2026-11-30 --xlsx report.xlsx"
    })
public final class ReportCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Mixin private MeasuredGoals input = new MeasuredGoals();

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "the HTML file to write; --html, --xlsx or both are required")
  private @Nullable Path html;

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description =
          "the XLSX workbook to write: the report's tables as sheets Summary, Hierarchy, KPIs and"
              + " Goals; --html, --xlsx or both are required")
  private @Nullable Path xlsx;

  @Option(
      names = "--title",
      paramLabel = "TEXT",
      description = "the report's title (default: ${DEFAULT-VALUE})")
  private String title = "Northstar goal report";

  @Option(
      names = "--kpi",
      split = ",",
      paramLabel = "KPI",
      description =
          "the KPIs of the KPI section: ids or ad-hoc KPIs such as 'tir = total_interactions /"
              + " reach' (default: err,ctr,cpc)")
  private List<String> kpis = new ArrayList<>();

  @Option(
      names = "--by",
      split = ",",
      paramLabel = "COLUMN",
      description =
          "the dimension columns the KPI section groups by (default: platform, when the file has"
              + " it)")
  private List<String> by = new ArrayList<>();

  @Option(
      names = "--period",
      paramLabel = "PERIOD",
      description =
          "the KPI section's period: day, week, month, quarter or year; it shows the last one"
              + " complete at --as-of; the summary's changes are since one period before --as-of"
              + " (default: ${DEFAULT-VALUE})")
  private String period = "month";

  @Option(
      names = "--compare",
      paramLabel = "OFFSET",
      description =
          "what the KPI section compares the period with: previous (the period before) or"
              + " year_ago (default: ${DEFAULT-VALUE})")
  private String compare = "previous";

  @Option(names = "--no-kpis", description = "leave out the KPI section")
  private boolean noKpis;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (html == null && xlsx == null) {
      throw new ParameterException(
          spec.commandLine(),
          "name the file to write: --html FILE, --xlsx FILE or both (neither was given)");
    }
    // --kpi's definitions ('id = numerator / denominator') are KPIs the goals may name too
    List<String> definitions = kpis.stream().filter(k -> k.indexOf('=') >= 0).toList();
    KpiRegistry registry = input.registry(definitions);
    MetricTable table = input.metrics(spec.commandLine().getErr());
    Evaluations evaluations = input.evaluate(table, registry);
    Evaluations before =
        input.evaluate(
            table, ReportKpis.periodBefore(ReportKpis.bucket(period), input.asOf()), registry);
    Optional<KpiOverview> overview =
        noKpis
            ? Optional.empty()
            : Optional.of(
                ReportKpis.of(
                    table, input.metricsName(), input.asOf(), registry, kpis, by, period, compare));
    List<SmartReport> reports = evaluations.smartReportsAsSet();
    List<String> sources = input.sources();
    String what = ": " + evaluations.goals().size() + " goals as of " + evaluations.asOf();
    Path page = html;
    if (page != null) {
      AtomicFiles.write(
          page, w -> HtmlReport.write(w, title, sources, evaluations, before, reports, overview));
      out.println("wrote " + page + what);
    }
    Path workbook = xlsx;
    if (workbook != null) {
      XlsxOutput.write(workbook, ReportSheets.of(evaluations, overview));
      out.println("wrote " + workbook + what);
    }
    out.flush();
    return 0;
  }
}
