package dev.northstar.cli.command;

import dev.northstar.cli.evaluate.Evaluations;
import dev.northstar.cli.io.CheckInCsv;
import dev.northstar.core.hierarchy.GoalHierarchy;
import dev.northstar.formulas.table.MetricTable;
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

  /** Reads the goals and the metrics and measures every goal at the date. */
  Evaluations evaluate(PrintWriter err) {
    return evaluate(metrics(err));
  }

  /** Reads the metrics, once, for a command that also aggregates them. */
  MetricTable metrics(PrintWriter err) {
    return metrics.read(err);
  }

  /** Reads the goals and measures every goal at the date against metrics already read. */
  Evaluations evaluate(MetricTable table) {
    return evaluate(table, asOf);
  }

  /** Reads the goals and measures every goal at another date, such as a period earlier. */
  Evaluations evaluate(MetricTable table, LocalDate date) {
    GoalHierarchy hierarchy = goals.read();
    if (checkIns != null) {
      hierarchy = CheckInCsv.addTo(checkIns, hierarchy);
    }
    return Evaluations.of(hierarchy, table, date);
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
    return sources;
  }
}
