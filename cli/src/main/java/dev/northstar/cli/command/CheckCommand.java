package dev.northstar.cli.command;

import dev.northstar.cli.Northstar;
import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.InputException;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.table.MetricTable;
import dev.northstar.smart.Finding;
import dev.northstar.smart.Severity;
import dev.northstar.smart.SmartReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code northstar check}: the SMART report of every goal. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks every goal against the SMART rules.",
      "Specific, Measurable, Achievable, Relevant, Time-bound: one report per goal, each finding"
          + " with its numbers and a suggestion.",
      "Exits with 1 if any goal has an error-level finding."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  ./northstar check examples/goals --as-of 2026-01-01",
      "  ./northstar check goals.json --metrics metrics.csv --format json",
      "  ./northstar check goals.json --kpi 'tir = total_interactions / reach'"
    })
public final class CheckCommand implements Callable<Integer> {
  @Spec private CommandSpec spec = CommandSpec.create();

  @Mixin private GoalsInput goals = new GoalsInput();

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "the date to judge at, ISO (default: today in the system time zone)")
  private @Nullable LocalDate asOf;

  @Mixin private MetricsInput metrics = new MetricsInput.OptionalFile();

  @Mixin private FormatOption output = new FormatOption();

  @Mixin private GoalKpis kpis = new GoalKpis();

  @Option(
      names = "--kpi",
      paramLabel = "DEFINITION",
      description =
          "an ad-hoc KPI that goals may name as their metric, such as"
              + " 'tir = total_interactions / reach'; repeatable")
  private List<String> definitions = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.systemDefault());
    // the KPIs of progress and report, so that the rules know a goal's plugin or ad-hoc KPI
    KpiRegistry registry = kpis.registry(goals, definitions);
    GoalHierarchy hierarchy = goals.read();
    MetricTable table = metrics.readIfGiven(err).orElse(null);
    // without metrics there is no history, and the growth rules say that they cannot judge
    List<SmartReport> reports = Evaluations.of(hierarchy, table, date, registry).smartReports();
    switch (output.format) {
      case JSON -> out.println(JsonOutput.mapper().writeValueAsString(reports));
      // the findings have one CSV form only, so the long machine CSV is the same
      case CSV, CSV_LONG -> csv(reports).writeTo(out);
      case XLSX -> throw new InputException("--format xlsx: not for check; use csv or json");
      case TABLE -> table(reports, date, out);
    }
    out.flush();
    return hasErrors(reports) ? Northstar.FINDINGS : 0;
  }

  private static boolean hasErrors(List<SmartReport> reports) {
    return reports.stream()
        .flatMap(r -> r.findings().stream())
        .anyMatch(f -> f.severity() == Severity.ERROR);
  }

  private static CsvOutput csv(List<SmartReport> reports) {
    CsvOutput csv =
        new CsvOutput("goal", "verdict", "criterion", "severity", "rule", "message", "suggestion");
    for (SmartReport report : reports) {
      for (Finding f : report.findings()) {
        csv.row(
            report.goalId().toString(),
            report.verdict().toString(),
            f.criterion().toString(),
            f.severity().toString(),
            f.ruleId(),
            f.message(),
            f.suggestion().orElse(""));
      }
    }
    return csv;
  }

  private static void table(List<SmartReport> reports, LocalDate date, PrintWriter out) {
    int errors = 0;
    int warnings = 0;
    for (SmartReport report : reports) {
      out.println(report);
      out.println();
      if (report.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
        errors++;
      } else if (report.findings().stream().anyMatch(f -> f.severity() == Severity.WARNING)) {
        warnings++;
      }
    }
    out.printf(
        "%d goals checked as of %s: %d with errors, %d with warnings only, %d without either%n",
        reports.size(), date, errors, warnings, reports.size() - errors - warnings);
  }
}
