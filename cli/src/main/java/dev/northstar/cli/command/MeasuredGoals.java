package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.CheckInCsv;
import dev.northstar.cli.io.PeriodFigureCsv;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.core.metric.MetricRegistry;
import dev.northstar.core.series.PeriodFigure;
import dev.northstar.formulas.kpi.KpiRegistry;
import dev.northstar.formulas.table.MetricTable;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Goals, the metrics they are measured against, the KPIs they may name and the date: the input of
 * progress and report. Each command declares its own {@code --kpi}, since report's also chooses the
 * KPIs of its KPI section; the definitions among them reach the goals through {@link
 * #registry(List)}.
 */
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
      names = "--period-figures",
      paramLabel = "CSV",
      description =
          "the platforms' own figures for periods of a non-additive flow such as reach (a month's"
              + " unique reach), used in place of the sum of the days: a CSV with the columns"
              + " metric, platform (empty for all), from, to, value")
  private @Nullable Path periodFigures;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      required = true,
      description = "the date to judge at, ISO")
  private LocalDate asOf = LocalDate.MIN;

  @Mixin private GoalKpis kpis = new GoalKpis();

  /** Reads the metrics, once, for a command that also aggregates them. */
  MetricTable metrics(PrintWriter err) {
    return metrics.read(err);
  }

  /**
   * The KPIs goals may name: the built-in and plugin ones, the goal files' {@code kpis}, those of
   * {@code --kpis-file}, then the given {@code --kpi} definitions ({@code id = numerator /
   * denominator}). Reads the goal files first, so that their JSON errors are named there.
   */
  KpiRegistry registry(List<String> definitions) {
    return kpis.registry(goals, definitions);
  }

  /** Reads the goals and measures every goal at the date against metrics already read. */
  Evaluations evaluate(MetricTable table, KpiRegistry registry) {
    return evaluate(table, asOf, registry);
  }

  /** Reads the goals and measures every goal at another date, such as a period earlier. */
  Evaluations evaluate(MetricTable table, LocalDate date, KpiRegistry registry) {
    GoalHierarchy hierarchy = goals.read();
    if (checkIns != null) {
      hierarchy = CheckInCsv.addTo(checkIns, hierarchy);
    }
    List<PeriodFigure> figures =
        periodFigures == null
            ? List.of()
            : PeriodFigureCsv.read(periodFigures, MetricRegistry.loadLenient());
    return Evaluations.of(hierarchy, table, date, registry, figures);
  }

  /** The date judged at. */
  LocalDate asOf() {
    return asOf;
  }

  /** The metric file's name, for messages. */
  String metricsName() {
    return metrics.name().orElse("the metric file");
  }

  /** The names of the input files, goals first. */
  List<String> sources() {
    List<String> sources = new ArrayList<>(goals.names());
    metrics.name().ifPresent(sources::add);
    if (checkIns != null) {
      sources.add(checkIns.toString());
    }
    if (periodFigures != null) {
      sources.add(periodFigures.toString());
    }
    return sources;
  }
}
