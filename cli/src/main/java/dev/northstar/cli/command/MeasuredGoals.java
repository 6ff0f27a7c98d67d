package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.CheckInCsv;
import dev.northstar.cli.io.GoalSources;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.kpi.RatioKpi;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Goals, the metrics they are measured against and the date: the input of progress and report. */
final class MeasuredGoals {
  @Mixin private GoalsInput goals = new GoalsInput();

  @Mixin private MetricsInput metrics = new MetricsInput.RequiredFile();

  @Option(
      names = "--check-ins",
      paramLabel = "CSV",
      description =
          "check-ins to add to the goals: a CSV with the columns goal, date, value and optionally"
              + " author, confidence (0-10), note")
  private @Nullable Path checkIns;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "the date to judge at, ISO")
  private LocalDate asOf = LocalDate.MIN;

  @Option(
      names = "--kpi",
      paramLabel = "DEFINITION",
      description =
          "an ad-hoc KPI that goals may name as their metric, such as"
              + " 'tir = total_interactions / reach'; repeatable")
  private List<String> kpis = new ArrayList<>();

  @Option(
      names = "--kpis-file",
      paramLabel = "FILE",
      description =
          "a file of ad-hoc KPIs that goals may name as their metric, one 'id = numerator /"
              + " denominator' per line; # starts a comment")
  private @Nullable Path kpisFile;

  /** Reads the goals and the metrics and measures every goal at the date. */
  Evaluations evaluate(PrintWriter err) {
    // the goals first: a goal file's JSON errors are named there, with line and column
    GoalHierarchy hierarchy = goals.read();
    KpiRegistry registry = registry();
    if (checkIns != null) {
      hierarchy = CheckInCsv.addTo(checkIns, hierarchy);
    }
    return Evaluations.of(hierarchy, metrics.read(err), asOf, registry);
  }

  /** The built-in and plugin KPIs, and the ad-hoc ones of the goal files, --kpis-file and --kpi. */
  private KpiRegistry registry() {
    KpiRegistry registry = KpiRegistry.load();
    for (GoalSources.KpiText k : goals.kpis()) {
      registry = AdHocKpis.add(registry, AdHocKpis.define(k.text(), k.where()), k.file());
    }
    if (kpisFile != null) {
      for (RatioKpi kpi : AdHocKpis.read(kpisFile)) {
        registry = AdHocKpis.add(registry, kpi, kpisFile.toString());
      }
    }
    for (String definition : kpis) {
      registry = AdHocKpis.add(registry, AdHocKpis.define(definition, "--kpi"), "--kpi");
    }
    return registry;
  }

  /** The names of the input files, goals first. */
  List<String> sources() {
    List<String> sources = new ArrayList<>(goals.names());
    metrics.name().ifPresent(sources::add);
    if (checkIns != null) {
      sources.add(checkIns.toString());
    }
    return sources;
  }
}
